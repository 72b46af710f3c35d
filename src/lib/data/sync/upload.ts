import { deleteDB } from 'idb';
import type { CollectionName } from '$lib/domain/schemas';
import { readIdentity } from '../local/identity';
import { localDbName, openLocalDb, type StoredRecord } from '../local/local-db';
import { COLLECTIONS } from '../local/local-store';
import { createRecord, getRecord } from '../local/records';
import type { InputOf } from '../local/record-types';

/** Organization-level records stay behind: the person chose (or created) the organization to use. */
const STAYS_LOCAL = new Set<CollectionName>(['organizations', 'memberships', 'invitations']);
/** Fields that name the author: the device's stand-in id becomes the account's. */
const AUTHOR_FIELDS = ['assessor', 'decided_by', 'invited_by'];

/** Seats before the seats that report to them, so every push finds its parent on the server. */
function parentsFirst(rows: StoredRecord[]): StoredRecord[] {
	const ordered: StoredRecord[] = [];
	const placed = new Set<string>();
	let remaining = rows;
	while (remaining.length) {
		const ready = remaining.filter(
			(row) =>
				!row.data.parent ||
				placed.has(String(row.data.parent)) ||
				!remaining.some((r) => r.id === row.data.parent)
		);
		const next = ready.length ? ready : remaining;
		for (const row of next) placed.add(row.id);
		ordered.push(...next);
		remaining = remaining.filter((row) => !placed.has(row.id));
	}
	return ordered;
}

/**
 * Moves the work done without an account into `organizationId` of the signed-in person: every
 * record is re-created (same id, validated, queued for push) in their store, pointing at that
 * organization and signed by them; the device's local store is then emptied. Resolves to the count.
 * A record already moved (a retry after a move that failed half-way) is not created twice.
 */
export async function uploadLocalWork(organizationId: string): Promise<number> {
	const user = readIdentity().user;
	if (!user) return 0;
	const local = await openLocalDb(localDbName(null));
	let moved = 0;
	try {
		for (const collection of COLLECTIONS) {
			if (STAYS_LOCAL.has(collection)) continue;
			const rows = (await local.getAllFromIndex('records', 'by-collection', collection)).filter(
				(row) => !row.deleted
			);
			for (const row of collection === 'seats' ? parentsFirst(rows) : rows) {
				if (await getRecord(collection, row.id)) continue;
				const input: Record<string, unknown> = { ...row.data, organization: organizationId };
				for (const field of AUTHOR_FIELDS) if (field in input) input[field] = user.id;
				await createRecord(collection, input as InputOf<typeof collection>, row.id);
				moved += 1;
			}
		}
	} finally {
		local.close();
	}
	await deleteDB(localDbName(null));
	return moved;
}
