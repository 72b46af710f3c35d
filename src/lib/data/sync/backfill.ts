import type { CollectionName } from '$lib/domain/schemas';
import { pb } from '../server/client';
import { readMeta, writeMeta, type LocalDb } from '../local/local-db';
import { COLLECTIONS } from '../local/local-store';
import { applyServerRecords, PAGE_SIZE } from './pull';

// A device that joins an organization (accepts an invitation, is added, or is added again after a
// removal) must fetch what the organization already had: the pull cursors only move forward, so
// records last changed before the join, older than the cursor of a device that had pulled before,
// would never arrive. Issue 12 (item 18) found it while testing a removed member's device.

/** The organizations whose records this device fetched in full (meta key). */
const BACKFILLED_KEY = 'backfilled-organizations';

/** The collections this device has pulled before (their cursor moved): a first pull fetches all. */
export async function collectionsPulled(db: LocalDb): Promise<Set<CollectionName>> {
	const pulled = await Promise.all(
		COLLECTIONS.map(async (collection) => ((await readMeta(db, `cursor/${collection}`)) ? collection : null))
	);
	return new Set(pulled.filter((collection) => collection !== null));
}

async function heldOrganizations(db: LocalDb): Promise<string[]> {
	const rows = await db.getAllFromIndex('records', 'by-collection', 'organizations');
	return rows.filter((row) => !row.deleted).map((row) => row.id);
}

/** Fetches every record of `collection` in `organization`, page by page, without moving a cursor. */
async function pullOrganization(db: LocalDb, collection: CollectionName, organization: string) {
	let count = 0;
	for (let page = 1; ; page++) {
		const items = (
			await pb.collection(collection).getList(page, PAGE_SIZE, {
				filter: pb.filter('organization = {:organization}', { organization }),
				sort: 'updated,id',
				skipTotal: true
			})
		).items as Record<string, unknown>[];
		await applyServerRecords(db, collection, items);
		count += items.length;
		if (items.length < PAGE_SIZE) return count;
	}
}

/**
 * Fetches the records of every organization the device holds but has not fetched in full, in the
 * collections pulled before this cycle (`pulledBefore`, from `collectionsPulled`); remembers the
 * organizations held, so one dropped (removed member) and joined again is fetched again.
 */
export async function backfillJoined(db: LocalDb, pulledBefore: Set<CollectionName>): Promise<number> {
	const held = await heldOrganizations(db);
	const done = new Set((await readMeta<string[]>(db, BACKFILLED_KEY)) ?? []);
	let count = 0;
	for (const organization of held.filter((id) => !done.has(id)))
		for (const collection of COLLECTIONS)
			if (collection !== 'organizations' && pulledBefore.has(collection))
				count += await pullOrganization(db, collection, organization);
	await writeMeta(db, BACKFILLED_KEY, held);
	return count;
}

/** Stores `organization` (a record just read from the server) and fetches all of its records again. */
export async function refetchOrganization(
	db: LocalDb,
	organization: Record<string, unknown>
): Promise<number> {
	await applyServerRecords(db, 'organizations', [organization]);
	let count = 0;
	for (const collection of COLLECTIONS)
		if (collection !== 'organizations')
			count += await pullOrganization(db, collection, String(organization.id));
	return count;
}
