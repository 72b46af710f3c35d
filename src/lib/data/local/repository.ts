import type { CollectionName } from '$lib/domain/schemas';
import { changeCount, onRecordChange, type RecordChange } from './changes';
import { keep, peek, readKey, readThrough } from './read-cache';
import type { InputOf, RecordOf } from './record-types';

export type { InputOf, RecordOf, RecordChange };

// The store (idb, zod schemas) loads on first use, not with the first screen: every call is async
// anyway. Once loaded it is kept: Chromium answers even a repeated import() only after the next
// frame, which a read started by a tap would wait for.
let records: typeof import('./records') | undefined;
const store = async () => (records ??= await import('./records'));

/** What a plan of `repository.shared.together` asks of the rows read at once. */
export interface SharedAsk {
	list<C extends CollectionName>(collection: C, where?: Partial<RecordOf<C>>): RecordOf<C>[];
	get<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined;
}

/** True when every read `plan` asks for is kept (and current): nothing to read. */
function answeredFromKept(plan: (ask: SharedAsk) => void): boolean {
	let missing = false;
	const known = <T>(kept: { value: T } | undefined, empty: T): T => {
		if (kept) return kept.value;
		missing = true;
		return empty;
	};
	plan({
		list: (collection, where) => known(peek(readKey(collection, 'list', where)), []),
		get: (collection, id) => known(peek(readKey(collection, 'get', id)), undefined)
	});
	return !missing;
}

/**
 * The records screens read and write: local-first, instant, offline. Writes validate with the
 * domain schema (ValidationFailure), change the local record and queue an outbox operation in one
 * IndexedDB transaction; the sync engine pushes them later. See docs/data-api.md.
 */
export const repository = {
	async list<C extends CollectionName>(collection: C, where?: Partial<RecordOf<C>>): Promise<RecordOf<C>[]> {
		return (await store()).listRecords(collection, where);
	},
	async get<C extends CollectionName>(collection: C, id: string): Promise<RecordOf<C> | undefined> {
		return (await store()).getRecord(collection, id);
	},
	async create<C extends CollectionName>(
		collection: C,
		input: InputOf<C>,
		id?: string
	): Promise<RecordOf<C>> {
		return (await store()).createRecord(collection, input, id);
	},
	async update<C extends CollectionName>(
		collection: C,
		id: string,
		patch: Partial<InputOf<C>>
	): Promise<RecordOf<C>> {
		return (await store()).updateRecord(collection, id, patch);
	},
	async remove(collection: CollectionName, id: string): Promise<void> {
		return (await store()).removeRecord(collection, id);
	},
	/**
	 * Reads for screens that display records and follow their changes: answers are shared between
	 * readers (never change them) and kept while their collection has not changed, so `peek…` gives
	 * one at once when the same read was made, or started ahead, before. See read-cache.ts.
	 */
	shared: {
		list<C extends CollectionName>(collection: C, where?: Partial<RecordOf<C>>): Promise<RecordOf<C>[]> {
			return readThrough(collection, readKey(collection, 'list', where), () =>
				repository.list(collection, where)
			);
		},
		get<C extends CollectionName>(collection: C, id: string): Promise<RecordOf<C> | undefined> {
			return readThrough(collection, readKey(collection, 'get', id), () => repository.get(collection, id));
		},
		peekList<C extends CollectionName>(
			collection: C,
			where?: Partial<RecordOf<C>>
		): { value: RecordOf<C>[] } | undefined {
			return peek(readKey(collection, 'list', where));
		},
		/**
		 * Answers several shared reads from one read of `collections` (a single IndexedDB trip):
		 * `plan` asks as it goes (a seat first, then its organization's lists), each answer computed
		 * from the rows read at once and kept as if read alone.
		 */
		async together(collections: readonly CollectionName[], plan: (ask: SharedAsk) => void): Promise<void> {
			if (answeredFromKept(plan)) return;
			const counts = new Map(collections.map((collection) => [collection, changeCount(collection)]));
			const { matching, readCollections } = await store();
			const rows = await readCollections(collections);
			const rowsOf = (collection: CollectionName) => {
				const found = rows.get(collection);
				if (!found) throw new Error(`${collection} was not read together`);
				return found;
			};
			plan({
				list(collection, where) {
					const items = matching(collection, rowsOf(collection), where);
					keep(collection, readKey(collection, 'list', where), counts.get(collection)!, items);
					return items;
				},
				get(collection, id) {
					const [record] = matching(collection, rowsOf(collection), { id } as never);
					keep(collection, readKey(collection, 'get', id), counts.get(collection)!, record);
					return record;
				}
			});
		},
		peekRecord<C extends CollectionName>(
			collection: C,
			id: string
		): { value: RecordOf<C> | undefined } | undefined {
			return peek(readKey(collection, 'get', id));
		}
	},
	subscribe(listener: (change: RecordChange) => void): () => void {
		return onRecordChange(listener);
	}
};
