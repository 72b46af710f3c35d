import { ClientResponseError } from 'pocketbase';
import { pb } from './client';
import { AuthFailure, NetworkFailure, ValidationFailure } from '../errors';

const EXPIRED = 'This link has expired or was already used. Ask for a new one from the Account screen.';

/** Turns a refusal of a mailed link into field errors (password) or a message about the link. */
function linkError(error: unknown): Error {
	if (!(error instanceof ClientResponseError))
		return error instanceof Error ? error : new AuthFailure(EXPIRED);
	if (error.status === 0) return new NetworkFailure();
	const data = (error.response?.data ?? {}) as Record<string, { message?: string }>;
	const fields: Record<string, string> = {};
	for (const field of ['password', 'passwordConfirm']) {
		const message = data[field]?.message;
		if (message) fields.password ??= message;
	}
	if (Object.keys(fields).length > 0) return new ValidationFailure(fields, fields.password);
	return new AuthFailure(EXPIRED);
}

/** Sets a new password with the token from a reset mail (`/account/reset?token=…`). */
export async function confirmPasswordReset(token: string, password: string): Promise<void> {
	try {
		await pb.collection('users').confirmPasswordReset(token, password, password);
	} catch (error) {
		throw linkError(error);
	}
}

/** Marks the address verified with the token from a verification mail (`/account/verify?token=…`). */
export async function confirmVerification(token: string): Promise<void> {
	try {
		await pb.collection('users').confirmVerification(token);
	} catch (error) {
		throw linkError(error);
	}
}
