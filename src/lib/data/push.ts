import { ClientResponseError } from 'pocketbase';
import { recordSchemas } from '$lib/domain/schemas';
import { announce } from './changes';
import { pb } from './client';
import { recordKey, type LocalDb, type OutboxOperation, type StoredRecord } from './local-db';
import { changedFields, SERVER_FIELDS } from './merge';
import { queuedOperations } from './outbox';
import { applyServerRecords } from './pull';

/**
 * Records per batch (the server allows 100). Measured: 25 pushes 1,000 assessments faster than 100,
 * whose per-record cost grows with the batch (one long write transaction); see docs/sync.md.
 */
export const BATCH_SIZE = 25;

type Operation = Required<OutboxOperation>;
type Request = { kind: 'upsert' | 'update' | 'delete'; body: Record<string, unknown> };

/** All queued operations of one record in a chunk: pushed as one request from the record's state. */
interface Group {
	row: StoredRecord | undefined;
	ops: Operation[];
	request: Request | null;
}

/** A failure that stops the cycle (network, server error, expired auth); the outbox stays as is. */
export class PushStopped extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

function writableFields(data: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(data).filter(([field]) => !SERVER_FIELDS.has(field)));
}

/**
 * The request that brings the server to this record's local state. A create is an upsert with the
 * client id: retried after a lost response it updates the same record instead of making a second.
 */
function requestFor(row: StoredRecord | undefined, ops: Operation[]): Request | null {
	if (!row) return null;
	const attempted = ops.some((op) => op.attempts > 0);
	if (row.deleted) return row.base || attempted ? { kind: 'delete', body: { id: row.id } } : null;
	if (!row.base) return { kind: 'upsert', body: { ...writableFields(row.data), id: row.id } };
	const changes = changedFields(row.base, row.data);
	if (Object.keys(changes).length === 0) return null;
	// the server refuses it if the record changed since `base` (pb_hooks/sync_base.pb.js)
	return { kind: 'update', body: { ...changes, id: row.id, sync_base_updated: row.base.updated } };
}

/** Operations not held back by an earlier parked operation or an open conflict of the same record. */
async function nextGroups(db: LocalDb): Promise<Group[]> {
	const held = new Set<string>();
	const groups = new Map<string, Group>();
	for (const op of await queuedOperations(db)) {
		const key = recordKey(op.collection, op.recordId);
		if (op.status === 'parked') held.add(key);
		if (held.has(key)) continue;
		let group = groups.get(key);
		if (!group) {
			if (groups.size === BATCH_SIZE) break;
			const row = await db.get('records', key);
			if (row?.conflicts.length) {
				held.add(key);
				continue;
			}
			group = { row, ops: [], request: null };
			groups.set(key, group);
		}
		group.ops.push(op);
	}
	for (const group of groups.values()) group.request = requestFor(group.row, group.ops);
	return [...groups.values()];
}

async function markAttempted(db: LocalDb, groups: Group[]): Promise<void> {
	const tx = db.transaction('outbox', 'readwrite');
	for (const op of groups.flatMap((group) => group.ops))
		void tx.store.put({ ...op, attempts: op.attempts + 1 });
	await tx.done;
}

/**
 * Settles pushed groups in one transaction: their operations leave the outbox and each server
 * response becomes the record's base (and its data, unless it was edited while in flight).
 */
async function settle(db: LocalDb, settled: { group: Group; response: unknown }[]): Promise<void> {
	const tx = db.transaction(['records', 'outbox'], 'readwrite');
	const records = tx.objectStore('records');
	const outbox = tx.objectStore('outbox');
	const touched = new Set<OutboxOperation['collection']>();
	for (const { group, response } of settled) {
		const { collection, recordId } = group.ops[0]!;
		touched.add(collection);
		for (const done of group.ops) await outbox.delete(done.seq);
		const later = (await outbox.index('by-record').getAll(recordId)).filter(
			(op) => op.collection === collection
		);
		const key = recordKey(collection, recordId);
		const row = await records.get(key);
		const server = recordSchemas[collection].safeParse(response);
		if (group.request?.kind === 'delete' || (row?.deleted && later.length === 0)) await records.delete(key);
		else if (row && server.success) {
			const base = server.data as Record<string, unknown>;
			await records.put({ ...row, base, data: later.length ? row.data : base });
		}
	}
	await tx.done;
	for (const collection of touched) announce({ collection, id: '*' });
}

