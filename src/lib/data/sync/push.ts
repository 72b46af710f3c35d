import { ClientResponseError } from 'pocketbase';
import { recordSchemas } from '$lib/domain/schemas';
import { NETWORK_MESSAGE, serverFieldMessages, SIGN_IN_AGAIN_MESSAGE } from '../errors';
import { announce } from '../local/changes';
import { pb } from '../server/client';
import { recordKey, type LocalDb, type OutboxOperation, type StoredRecord } from '../local/local-db';
import { changedFields, SERVER_FIELDS } from './merge';
import { applyServerRecords } from './pull';

/** Records per batch: the server's maximum (migration 1764100600). */
export const BATCH_SIZE = 100;

/**
 * At most this many records of a batch may be of collections with JS request hooks (all but
 * assessments, whose hooks are Go: pocketbase/cmd/rightseat/assessments.go). Inside a batch each
 * such record holds a pooled JS VM until the batch ends; past the pool each hook call builds a
 * fresh VM, which made a batch of 100 cost more per record than 25 (docs/sync.md).
 */
export const JS_HOOKED_PER_BATCH = 25;
const GO_HOOKED: ReadonlySet<string> = new Set(['assessments']);

type Operation = OutboxOperation & { seq: number };
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
	// the server refuses it if the record changed since `base` (pb_hooks/lib/sync-base.js)
	return { kind: 'update', body: { ...changes, id: row.id, sync_base_updated: row.base.updated } };
}

/** What a request sets on the record: its body without the id and the staleness check. */
function sentFields(request: Request): Record<string, unknown> | undefined {
	if (request.kind === 'delete') return undefined;
	return Object.fromEntries(
		Object.entries(request.body).filter(([field]) => field !== 'id' && field !== 'sync_base_updated')
	);
}

/** Outbox operations read per request while collecting a chunk (several may belong to one record). */
const READ_PAGE = 100;

/**
 * Collections whose writes change who may write what: API rules read an organization's role
 * arrays, which PocketBase does not show to the rest of the batch that sets them. A record of one
 * of these ends its chunk, so records pushed after it are judged with its roles in place.
 */
const ROLE_COLLECTIONS: ReadonlySet<string> = new Set(['organizations', 'memberships']);

/**
 * The next chunk: up to BATCH_SIZE records' operations (JS_HOOKED_PER_BATCH of them at most outside
 * assessments), in order, not held back by an earlier
 * parked operation, an open conflict or a batch in flight (`inFlight` keys) of the same record.
 * A chunk ends after an organization or membership (see ROLE_COLLECTIONS). Reads the head of the
 * outbox page by page (never the whole queue), and marks the operations it will send as attempted,
 * in one transaction.
 */
async function nextGroups(db: LocalDb, inFlight: Set<string> = new Set()): Promise<Group[]> {
	const tx = db.transaction(['records', 'outbox'], 'readwrite');
	const outbox = tx.objectStore('outbox');
	const records = tx.objectStore('records');
	const held = new Set(inFlight);
	const groups = new Map<string, Group>();
	let jsHooked = 0;
	let roleChange = false;
	let after: number | null = null;
	collect: for (;;) {
		const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
		const page = (await outbox.getAll(range, READ_PAGE)) as Operation[];
		// the rows of the records this page may open a group for, read at once
		const keys = new Set(page.map((op) => recordKey(op.collection, op.recordId)));
		const rows = new Map(
			await Promise.all(
				[...keys]
					.filter((key) => !groups.has(key) && !held.has(key))
					.map(async (key) => [key, await records.get(key)] as const)
			)
		);
		for (const op of page) {
			const key = recordKey(op.collection, op.recordId);
			if (op.status === 'parked') held.add(key);
			if (held.has(key)) continue;
			let group = groups.get(key);
			if (!group) {
				const js = !GO_HOOKED.has(op.collection);
				if (groups.size === BATCH_SIZE || roleChange || (js && jsHooked === JS_HOOKED_PER_BATCH))
					break collect;
				const row = rows.get(key);
				if (row?.conflicts.length) {
					held.add(key);
					continue;
				}
				group = { row, ops: [], request: null };
				groups.set(key, group);
				if (js) jsHooked++;
				roleChange = ROLE_COLLECTIONS.has(op.collection);
			}
			group.ops.push(op);
		}
		if (page.length < READ_PAGE) break;
		after = page[page.length - 1]!.seq;
	}
	for (const group of groups.values()) {
		group.request = requestFor(group.row, group.ops);
		if (!group.request) continue;
		const sent = sentFields(group.request);
		group.ops = group.ops.map((op) => ({ ...op, attempts: op.attempts + 1, sent }));
		for (const op of group.ops) void outbox.put(op);
	}
	await tx.done;
	return [...groups.values()];
}

/**
 * Settles pushed groups in one transaction: their operations leave the outbox and each server
 * response becomes the record's base (and its data, unless it was edited while in flight). Every
 * request is issued at once; within the transaction they run in order, so the reads see the deletes.
 */
