import type { CollectionName } from '$lib/domain/schemas';
import { announce } from './changes';
import { recordKey, type FieldConflict, type OutboxOperation } from './local-db';
import { localDb } from './local-store';

/** An operation the server refused, kept (never dropped) and shown with the server's reason. */
export interface ParkedOperation {
	id: number;
	collection: CollectionName;
	recordId: string;
	message: string;
}

/** A record both this device and the server changed in the same field: the person chooses. */
export interface RecordConflict {
	collection: CollectionName;
	id: string;
	fields: FieldConflict[];
}

/** What the sync status shows, read from the local store in one go. */
export interface OutboxStatus {
	pending: number;
	parked: ParkedOperation[];
	conflicts: RecordConflict[];
	lastSyncedAt: Date | null;
}

/** Keys (`collection/id`) of records with an unresolved conflict. */
export const CONFLICTED_KEY = 'conflicted';
export const LAST_SYNCED_KEY = 'last-synced-at';

/**
 * Counts, parked operations, conflicts and the last sync time of the current store, in one
 * read-only transaction: a count and the (few) parked operations, never the whole queue (this runs
 * after every change, a push included).
 */
export async function readOutboxStatus(): Promise<OutboxStatus> {
	const db = await localDb();
	const tx = db.transaction(['outbox', 'meta', 'records']);
	const outbox = tx.objectStore('outbox');
	const meta = tx.objectStore('meta');
	const [pending, parkedOps, conflicted, last] = await Promise.all([
		outbox.count(),
		outbox.index('by-status').getAll('parked') as Promise<Required<OutboxOperation>[]>,
		meta.get(CONFLICTED_KEY),
		meta.get(LAST_SYNCED_KEY)
	]);
	const rows = await Promise.all(
		((conflicted?.value as string[] | undefined) ?? []).map((key) => tx.objectStore('records').get(key))
	);
	await tx.done;
	const parked = parkedOps.map((op) => ({
		id: op.seq,
		collection: op.collection,
		recordId: op.recordId,
		message: op.error
	}));
	const conflicts: RecordConflict[] = rows
		.filter((row) => row?.conflicts.length)
		.map((row) => ({ collection: row!.collection, id: row!.id, fields: row!.conflicts }));
	const lastSynced = last?.value as string | undefined;
	return { pending, parked, conflicts, lastSyncedAt: lastSynced ? new Date(lastSynced) : null };
}

/**
 * Gives up a parked change: every queued operation of that record goes, and the record returns to
 * the server's version (or disappears when the server never had it).
 */
export async function discardParked(seq: number): Promise<void> {
	const db = await localDb();
	const tx = db.transaction(['records', 'outbox'], 'readwrite');
	const op = await tx.objectStore('outbox').get(seq);
	if (!op) return;
	const ops = await tx.objectStore('outbox').index('by-record').getAll(op.recordId);
	for (const queued of ops)
		if (queued.collection === op.collection) await tx.objectStore('outbox').delete(queued.seq!);
	const key = recordKey(op.collection, op.recordId);
	const row = await tx.objectStore('records').get(key);
	if (row?.base)
		await tx.objectStore('records').put({ ...row, data: row.base, deleted: false, conflicts: [] });
	else if (row) await tx.objectStore('records').delete(key);
	await tx.done;
	announce({ collection: op.collection, id: op.recordId });
}
