/** What the sync engine tells the status and session state (kept dependency-free: loaded eagerly). */
export type SyncEvent =
	| { type: 'cycle-started' }
	| { type: 'cycle-finished'; error: string }
	| { type: 'reachable'; online: boolean }
	| { type: 'sign-in-required' };

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
