import type { CollectionName } from '$lib/domain/schemas';

/** A record changed (`id` is `*` when the whole collection may have: a sync page, a user switch). */
export interface RecordChange {
	collection: CollectionName;
	id: string;
}
type Listener = (change: RecordChange) => void;

// Kept free of zod, idb and the SDK so reactive screens can subscribe before the store loads.
const listeners = new Set<Listener>();
let activeName = '';
// per collection, how many changes were delivered: a read taken at one count is current while it holds
const versions = new Map<CollectionName, number>();
// other tabs of the app: a change written there re-queries here
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('rightseat-changes');
channel?.addEventListener('message', (event: MessageEvent<{ name: string; change: RecordChange }>) => {
	if (event.data.name === activeName) deliver(event.data.change);
});

/** Delivers a change to this tab's listeners only. */
export function deliver(change: RecordChange): void {
	versions.set(change.collection, changeCount(change.collection) + 1);
	for (const listener of listeners) listener(change);
}

/** Names the database whose changes other tabs should relay here. */
export function followDatabase(name: string): void {
	activeName = name;
}

/** Tells this tab's and other tabs' readers that a record changed. */
export function announce(change: RecordChange): void {
	deliver(change);
	channel?.postMessage({ name: activeName, change });
}

/** Calls `listener` after every change; returns the unsubscribe. */
export function onRecordChange(listener: Listener): () => void {
	listeners.add(listener);
	return () => {
		listeners.delete(listener);
	};
}

/**
 * How many changes of `collection` this tab has been told of (writes here, other tabs, sync, a
 * person switch): a copy of a read stays true exactly while this count has not moved.
 */
export function changeCount(collection: CollectionName): number {
	return versions.get(collection) ?? 0;
}
