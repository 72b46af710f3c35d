import { ClientResponseError } from 'pocketbase';
import { z } from 'zod';
import { recordSchemas, type CollectionName } from '$lib/domain/schemas';
import { announce } from '../local/changes';
import { pb } from '../server/client';
import {
	readMeta,
	recordKey,
	type LocalDb,
	type OutboxOperation,
	type StoredRecord
} from '../local/local-db';
import { COLLECTIONS } from '../local/local-store';
import { mergeServerVersion } from './merge';
import { CONFLICTED_KEY } from '../local/outbox';
import { backfillJoined, collectionsPulled, refetchOrganization } from './backfill';

/**
 * Records per page: big enough for few round trips (1,000 assessments: 2 pages, as many as the bare
 * reference's list in bench/sync.mjs), small enough to stay responsive (one transaction each).
 */
export const PAGE_SIZE = 500;

/** Where the last pull of a collection stopped: the newest (updated, id) it applied. */
const cursorSchema = z.object({ updated: z.string(), id: z.string() });
type Cursor = z.infer<typeof cursorSchema>;

const deletionSchema = z.object({
	id: z.string(),
	updated: z.string(),
	record_collection: z.enum(COLLECTIONS as [CollectionName, ...CollectionName[]]),
	record_id: z.string(),
	organization: z.string()
});
export type Deletion = z.infer<typeof deletionSchema>;

const cursorKey = (source: string) => `cursor/${source}`;

/**
 * Organizations dropped because my own membership went, still to be asked of the server. Kept in
 * the same transaction as the drop: a realtime delete whose check fails (the network went between
 * the event and the question) is asked again by the next pull, whose replayed deletion no longer
 * finds my membership row and so cannot tell it was mine.
 */
const RECHECK_KEY = 'recheck/organizations';

/** The organizations still to re-check, from the stored meta value (none when unreadable). */
function recheckOf(value: unknown): string[] {
	const parsed = z.array(z.string()).safeParse(value);
	return parsed.success ? parsed.data : [];
}

async function readRecheck(db: LocalDb): Promise<string[]> {
	return recheckOf(await readMeta(db, RECHECK_KEY));
}

async function readCursor(db: LocalDb, source: string): Promise<Cursor> {
	const parsed = cursorSchema.safeParse(await readMeta(db, cursorKey(source)));
	return parsed.success ? parsed.data : { updated: '', id: '' };
}

/** One page of records changed after `cursor`, oldest first, ties broken by id. */
async function fetchPage(source: string, cursor: Cursor): Promise<Record<string, unknown>[]> {
	const filter = cursor.updated
		? pb.filter('updated > {:updated} || (updated = {:updated} && id > {:id})', cursor)
		: '';
	const page = await pb
		.collection(source)
		.getList(1, PAGE_SIZE, { filter, sort: 'updated,id', skipTotal: true });
	return page.items as Record<string, unknown>[];
}

/**
 * The record's queued (or parked) operations: `queued` when any still refers to it, and what the
 * last push of it sent (`sent`, for the merge to know its own push when it comes back).
 */
async function queuedFor(
	store: { index(name: 'by-record'): { getAll(id: string): Promise<OutboxOperation[]> } },
	collection: string,
	id: string
): Promise<Queued> {
	const ops = (await store.index('by-record').getAll(id)).filter((op) => op.collection === collection);
	const sent = ops.findLast((op) => op.sent)?.sent ?? {};
	return { queued: ops.length > 0, sent };
}

interface Queued {
	queued: boolean;
	sent: Record<string, unknown>;
}
const NOTHING_QUEUED: Queued = { queued: false, sent: {} };

/** The record after a server version arrives: taken as is, or merged with unpushed local edits. */
function withServerVersion(
	row: StoredRecord | undefined,
	collection: CollectionName,
	server: Record<string, unknown>,
	{ queued, sent }: Queued
): StoredRecord {
	if (row && queued) return mergeServerVersion(row, server, sent);
	const id = String(server.id);
	return {
		key: recordKey(collection, id),
		collection,
		id,
		data: server,
		base: server,
		deleted: false,
		conflicts: []
	};
}

