/**
 * Who uses the app on this device changed: signed out, or another person signed in. Every memory
 * kept per person (names of co-members, ...) listens and forgets, so the next person sees none of it.
 * Dependency-free: loaded eagerly by the state that keeps such memories.
 */
export interface PersonChanged {
	type: 'person-changed';
	/** The user id before (null = no account). */
	from: string | null;
	/** The user id after (null = signed out). */
	to: string | null;
}

type Listener = (event: PersonChanged) => void;
const listeners = new Set<Listener>();

/** Tells every per-person memory that the person changed. */
export function emitPersonChanged(event: PersonChanged): void {
	for (const listener of listeners) listener(event);
}

/** Listens for sign-out and user switch; returns the unsubscribe. */
export function onPersonChanged(listener: Listener): () => void {
	listeners.add(listener);
	return () => {
		listeners.delete(listener);
	};
}
