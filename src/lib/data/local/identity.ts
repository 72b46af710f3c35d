import { z } from 'zod';
import { recordId } from '$lib/domain/schemas';
import { IDENTITY_KEY } from './local-presence';

export { localActorId } from './local-presence';

/** Who uses the app on this device, remembered across reloads (never the token: the SDK keeps it). */
const identitySchema = z.object({
	user: z.object({ id: recordId, email: z.string(), name: z.string() }).nullable(),
	organizationId: z.union([recordId, z.literal('')])
});

export type Identity = z.infer<typeof identitySchema>;
export type SessionUser = NonNullable<Identity['user']>;

const SIGNED_OUT: Identity = { user: null, organizationId: '' };

function storage(): Storage | undefined {
	return typeof localStorage === 'undefined' ? undefined : localStorage;
}

/** The remembered identity; a missing or unreadable one means "working locally, no organization". */
export function readIdentity(): Identity {
	try {
		const parsed = identitySchema.safeParse(JSON.parse(storage()?.getItem(IDENTITY_KEY) ?? 'null'));
		return parsed.success ? parsed.data : SIGNED_OUT;
	} catch {
		return SIGNED_OUT;
	}
}

/** Remembers the identity for the next visit. */
export function writeIdentity(identity: Identity): void {
	storage()?.setItem(IDENTITY_KEY, JSON.stringify(identitySchema.parse(identity)));
}
