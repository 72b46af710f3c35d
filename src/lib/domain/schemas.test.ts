import { describe, expect, it } from 'vitest';
import { builtinChecklist } from './checklist';
import { collectionSchemas, recordSchemas, type CollectionName } from './schemas';

const org = 'org000000000001';
const user = 'usr000000000001';

/** One valid write payload per collection. */
const valid: Record<CollectionName, Record<string, unknown>> = {
	organizations: { id: org, name: 'Acme', kind: 'business' },
	memberships: { id: 'mem000000000001', organization: org, user, role: 'owner' },
	invitations: {
		id: 'inv000000000001',
		organization: org,
		email: 'a@example.com',
		role: 'viewer',
		invited_by: user
	},
	seats: {
		id: 'seat00000000001',
		organization: org,
		name: 'IT',
		kind: 'team',
		responsibilities: ['Backups']
	},
	providers: { id: 'prv000000000001', organization: org, name: 'MSP', status: 'current' },
	checklists: { ...builtinChecklist, id: 'chk000000000001', organization: org, version: 2, locked: false },
	assessments: {
		id: 'ass000000000001',
		organization: org,
		seat: 'seat00000000001',
		provider: 'prv000000000001',
		checklist: builtinChecklist.id,
		assessor: user,
		status: 'draft'
	},
	decisions: {
		id: 'dec000000000001',
		organization: org,
		seat: 'seat00000000001',
		provider: 'prv000000000001',
		decided_by: user,
		reason: 'Keep them.',
		decided_at: '2026-03-01 10:00:00.000Z'
	},
	msp_notes: {
		id: 'not000000000001',
		organization: org,
		workspace: 'wsp000000000001',
		assessment: 'ass000000000001',
		question: 'q1',
		text: 'Asked twice about backups.',
		author: user
	},
	msp_fits: {
		id: 'fit000000000001',
		organization: org,
		workspace: 'wsp000000000001',
		criteria: { model: { score: 3, note: '' } },
		rated_by: user
	}
};

const names = Object.keys(valid) as CollectionName[];

describe('collectionSchemas', () => {
	it('covers the ten collections', () => {
		expect(Object.keys(collectionSchemas).sort()).toEqual([...names].sort());
	});

	it.each(names)('%s accepts a minimal valid payload', (name) => {
		expect(collectionSchemas[name].safeParse(valid[name]).success).toBe(true);
	});

	it.each(names)('%s refuses a payload with a bad id', (name) => {
		expect(collectionSchemas[name].safeParse({ ...valid[name], id: 'BAD' }).success).toBe(false);
	});

	it.each(names)('%s records need created and updated', (name) => {
		expect(recordSchemas[name].safeParse(valid[name]).success).toBe(false);
		const record = { ...valid[name], expires: '2026-03-15 10:00:00.000Z', created: 'c', updated: 'u' };
		expect(recordSchemas[name].safeParse(record).success).toBe(true);
	});
});
