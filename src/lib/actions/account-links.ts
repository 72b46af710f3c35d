import { ValidationFailure } from '$lib/data/errors';

// What a person does with a link from a RightSeat mail. The SDK loads only when they act.
const links = () => import('$lib/data/server/mail-links');

/** The shortest password the server accepts (users.password min, migration 1764100500). */
export const MIN_PASSWORD_LENGTH = 10;

/** Sets a new password from a reset mail's token; field errors come back keyed `password`. */
export async function resetPassword(token: string, password: string): Promise<void> {
	if (password.length < MIN_PASSWORD_LENGTH) {
		throw new ValidationFailure({ password: `Use at least ${MIN_PASSWORD_LENGTH} characters.` });
	}
	await (await links()).confirmPasswordReset(token, password);
}

/** Confirms the email address from a verification mail's token. */
export async function verifyEmail(token: string): Promise<void> {
	await (await links()).confirmVerification(token);
}