/**
 * Whether the device already holds this server version, or a newer one, as the record's base: its
 * own push coming back (by realtime or the next pull), an event that raced a pull, or a late event
 * of an older version (the echo of a first push arriving after the second push's answer). Applying
 * it would change nothing, re-merge a held conflict against itself (which would clear it), or put
 * older values back. `updated` is PocketBase's "YYYY-MM-DD HH:MM:SS.mmmZ": text order is time order.
 */
export function alreadyHeld(row: StoredRecord | undefined, server: Record<string, unknown>): boolean {
	const updated = server.updated;
	const held = row?.base?.updated;
	return typeof updated === 'string' && updated !== '' && typeof held === 'string' && held >= updated;
}

/**
 * Applies server versions of `collection` records in one transaction and moves the cursor with them
 * (when `cursorAfter` is given: realtime events apply without moving it). Records that fail the
 * domain schema are skipped, never stored; versions the device already holds are not written again.
 * Every read is issued at once. Screens hear about it only when something changed.
 */
export async function applyServerRecords(
	db: LocalDb,
	collection: CollectionName,
	items: Record<string, unknown>[],
	cursorAfter?: Cursor
): Promise<void> {
	const tx = db.transaction(['records', 'outbox', 'meta'], 'readwrite');
	const records = tx.objectStore('records');
	const meta = tx.objectStore('meta');
	// the last version of each record (a burst of realtime events may carry several)
	const servers = new Map<string, Record<string, unknown>>();
	for (const item of items) {
		const parsed = recordSchemas[collection].safeParse(item);
		if (!parsed.success) continue;
		const server = parsed.data as Record<string, unknown>;
		servers.set(String(server.id), server);
	}
	const outbox = tx.objectStore('outbox');
	// an empty outbox (a new device, or after a push) has nothing queued: no lookup per record
	const anyQueued = (await outbox.count()) > 0;
	const [reads, conflictedValue] = await Promise.all([
		Promise.all(
			[...servers].map(async ([id, server]) => {
				const key = recordKey(collection, id);
				const [row, queued] = await Promise.all([
					records.get(key),
					anyQueued ? queuedFor(outbox, collection, id) : NOTHING_QUEUED
				]);
				return { key, server, row, queued };
			})
		),
		meta.get(CONFLICTED_KEY)
	]);
	const conflicted = new Set<string>((conflictedValue?.value as string[]) ?? []);
	let changed = 0;
	for (const { key, server, row: stored, queued } of reads) {
		if (alreadyHeld(stored, server)) continue;
		const row = withServerVersion(stored, collection, server, queued);
		void records.put(row);
		changed++;
		if (row.conflicts.length) conflicted.add(key);
		else conflicted.delete(key);
	}
	if (changed) void meta.put({ key: CONFLICTED_KEY, value: [...conflicted] });
	if (cursorAfter) void meta.put({ key: cursorKey(collection), value: cursorAfter });
	await tx.done;
	if (changed) announce({ collection, id: '*' });
}

/**
 * Pulls every change of one collection since its cursor, page by page. Pipelined: the next page is
 * requested (its cursor is the last item of this one) while this page is applied, so the server
 * and IndexedDB work at the same time; a failed request read ahead fails the pull after the pages
 * before it are applied (their cursor saved with them).
 */
async function pullCollection(db: LocalDb, collection: CollectionName): Promise<number> {
	let cursor = await readCursor(db, collection);
	let count = 0;
	let items = await fetchPage(collection, cursor);
	for (;;) {
		if (items.length === 0) return count;
		const last = items[items.length - 1]!;
		cursor = { updated: String(last.updated), id: String(last.id) };
		const full = items.length === PAGE_SIZE;
		const next = full ? fetchPage(collection, cursor) : null;
		next?.catch(() => {});
		await applyServerRecords(db, collection, items, cursor);
		count += items.length;
		if (!next) return count;
		items = await next;
	}
}

/**
 * Applies deletions: the record goes; an organization (or my own membership of it) takes every
 * local record of that organization with it. Local edits to a record someone deleted are not
 * dropped silently: their operations are parked with the reason. An organization left through my
 * own membership is asked of the server again (`refetchStillReadable`), from the pull and realtime alike.
 */
