/** What the sync engine tells the status and session state (kept dependency-free: loaded eagerly). */
export type SyncEvent =
	| { type: 'cycle-started' }
	| { type: 'cycle-finished'; error: string }
	| { type: 'reachable'; online: boolean }
	| { type: 'sign-in-required' };

/**
 * Whether syncing waits for the person to sign in again, after `event`. A cycle that went through
 * proves the token works: a refusal from a cycle that began before the last sign-in (the previous
 * person's, still in flight during a switch) must not keep asking to sign in.
 */
export function signInNeededAfter(needed: boolean, event: SyncEvent): boolean {
	if (event.type === 'sign-in-required') return true;
	if (event.type === 'cycle-finished' && !event.error) return false;
	return needed;
}

type Listener = (event: SyncEvent) => void;
const listeners = new Set<Listener>();

/** Tells every listener. */
export function emitSyncEvent(event: SyncEvent): void {
	for (const listener of listeners) listener(event);
}

/** Listens to the engine; returns the unsubscribe. */
export function onSyncEvent(listener: Listener): () => void {
	listeners.add(listener);
	return () => {
		listeners.delete(listener);
	};
}
