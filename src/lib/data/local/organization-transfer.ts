import { buildOrganizationExport, type OrganizationExport } from '$lib/domain/organization-export';
import { planImport } from '$lib/domain/organization-import';
import type { CollectionName } from '$lib/domain/schemas';
import { announce } from './changes';
import { ValidationFailure } from '../errors';
import { recordKey, type OutboxOperation, type StoredRecord } from './local-db';
import { localDb } from './local-store';
import { pocketbaseNow } from './record-types';
import { getRecord, listRecords, readRecord, validateInput } from './records';

/**
 * The export document of organization `organizationId` from this device's store (works offline).
 * `personName` names assessors and deciders (from the member list when online; '' otherwise).
 */
export async function exportOrganizationDocument(
	organizationId: string,
	personName: (id: string) => string = () => ''
): Promise<OrganizationExport> {
	const organization = await getRecord('organizations', organizationId);
	if (!organization) throw new ValidationFailure({}, 'This organization is not on this device.');
	const where = { organization: organizationId };
	const [seats, providers, checklists, assessments, decisions] = await Promise.all([
		listRecords('seats', where),
		listRecords('providers', where),
		listRecords('checklists', where),
		listRecords('assessments', where),
		listRecords('decisions', where)
	]);
	return buildOrganizationExport({
		organization,
		seats,
		providers,
		checklists,
		assessments,
		decisions,
		personName,
		exportedAt: pocketbaseNow()
	});
}

function createOperation(
	collection: CollectionName,
	recordId: string,
	fields: string[],
	now: string
): OutboxOperation {
	return {
		collection,
		recordId,
		kind: 'create',
		fields,
		status: 'pending',
		error: '',
		attempts: 0,
		queuedAt: now
	};
}

/**
 * Imports a document already read by `readOrganizationExport` into a NEW organization on this
 * device, signed by `actor`, and queues it for the server. Every record is validated first, then
 * all records and their outbox operations are written in ONE IndexedDB transaction: the import
 * lands whole or not at all, and nothing already stored is touched (an id in use aborts it).
 */
export async function importOrganizationDocument(
	document: OrganizationExport,
	actor: string,
	options: { name?: string; newId?: () => string } = {}
): Promise<{ organizationId: string; records: number }> {
	const plan = planImport(document, { actor, ...options });
	const now = pocketbaseNow();
	const rows = plan.writes.map(({ collection, input }) => {
		const fields = validateInput(collection, input);
		// the creator is an owner until the server's own membership arrives (as records.ts does)
		const roles =
			collection === 'organizations' ? { members: [actor], writers: [actor], owners: [actor] } : {};
		const data = readRecord(collection, { ...fields, ...roles, created: now, updated: now });
		if (!data) throw new ValidationFailure({}, `The imported ${collection} could not be stored.`);
		const id = fields.id as string;
		const row: StoredRecord = {
			key: recordKey(collection, id),
			collection,
			id,
			data,
			base: null,
			deleted: false,
			conflicts: []
		};
		return { row, op: createOperation(collection, id, Object.keys(fields), now) };
	});
	const db = await localDb();
	const tx = db.transaction(['records', 'outbox'], 'readwrite');
	const records = tx.objectStore('records');
	const outbox = tx.objectStore('outbox');
	try {
		for (const { row, op } of rows) {
			if (await records.get(row.key))
				throw new ValidationFailure({ id: 'This id is already in use.' }, 'This id is already in use.');
			await records.put(row);
			await outbox.add(op);
		}
		await tx.done;
	} catch (error) {
		tx.done.catch(() => {});
		try {
			tx.abort();
		} catch {
			// already finished or aborted
		}
		throw error;
	}
	for (const collection of new Set(rows.map(({ row }) => row.collection))) announce({ collection, id: '*' });
	return { organizationId: plan.organizationId, records: rows.length };
}
