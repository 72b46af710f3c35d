import { deleteDB } from 'idb';
import {
	AuthFailure,
	describeFailure,
	NetworkFailure,
	serverFieldMessages,
	ValidationFailure
} from '../errors';
import { readIdentity, writeIdentity, type SessionUser } from '../local/identity';
import { localDbName } from '../local/local-db';
import { closeLocalDb, localDb, useLocalDbOf } from '../local/local-store';
import { pb } from './client';

const engine = () => import('../sync/sync.engine');

/**
 * An SDK failure as the typed error the account screens catch (the message is `describeFailure`'s):
 * a thin wrapper, because callers throw it and tell no connection from a refusal by its class.
 */
export function authError(error: unknown, fallback: string): Error {
	const failure = describeFailure(error, fallback);
	if (failure.kind === 'network') return new NetworkFailure();
	if (failure.kind === 'refused') return new AuthFailure(failure.message);
	return error instanceof Error ? error : new AuthFailure(fallback);
}

/** Opens the local store of `user` (null = no account) and, with an account, starts syncing it. */
export async function openStoreOf(user: SessionUser | null): Promise<void> {
	useLocalDbOf(user?.id ?? null);
	await localDb();
	if (user) (await engine()).syncEngine.start();
}

function sessionUser(record: { id: string; email?: string; name?: string }): SessionUser {
	return { id: record.id, email: record.email ?? '', name: record.name ?? '' };
}

/** Signs in with email and password, remembers the person and opens their store. */
export async function signIn(email: string, password: string): Promise<SessionUser> {
	let user: SessionUser;
	try {
		const auth = await pb.collection('users').authWithPassword(email.trim(), password);
		user = sessionUser(auth.record);
	} catch (error) {
		throw authError(error, 'Wrong email or password.');
	}
	const previous = readIdentity();
	const organizationId = previous.user?.id === user.id ? previous.organizationId : '';
	writeIdentity({ user, organizationId });
	await openStoreOf(user);
	return user;
}

/** The sign-up form's fields a server refusal can name (passwordConfirm is the same input). */
const SIGN_UP_FIELDS: Record<string, string> = {
	email: 'email',
	password: 'password',
	passwordConfirm: 'password',
	name: 'name'
};

/**
 * Creates an account (sign-up is open) and signs in. The server answers a sign-up alike whether or
 * not the email already has an account, so a sign-in that then fails means it had one.
 */
export async function signUp(email: string, password: string, name: string): Promise<SessionUser> {
	try {
		await pb.collection('users').create({ email: email.trim(), password, passwordConfirm: password, name });
	} catch (error) {
		const fields: Record<string, string> = {};
		for (const [key, message] of Object.entries(serverFieldMessages(error))) {
			if (SIGN_UP_FIELDS[key]) fields[SIGN_UP_FIELDS[key]] ??= message;
		}
		if (Object.keys(fields).length > 0) throw new ValidationFailure(fields);
		throw authError(error, 'The account could not be created.');
	}
	try {
		return await signIn(email, password);
	} catch (error) {
		// a sign-in lock (429) is its own answer; any other refusal means the address was taken
		if (!(error instanceof AuthFailure) || /too many/i.test(error.message)) throw error;
		throw new AuthFailure(
			'This email may already have an account. Sign in with its password, or choose "Reset my password".'
		);
	}
}

/** Emails a password reset link. */
export async function requestPasswordReset(email: string): Promise<void> {
	try {
		await pb.collection('users').requestPasswordReset(email.trim());
	} catch (error) {
		throw authError(error, 'The reset email could not be sent.');
	}
}

/**
 * Signs out. With unsynced changes (and no `discard`) nothing happens. Otherwise the person's local
 * store is deleted, so the next person on this device sees none of it.
 */
export async function signOut(discard: boolean): Promise<'signed-out' | 'has-unsynced'> {
	const user = readIdentity().user;
	if (!user) return 'signed-out';
	const pending = await (await localDb()).count('outbox');
	if (pending > 0 && !discard) return 'has-unsynced';
	(await engine()).syncEngine.stop();
	pb.authStore.clear();
	writeIdentity({ user: null, organizationId: '' });
	await closeLocalDb();
	await deleteDB(localDbName(user.id));
	useLocalDbOf(null);
	return 'signed-out';
}

/** Moves work done without an account into `organizationId` (implemented in upload.ts). */
export async function uploadLocalWork(organizationId: string): Promise<number> {
	return (await import('../sync/upload')).uploadLocalWork(organizationId);
}
