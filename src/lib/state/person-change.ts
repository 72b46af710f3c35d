/**
 * The person using this device changed: an account signed out, or another account signed in over
 * it. Every memory that holds something of one person (names of their co-members, work waiting to
 * be moved) listens and forgets it, so the next person sees none of it. Signing in from work
 * without an account is not a change of person: that work is theirs to move in.
 */
export type PersonChange =
	{ type: 'signed-out'; previous: string } | { type: 'switched'; previous: string; next: string };

type Listener = (change: PersonChange) => void;

const listeners = new Set<Listener>();

/**
 * Every module that remembers something per person, each registering its listener when it loads.
 * They load before the event goes out, so a memory no screen has opened yet still forgets.
 */
const memories: (() => Promise<unknown>)[] = [
	() => import('./people.svelte'),
	() => import('./local-work.svelte')
];

/** Hears every change of person; returns the unsubscribe. */
export function onPersonChange(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Tells every per-person memory (loading each first) that the person changed. */
export async function personChanged(change: PersonChange): Promise<void> {
	await Promise.all(memories.map((load) => load()));
	for (const listener of listeners) listener(change);
}

/** The change from `previous` to `next` user id, or null when the same person (or nobody) stays. */
export function changeOf(previous: string | null, next: string | null): PersonChange | null {
	if (!previous || previous === next) return null;
	return next ? { type: 'switched', previous, next } : { type: 'signed-out', previous };
}
