import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_CHECKLIST_ID, builtinChecklist } from '$lib/domain/checklist';
import { canonicalExport, readOrganizationExport } from '$lib/domain/organization-import';
import { newRecordId } from '$lib/domain/schemas';
import { localDb } from './local-store';
import { readOutboxStatus } from './outbox';
import { repository } from './repository';
import { exportOrganizationDocument, importOrganizationDocument } from './organization-transfer';

const me = newRecordId();

afterEach(async () => {
	const db = await localDb();
	await Promise.all([db.clear('records'), db.clear('outbox'), db.clear('meta')]);
});

async function organizationWithContent(): Promise<string> {
	const org = await repository.create('organizations', { name: 'Northwind', kind: 'business' });
	const parent = await repository.create('seats', {
		organization: org.id,
		name: 'Leadership',
		kind: 'team',
		responsibilities: ['Vision']
	});
	const seat = await repository.create('seats', {
		organization: org.id,
		name: 'Managed IT',
		kind: 'service_provider',
		parent: parent.id,
		responsibilities: ['Backups', 'Help desk'],
		review_interval_months: 6
	});
	const provider = await repository.create('providers', {
		organization: org.id,
		name: 'Acme IT',
		status: 'current'
	});
	await repository.create('assessments', {
		organization: org.id,
		seat: seat.id,
		provider: provider.id,
		checklist: BUILTIN_CHECKLIST_ID,
		assessor: me,
		status: 'submitted',
		gwc: {
			get: { answer: 'yes', note: '' },
			want: { answer: 'yes', note: '' },
			capacity: { answer: 'no', note: 'Busy.' }
		},
		answers: Object.fromEntries(
			builtinChecklist.questions.map((q) => [q.id, { score: 3, note: `On ${q.id}` }])
		),
		assessed_at: '2026-01-10 09:00:00.000Z'
	});
	await repository.create('decisions', {
		organization: org.id,
		seat: seat.id,
		provider: provider.id,
		decided_by: me,
		reason: 'Keep Acme for now.',
		decided_at: '2026-01-11 09:00:00.000Z'
	});
	return org.id;
}

describe('organization export and import on this device', () => {
	it('imports into a new organization, queues every record, and exports the same document back', async () => {
		const source = await organizationWithContent();
		const pendingBefore = (await readOutboxStatus()).pending;
		const exported = await exportOrganizationDocument(source, () => 'Me');
		const read = readOrganizationExport(JSON.parse(JSON.stringify(exported)));
		if (!read.ok) throw new Error(read.problems.join('\n'));
		const result = await importOrganizationDocument(read.document, me);
		expect(result.organizationId).not.toBe(source);
		expect(result.records).toBe(6);
		expect((await readOutboxStatus()).pending).toBe(pendingBefore + 6);
		const imported = await repository.get('organizations', result.organizationId);
		expect(imported?.owners).toEqual([me]);
		const again = await exportOrganizationDocument(result.organizationId, () => 'Me');
		expect(canonicalExport(again)).toEqual(canonicalExport(exported));
		// the source is untouched
		expect((await repository.list('seats', { organization: source })).length).toBe(2);
	});

	it('writes nothing when one record cannot be stored (all or nothing)', async () => {
		const source = await organizationWithContent();
		const exported = await exportOrganizationDocument(source);
		const taken = (await repository.list('providers', { organization: source }))[0]!.id;
		let calls = 0;
		// the fourth new id (the provider's, after the organization and two seats) is already in use here
		const newId = () => (++calls === 4 ? taken : newRecordId());
		const pendingBefore = (await readOutboxStatus()).pending;
		const countBefore = (await repository.list('organizations')).length;
		await expect(importOrganizationDocument(exported, me, { newId })).rejects.toThrow(/already in use/);
		expect((await readOutboxStatus()).pending).toBe(pendingBefore);
		expect((await repository.list('organizations')).length).toBe(countBefore);
		expect((await repository.get('providers', taken))?.organization).toBe(source);
		expect((await repository.list('seats')).length).toBe(2);
	});
});