function rejectionMessage(response: {
	message?: string;
	data?: Record<string, { message?: string }>;
}): string {
	const fields = Object.entries(response.data ?? {}).map(([field, detail]) => `${field}: ${detail.message}`);
	if (fields.length) return fields.join('; ');
	// a rule refusal carries no field: say what it most likely means
	return `${response.message ?? 'Refused by the server.'} You may not have permission for this in that organization.`;
}

/** Parks a refused group with the server's reason; the rest of the queue goes on. */
async function park(db: LocalDb, group: Group, message: string): Promise<void> {
	const tx = db.transaction('outbox', 'readwrite');
	for (const op of group.ops) void tx.store.put({ ...op, status: 'parked', error: message });
	await tx.done;
	announce({ collection: group.ops[0]!.collection, id: group.ops[0]!.recordId });
}

interface FailedRequest {
	index: number;
	status: number;
	response: { message?: string; data?: Record<string, { message?: string }> };
}

/** Which request of a failed batch the server refused, if the failure names one. */
function failedRequest(error: ClientResponseError): FailedRequest | null {
	const requests = (
		error.response?.data as {
			requests?: Record<string, { response?: FailedRequest['response'] & { status?: number } }>;
		}
	)?.requests;
	const [index, detail] = Object.entries(requests ?? {})[0] ?? [];
	if (index === undefined || !detail?.response) return null;
	return { index: Number(index), status: detail.response.status ?? 400, response: detail.response };
}

function enqueue(batch: ReturnType<typeof pb.createBatch>, group: Group): void {
	const request = group.request!;
	const collection = batch.collection(group.ops[0]!.collection);
	const id = String(request.body.id);
	if (request.kind === 'upsert') collection.upsert(request.body);
	else if (request.kind === 'update') collection.update(id, request.body);
	else collection.delete(id);
}

/** Fetches the newer server version of a stale update and merges it; the next batch retries. */
async function catchUp(db: LocalDb, group: Group): Promise<void> {
	const { collection, recordId } = group.ops[0]!;
	const server = await pb.collection(collection).getOne(recordId);
	await applyServerRecords(db, collection, [server]);
}

/** Handles a refused batch: parks the refused group, or stops the cycle when nothing was refused. */
async function refused(db: LocalDb, sending: Group[], error: unknown): Promise<void> {
	if (!(error instanceof ClientResponseError)) throw error;
	const failed = failedRequest(error);
	if (!failed || failed.status === 401 || failed.status === 429 || failed.status >= 500) {
		throw new PushStopped(failed?.status ?? error.status, error.message);
	}
	const group = sending[failed.index]!;
	if (failed.response.data?.sync_base_updated) return catchUp(db, group);
	// already gone on the server: the delete is done
	if (failed.status === 404 && group.request?.kind === 'delete')
		return settle(db, [{ group, response: null }]);
	const message =
		failed.status === 404
			? 'Not on the server any more: deleted by someone else, or you no longer have access.'
			: rejectionMessage(failed.response);
	await park(db, group, message);
}

/**
 * Drains the outbox in order, a batch of up to BATCH_SIZE records at a time (each batch is one
 * server transaction). A refused operation is parked and the rest go on; a network or auth failure
 * throws PushStopped with everything still queued. Resolves to the number of records pushed.
 */
export async function pushOutbox(db: LocalDb): Promise<number> {
	let pushed = 0;
	for (;;) {
		const groups = await nextGroups(db);
		if (groups.length === 0) return pushed;
		const idle = groups.filter((group) => !group.request);
		if (idle.length)
			await settle(
				db,
				idle.map((group) => ({ group, response: null }))
			);
		const sending = groups.filter((group) => group.request);
		if (sending.length === 0) continue;
		await markAttempted(db, sending);
		const batch = pb.createBatch();
		for (const group of sending) enqueue(batch, group);
		try {
			const results = await batch.send();
			await settle(
				db,
				sending.map((group, i) => ({ group, response: results[i]?.body }))
			);
			pushed += sending.length;
		} catch (error) {
			await refused(db, sending, error);
		}
	}
}
