import type { CollectionName } from '$lib/domain/schemas';
import { onRecordChange, type RecordChange } from './changes';
import type { InputOf, RecordOf } from './record-types';

export type { InputOf, RecordOf, RecordChange };

// The store (idb, zod schemas) loads on first use, not with the first screen: every call is async anyway.
const store = () => import('./records');

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
	subscribe(listener: (change: RecordChange) => void): () => void {
		return onRecordChange(listener);
	}
};
