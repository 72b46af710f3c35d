import { collectionSchemas, newRecordId, recordSchemas, type CollectionName } from '$lib/domain/schemas';
import { MissingRecord, ValidationFailure } from '../errors';
import { readIdentity } from './identity';
import { recordKey, type OutboxOperation, type StoredRecord } from './local-db';
import { announce } from './changes';
import { localDb } from './local-store';
import { pocketbaseNow, type InputOf, type RecordOf } from './record-types';

/** Validates `candidate` as an input of `collection`; throws ValidationFailure with field paths. */
export function validateInput(collection: CollectionName, candidate: unknown): Record<string, unknown> {
	const parsed = collectionSchemas[collection].safeParse(candidate);
	if (!parsed.success) throw ValidationFailure.fromZod(parsed.error);
	return parsed.data as Record<string, unknown>;
}

/** A stored record read through the domain schema; null when it no longer validates. */
export function readRecord<C extends CollectionName>(collection: C, data: unknown): RecordOf<C> | null {
	const parsed = recordSchemas[collection].safeParse(data);
	return parsed.success ? (parsed.data as RecordOf<C>) : null;
}

function operation(
	collection: CollectionName,
	recordId: string,
	kind: OutboxOperation['kind'],
	fields: string[]
): OutboxOperation {
	return {
		collection,
		recordId,
		kind,
		fields,
		status: 'pending',
		error: '',
		attempts: 0,
		queuedAt: pocketbaseNow()
	};
}

/** Role arrays the server derives from memberships: the creator is an owner until it answers. */
function localOnlyFields(collection: CollectionName): Record<string, unknown> {
	const userId = readIdentity().user?.id;
	if (collection !== 'organizations' || !userId) return {};
	return { members: [userId], writers: [userId], owners: [userId] };
}

/**
 * Reads the record, lets `next` compute its new state (synchronously: validation included, so the
 * transaction stays open), then writes it and its outbox operation in the same transaction: both or
 * neither, and no sync write can slip between the read and the write.
 */
async function commit(
	collection: CollectionName,
	id: string,
	op: OutboxOperation,
	next: (existing: StoredRecord | undefined) => StoredRecord
): Promise<StoredRecord> {
	const db = await localDb();
	const tx = db.transaction(['records', 'outbox'], 'readwrite');
	const records = tx.objectStore('records');
	const existing = await records.get(recordKey(collection, id));
	let row: StoredRecord;
	try {
		row = next(existing);
	} catch (error) {
		tx.done.catch(() => {});
		tx.abort();
		throw error;
	}
	await Promise.all([records.put(row), tx.objectStore('outbox').add(op), tx.done]);
	announce({ collection, id });
	return row;
}

function visible(collection: CollectionName, id: string, row: StoredRecord | undefined): StoredRecord {
	if (!row || row.deleted) throw new MissingRecord(collection, id);
	return row;
}

function checked<C extends CollectionName>(collection: C, data: unknown): RecordOf<C> {
	const record = readRecord(collection, data);
	if (!record) throw new ValidationFailure({}, 'The record could not be stored.');
	return record;
}

/** Creates a record locally and queues it for the server. */
export async function createRecord<C extends CollectionName>(
	collection: C,
	input: InputOf<C>,
	id?: string
): Promise<RecordOf<C>> {
	const recordId = id ?? input.id ?? newRecordId();
	const fields = validateInput(collection, { ...input, id: recordId });
	const now = pocketbaseNow();
	const record = checked(collection, {
		...fields,
		...localOnlyFields(collection),
		created: now,
		updated: now
	});
	const op = operation(collection, recordId, 'create', Object.keys(fields));
	await commit(collection, recordId, op, (existing) => {
		if (existing && !existing.deleted) {
			throw new ValidationFailure({ id: 'This id is already in use.' }, 'This id is already in use.');
		}
		const key = recordKey(collection, recordId);
		return { key, collection, id: recordId, data: record, base: null, deleted: false, conflicts: [] };
	});
	return record;
}

/** Changes fields of a local record and queues the change. */
export async function updateRecord<C extends CollectionName>(
	collection: C,
	id: string,
	patch: Partial<InputOf<C>>
): Promise<RecordOf<C>> {
	const changed = Object.keys(patch).filter((field) => field !== 'id');
	const op = operation(collection, id, 'update', changed);
	const row = await commit(collection, id, op, (existing) => {
		const current = visible(collection, id, existing);
		const fields = validateInput(collection, { ...current.data, ...patch, id });
		return {
			...current,
			data: checked(collection, { ...current.data, ...fields, updated: pocketbaseNow() })
		};
	});
	return row.data as RecordOf<C>;
}

/** Removes a record locally (a tombstone until the server confirms) and queues the delete. */
export async function removeRecord(collection: CollectionName, id: string): Promise<void> {
	await commit(collection, id, operation(collection, id, 'delete', []), (existing) => ({
		...visible(collection, id, existing),
		deleted: true
	}));
}

/** The visible records of `collection` matching every field of `where`. */
export async function listRecords<C extends CollectionName>(
	collection: C,
	where: Partial<RecordOf<C>> = {}
): Promise<RecordOf<C>[]> {
	const rows = await (await localDb()).getAllFromIndex('records', 'by-collection', collection);
	return matching(collection, rows, where);
}

/**
 * The rows of each of `collections`, read in one transaction: one trip to the store for a screen's
 * reads rather than one per collection (see repository.shared.together).
 */
export async function readCollections(
	collections: readonly CollectionName[]
): Promise<Map<CollectionName, StoredRecord[]>> {
	const index = (await localDb()).transaction('records').store.index('by-collection');
	const rows = await Promise.all(collections.map((collection) => index.getAll(collection)));
	return new Map(collections.map((collection, i) => [collection, rows[i]!]));
}

/** The visible records among `rows` (all of `collection`) matching every field of `where`. */
export function matching<C extends CollectionName>(
	collection: C,
	rows: readonly StoredRecord[],
	where: Partial<RecordOf<C>> = {}
): RecordOf<C>[] {
	const conditions = Object.entries(where).filter(([, value]) => value !== undefined);
	const records: RecordOf<C>[] = [];
	for (const row of rows) {
		if (row.deleted || !conditions.every(([field, value]) => row.data[field] === value)) continue;
		const record = readRecord(collection, row.data);
		if (record) records.push(record);
	}
	return records;
}

/** One visible record, or undefined. */
export async function getRecord<C extends CollectionName>(
	collection: C,
	id: string
): Promise<RecordOf<C> | undefined> {
	const row = await (await localDb()).get('records', recordKey(collection, id));
	if (!row || row.deleted) return undefined;
	return readRecord(collection, row.data) ?? undefined;
}