async function settle(db: LocalDb, settled: { group: Group; response: unknown }[]): Promise<void> {
	const tx = db.transaction(['records', 'outbox'], 'readwrite');
	const records = tx.objectStore('records');
	const outbox = tx.objectStore('outbox');
	const touched = new Set<OutboxOperation['collection']>();
	for (const { group } of settled) for (const done of group.ops) void outbox.delete(done.seq);
	const reads = settled.map(async ({ group, response }) => {
		const { collection, recordId } = group.ops[0]!;
		touched.add(collection);
		const key = recordKey(collection, recordId);
		const [queued, row] = await Promise.all([outbox.index('by-record').getAll(recordId), records.get(key)]);
		const later = queued.filter((op) => op.collection === collection);
		const server = recordSchemas[collection].safeParse(response);
		if (group.request?.kind === 'delete' || (row?.deleted && later.length === 0)) void records.delete(key);
		else if (row && server.success) {
			const base = server.data as Record<string, unknown>;
			void records.put({ ...row, base, data: later.length ? row.data : base });
		}
	});
	await Promise.all([...reads, tx.done]);
	for (const collection of touched) announce({ collection, id: '*' });
}

/**
 * Why the server refused one change of a batch. A thin wrapper over the error path's field reading:
 * a parked change is shown away from any form, so every field is named in the one sentence.
 */
function rejectionMessage(response: { message?: string; data?: Record<string, unknown> }): string {
	const fields = Object.entries(serverFieldMessages(response.data)).map(
		([field, message]) => `${field}: ${message}`
	);
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

/** What the person reads when the server took none of a batch: nothing is lost, and what happens next. */
function stoppedMessage(status: number, server: string): string {
	const kept = 'Your changes are kept on this device and go up by themselves.';
	if (status === 0) return NETWORK_MESSAGE;
	if (status === 401) return SIGN_IN_AGAIN_MESSAGE;
	if (status === 429) return `The server is busy. ${kept}`;
	if (status >= 500) return `The server could not take your changes just now. ${kept}`;
	const reason = server.replace(/\.$/, '') || `status ${status}`;
	return `The server did not take your changes (${reason}). ${kept}`;
}

/** Handles a refused batch: parks the refused group, or stops the cycle when nothing was refused. */
async function refused(db: LocalDb, sending: Group[], error: unknown): Promise<void> {
	if (!(error instanceof ClientResponseError)) throw error;
	const failed = failedRequest(error);
	if (!failed || failed.status === 401 || failed.status === 429 || failed.status >= 500) {
		const status = failed?.status ?? error.status;
		throw new PushStopped(status, stoppedMessage(status, failed?.response.message ?? error.message));
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

/** The server allows 100 batches per 10 s per address (migration 1764100600): stay under it. */
const BATCHES_PER_WINDOW = 90;
const WINDOW_MS = 10_000;
const sentAt: number[] = [];

/** Waits, if needed, so that no more than BATCHES_PER_WINDOW batches leave in any WINDOW_MS. */
async function pace(): Promise<void> {
	for (;;) {
		const now = Date.now();
		while (sentAt.length && now - sentAt[0]! >= WINDOW_MS) sentAt.shift();
		if (sentAt.length < BATCHES_PER_WINDOW) break;
		await new Promise((wake) => setTimeout(wake, sentAt[0]! + WINDOW_MS - now));
	}
	sentAt.push(Date.now());
}

const keyOf = (group: Group) => recordKey(group.ops[0]!.collection, group.ops[0]!.recordId);

/**
 * Drains the outbox in order, a batch of up to BATCH_SIZE records at a time (each batch is one
 * server transaction). A refused operation is parked and the rest go on; a network or auth failure
 * throws PushStopped with everything still queued. Resolves to the number of records pushed.
 *
 * Pipelined: while a batch is in flight the next chunk is read (the records in flight held back),
 * and a batch's settle runs while the next one is in flight, so the server is never kept waiting on
 * IndexedDB. IndexedDB runs overlapping transactions in the order they were opened: a chunk read
 * after a settle was opened sees it.
 */
export async function pushOutbox(db: LocalDb): Promise<number> {
	let pushed = 0;
	let settling: Promise<void> = Promise.resolve();
	let groups = await nextGroups(db);
	while (groups.length) {
		const idle = groups.filter((group) => !group.request);
		if (idle.length)
			await settle(
				db,
				idle.map((group) => ({ group, response: null }))
			);
		const sending = groups.filter((group) => group.request);
		if (sending.length === 0) {
			groups = await nextGroups(db);
			continue;
		}
		await pace();
		const batch = pb.createBatch();
		for (const group of sending) enqueue(batch, group);
		const response = batch.send();
		response.catch(() => {});
		const following = nextGroups(db, new Set(sending.map(keyOf)));
		following.catch(() => {});
		await settling;
		let results: Awaited<typeof response>;
		try {
			results = await response;
		} catch (error) {
			// the chunk read ahead is dropped (its attempts marked: harmless, see requestFor)
			await following.catch(() => {});
			await refused(db, sending, error);
			groups = await nextGroups(db);
			continue;
		}
		settling = settle(
			db,
			sending.map((group, i) => ({ group, response: results[i]?.body }))
		);
		settling.catch(() => {});
		pushed += sending.length;
		groups = await following;
	}
	await settling;
	return pushed;
}
