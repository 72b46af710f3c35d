import { connectionStatus } from './connection-status';

/**
 * The one sync state the header shows, computed from what the device knows. Pure: the state class
 * (`src/lib/state/sync.svelte.ts`) gathers the inputs, the header only presents the result.
 */
export interface SyncInputs {
	/** The browser (or the engine's last reach of the server) says the network is there. */
	online: boolean;
	/** Someone is signed in: changes can reach a server. */
	account: boolean;
	/**
	 * Work exists that only this device holds and that no sync will upload as things stand: records
	 * made without an account, or such work still waiting to be moved into the account.
	 */
	localOnly: boolean;
	/** Changes in the outbox (queued, not yet accepted by the server). */
	pending: number;
	/** A sync cycle is running (held a moment after it ends, so one sync reads as one). */
	syncing: boolean;
	/** Records whose local and server versions disagree: the person must choose. */
	conflicts: number;
	/** Changes the server refused: the person must retry or drop them. */
	refused: number;
	/** The token expired: the outbox waits for sign-in. */
	needsSignIn: boolean;
	/** The last cycle failed (''= it worked or none ran). */
	error: string;
	/** When a cycle last finished cleanly, if ever. */
	lastSyncedAt: Date | null;
	/** The counts above come from the local store (false until it has been read). */
	known: boolean;
	/** The app shell is cached: it opens without a network. */
	offlineReady?: boolean;
}

export type SyncKind =
	| 'none'
	| 'local-only'
	| 'attention'
	| 'sign-in'
	| 'offline'
	| 'syncing'
	| 'waiting'
	| 'failed'
	| 'synced'
	| 'checking';

export interface SyncState {
	kind: SyncKind;
	/** What the header shows, in words ('' = nothing to say). */
	label: string;
	/** How it reads: fine, worth a look, or needs action. */
	tone: 'ok' | 'quiet' | 'warn' | 'danger';
	/** Where a tap on the status leads, when there is something to do there. */
	href?: '/sync' | '/account';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** 10:42 in the person's locale; `locale`/`timeZone` make it testable. */
export function clockTime(date: Date, locale?: string, timeZone?: string): string {
	return date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', timeZone });
}

/**
 * One truthful state at a time, most urgent first. "All synced" only when the outbox is empty, no
 * cycle runs, the last one worked and nothing lives only on this device.
 */
export function syncStatus(
	input: SyncInputs,
	time: (date: Date) => string = (date) => clockTime(date)
): SyncState {
	const problems = input.conflicts + input.refused;
	if (problems > 0) {
		const what =
			input.conflicts > 0
				? plural(input.conflicts, 'conflict', 'conflicts')
				: plural(input.refused, 'change refused', 'changes refused');
		return { kind: 'attention', label: `Needs your choice (${what})`, tone: 'danger', href: '/sync' };
	}
	if (input.localOnly)
		return {
			kind: 'local-only',
			label: 'On this device only — not backed up',
			tone: 'warn',
			href: '/account'
		};
	if (!input.account) return connectionStatus(input.online, input.offlineReady);
	if (input.needsSignIn)
		return {
			kind: 'sign-in',
			label: input.pending > 0 ? `Sign in to sync · ${input.pending} waiting` : 'Sign in to sync',
			tone: 'danger',
			href: '/account'
		};
	if (!input.online)
		return {
			kind: 'offline',
			label: input.pending > 0 ? `Offline — ${input.pending} waiting` : 'Offline — nothing waiting',
			tone: 'warn'
		};
	if (!input.known) return { kind: 'checking', label: 'Checking sync…', tone: 'quiet' };
	if (input.syncing)
		return {
			kind: 'syncing',
			label: input.pending > 0 ? `Syncing ${input.pending}` : 'Syncing…',
			tone: 'quiet'
		};
	if (input.pending > 0)
		return { kind: 'waiting', label: `${plural(input.pending, 'change', 'changes')} waiting`, tone: 'warn' };
	if (input.error) return { kind: 'failed', label: 'Sync failed — will retry', tone: 'warn' };
	const at = input.lastSyncedAt ? ` · ${time(input.lastSyncedAt)}` : '';
	return { kind: 'synced', label: `All synced${at}`, tone: 'ok' };
}