export async function applyDeletions(db: LocalDb, deletions: Deletion[], myUserId: string): Promise<void> {
	// organizations dropped because my own membership went: I may still read them another way
	const leftByMembership: string[] = [];
	const tx = db.transaction(['records', 'outbox', 'meta'], 'readwrite');
	const records = tx.objectStore('records');
	const outbox = tx.objectStore('outbox');
	for (const deletion of deletions) {
		const key = recordKey(deletion.record_collection, deletion.record_id);
		const ops = (await outbox.index('by-record').getAll(deletion.record_id)).filter(
			(op) => op.collection === deletion.record_collection
		);
		const edited = ops.filter((op) => op.kind !== 'delete');
		for (const op of ops) {
			if (edited.length)
				await outbox.put({
					...op,
					status: 'parked',
					error: 'Deleted on the server by someone else. Discard to drop your changes.'
				});
			else await outbox.delete(op.seq!);
		}
		const row = await records.get(key);
		if (!edited.length) await records.delete(key);
		else if (row) await records.put({ ...row, base: null });
		const leaving =
			deletion.record_collection === 'organizations' ||
			(deletion.record_collection === 'memberships' && row?.data.user === myUserId);
		if (leaving)
			for (const other of await records.getAll())
				if (other.data.organization === deletion.organization && other.collection !== 'organizations')
					await records.delete(other.key);
		if (leaving) await records.delete(recordKey('organizations', deletion.organization));
		if (leaving && deletion.record_collection === 'memberships') leftByMembership.push(deletion.organization);
	}
	if (leftByMembership.length) {
		const pending = recheckOf((await tx.objectStore('meta').get(RECHECK_KEY))?.value);
		const organizations = [...new Set([...pending, ...leftByMembership])];
		await tx.objectStore('meta').put({ key: RECHECK_KEY, value: organizations });
	}
	await tx.done;
	for (const collection of COLLECTIONS) announce({ collection, id: '*' });
	if (leftByMembership.length) await refetchStillReadable(db);
}

/**
 * Losing my own membership does not always mean losing the organization: an MSP's rep whose
 * prospect took its workspace over keeps read-only access through the MSP (docs/sales-mode.md).
 * The server answers for it now, after the deletion: what I can still read is fetched again whole,
 * since the cursors are past its records. Each organization leaves the stored list only once
 * answered, so a check the network cut off is asked again by the next pull.
 */
async function refetchStillReadable(db: LocalDb): Promise<void> {
	for (const organization of await readRecheck(db)) {
		const record = await pb
			.collection('organizations')
			.getOne(organization)
			.catch((error: unknown) => {
				if (error instanceof ClientResponseError && error.status === 404) return null;
				throw error;
			});
		if (record) await refetchOrganization(db, record);
		const left = (await readRecheck(db)).filter((id) => id !== organization);
		await db.put('meta', { key: RECHECK_KEY, value: left });
	}
}

/**
 * Pulls the deletions log since its cursor. A row this device cannot read (a collection it does not
 * know, from a newer server) is skipped, but the cursor still moves past it: a page holding only such
 * rows used to end the pull there, and every later deletion was never applied.
 */
async function pullDeletions(db: LocalDb, myUserId: string): Promise<void> {
	let cursor = await readCursor(db, 'sync_deletions');
	for (;;) {
		const page = await fetchPage('sync_deletions', cursor);
		if (page.length === 0) return;
		const items = page
			.map((item) => deletionSchema.safeParse(item))
			.filter((p) => p.success)
			.map((p) => p.data);
		if (items.length) await applyDeletions(db, items, myUserId);
		const last = page[page.length - 1]!;
		cursor = { updated: String(last.updated), id: String(last.id) };
		await db.put('meta', { key: cursorKey('sync_deletions'), value: cursor });
		if (page.length < PAGE_SIZE) return;
	}
}

/**
 * Pulls every collection (in dependency order), then the deletions log, then what an organization
 * joined since the last pull already had (sync/backfill.ts).
 */
export async function pullChanges(db: LocalDb, myUserId: string): Promise<number> {
	const pulledBefore = await collectionsPulled(db);
	let count = 0;
	for (const collection of COLLECTIONS) count += await pullCollection(db, collection);
	await pullDeletions(db, myUserId);
	// a re-check the realtime path could not finish (offline at the time) is asked again here
	await refetchStillReadable(db);
	return count + (await backfillJoined(db, pulledBefore));
}
