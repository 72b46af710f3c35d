import { failureMessage } from '$lib/data/errors';
import { localWork } from './local-work.svelte';
import { session } from './session.svelte';
import { sync } from './sync.svelte';

/** At sign-in or sign-up with work made on this device: bring it into the account, or leave it here. */
export type WorkChoice = 'bring' | 'keep';

export interface Credentials {
	email: string;
	password: string;
	/** Sign-up only. */
	name?: string;
}

/** What happened to the device's work; the account is signed in whatever it says. */
export type WorkOutcome =
	| { kind: 'none' }
	| { kind: 'kept'; name: string }
	| { kind: 'brought'; name: string; records: number }
	| { kind: 'not-moved'; name: string; reason: string };

/** What the first upload of brought work came to. */
export type UploadOutcome =
	| { kind: 'uploaded' }
	| { kind: 'waiting'; reason: string; pending: number }
	| { kind: 'refused'; reason: string };

/**
 * Signs in (or up) and, with `choice` 'bring', moves the organization made on this device into a new
 * organization of the account in the same step, and opens it. A failed sign-in throws (nothing
 * changed); a failed move does not: the account is open, the work stays on this device
 * (`localWork.held`) and the outcome says why, so the screen can offer `bringWork` again.
 */
export async function enterWithWork(
	mode: 'sign-in' | 'sign-up',
	credentials: Credentials,
	choice: WorkChoice
): Promise<WorkOutcome> {
	// before signing in: the store that holds the local organization is not the one read afterwards
	await localWork.remember();
	if (mode === 'sign-up')
		await session.signUp(credentials.email, credentials.password, credentials.name ?? '');
	else await session.signIn(credentials.email, credentials.password);
	const held = localWork.held;
	if (!held) return { kind: 'none' };
	if (choice === 'keep') return { kind: 'kept', name: held.name };
	return bringWork();
}

/** Moves the held work into a new organization of the signed-in account (again after a failure). */
export async function bringWork(): Promise<WorkOutcome> {
	const held = localWork.held;
	if (!held) return { kind: 'none' };
	try {
		const records = await localWork.moveInto('new');
		return { kind: 'brought', name: held.name, records };
	} catch (error) {
		return { kind: 'not-moved', name: held.name, reason: failureMessage(error) };
	}
}

/**
 * Waits for the brought work's first upload: a few sync cycles, until the outbox is empty, the
 * server refused something, or a cycle failed (offline). The engine keeps retrying by itself.
 */
export async function firstUpload(): Promise<UploadOutcome> {
	for (let attempt = 0; attempt < 4; attempt++) {
		await sync.syncNow();
		await sync.refresh();
		if (sync.parked.length > 0) return { kind: 'refused', reason: sync.parked[0]!.message };
		if (sync.pending === 0) return { kind: 'uploaded' };
		if (sync.error || !sync.online)
			return { kind: 'waiting', reason: sync.error || 'You are offline.', pending: sync.pending };
	}
	return { kind: 'waiting', reason: 'The server has not taken it yet.', pending: sync.pending };
}
