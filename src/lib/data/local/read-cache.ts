import type { CollectionName } from '$lib/domain/schemas';
import { changeCount } from './changes';

/**
 * The last answers of the screens' reads, kept while nothing in their collection has changed since:
 * a screen built from them draws its records in its first frame instead of after a round of
 * IndexedDB reads, and a read started ahead (on the tap that opens the screen) is not repeated.
 * An answer is stored only if no change of its collection arrived while it was read, and is given
 * out only while none has arrived since, so it is exactly what a new read would return. Answers are
 * shared between readers, as a live list's items already are between the components it feeds: no
 * reader changes them (not frozen: `$state` of a frozen object with nested ones throws).
 */
interface Entry {
	collection: CollectionName;
	count: number;
	value: unknown;
}

// The most recent reads; a seat's screens need fewer than ten, so this covers going back and forth.
const LIMIT = 64;
const entries = new Map<string, Entry>();
const inFlight = new Map<string, { count: number; promise: Promise<unknown> }>();

/** The key of a list read (`filter` as the screens give it) or of a record read (`id`). */
export function readKey(collection: CollectionName, kind: 'list' | 'get', what: unknown): string {
	return `${collection} ${kind} ${JSON.stringify(what ?? null)}`;
}

/** The stored answer of `key` while it is current; `undefined` when there is none. */
export function peek<T>(key: string): { value: T } | undefined {
	const entry = entries.get(key);
	if (!entry) return undefined;
	if (entry.count !== changeCount(entry.collection)) {
		entries.delete(key);
		return undefined;
	}
	return { value: entry.value as T };
}

/**
 * The answer of `key`: the stored one while current, else through `read`, stored when no change of
 * `collection` arrived meanwhile. Calls while the same read is in flight share it.
 */
export async function readThrough<T>(
	collection: CollectionName,
	key: string,
	read: () => Promise<T>
): Promise<T> {
	const kept = peek<T>(key);
	if (kept) return kept.value;
	const count = changeCount(collection);
	const running = inFlight.get(key);
	if (running && running.count === count) return running.promise as Promise<T>;
	const promise = read().then((value) => {
		keep(collection, key, count, value);
		return value;
	});
	inFlight.set(key, { count, promise });
	try {
		return await promise;
	} finally {
		if (inFlight.get(key)?.promise === promise) inFlight.delete(key);
	}
}

/** Stores `value` under `key` if it was read when `collection` had seen `count` changes, as now. */
export function keep(collection: CollectionName, key: string, count: number, value: unknown): void {
	if (count !== changeCount(collection)) return;
	entries.delete(key);
	entries.set(key, { collection, count, value });
	if (entries.size > LIMIT) entries.delete(entries.keys().next().value!);
}
