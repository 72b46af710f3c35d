// The contract test for sales mode (docs/data-model.md, docs/sales-mode.md), as
// tests/integration/contract.test.ts does it for the other collections: every payload goes to the
// app's zod input schema and, through the raw JS SDK, to a real PocketBase as a writer; both accept
// or both refuse naming the same fields. Covered: the workspace fields of organizations, the round
// fields of providers, `msp_notes` and `msp_fits`. Not compared (they need other records, which zod
// cannot see; sales-workspaces.test.ts proves them): an MSP that is no MSP, a listed assessor who is
// no member, a note's workspace or assessment of someone else, a second fit for one workspace.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mspCollectionSchemas } from '../../src/lib/domain/msp-private.schema';
import { organizationInputSchema } from '../../src/lib/domain/organization.schema';
import { providerInputSchema } from '../../src/lib/domain/provider.schema';
import type { z } from 'zod';
import { assessmentBody, newId, seatBody, startServer, type Server } from './world';

type Payload = Record<string, unknown>;
interface Case {
	name: string;
	change: (payload: Payload) => void;
	ok: boolean;
}
type Subject = 'organizations' | 'providers' | 'msp_notes' | 'msp_fits';

let server: Server;
let rep: { id: string; client: PocketBase };
let prospect: { id: string };
let msp: string;
let workspace: string;
let assessment: string;

beforeAll(async () => {
	server = await startServer();
	const owner = await server.user('msp-owner');
	rep = await server.user('rep');
	prospect = await server.user('prospect');
	msp = (await owner.client.collection('organizations').create({ name: 'Contract MSP', kind: 'msp' })).id;
	await owner.client.collection('memberships').create({ organization: msp, user: rep.id, role: 'editor' });
	workspace = (
		await rep.client.collection('organizations').create({ name: 'Prospect', kind: 'business', msp })
	).id;
	await server.admin
		.collection('memberships')
		.create({ organization: workspace, user: prospect.id, role: 'editor' });
	const seat = (await server.admin.collection('seats').create(seatBody(workspace))).id;
	const provider = (
		await server.admin
			.collection('providers')
			.create({ organization: workspace, name: 'Incumbent', status: 'current' })
	).id;
	assessment = (
		await server.admin
			.collection('assessments')
			.create(assessmentBody(workspace, { seat, provider, assessor: rep.id }))
	).id;
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

const valid: Record<Subject, () => Payload> = {
	organizations: () => ({
		id: newId(),
		name: 'Northwind',
		kind: 'business',
		msp,
		stage: 'first_meeting',
		last_session: '2026-11-20 10:00:00.000Z',
		contacts: [{ name: 'Dana Reyes', role: 'COO', email: 'dana@northwind.example', phone: '+1 555 0100' }]
	}),
	providers: () => ({
		id: newId(),
		organization: workspace,
		name: 'Convergent IT',
		status: 'prospective',
		msp_self: true,
		blind: true,
		blind_assessors: [prospect.id, rep.id],
		revealed: false
	}),
	msp_notes: () => ({
		id: newId(),
		organization: msp,
		workspace,
		assessment,
		question: 'q01',
		text: 'Owner hesitated: budget.',
		author: rep.id
	}),
	msp_fits: () => ({
		id: newId(),
		organization: msp,
		// one fit per workspace: the valid payload names none so every case can be written
		workspace: '',
		criteria: {
			model: { score: 4, note: 'Wants a roadmap.' },
			values: { score: 3, note: '' },
			accountability: null
		},
		summary: 'A client we want.',
		shared: false,
		rated_by: rep.id
	})
};

const schemas: Record<Subject, z.ZodType> = {
	organizations: organizationInputSchema,
	providers: providerInputSchema,
	...mspCollectionSchemas
};

async function outcome(collection: Subject, payload: Payload) {
	const parsed = schemas[collection].safeParse(payload);
	const zod = {
		ok: parsed.success,
		fields: parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].sort()
	};
	try {
		await rep.client.collection(collection).create(payload);
		return { zod, server: { ok: true, fields: [] as string[] } };
	} catch (error) {
		if (!(error instanceof ClientResponseError) || error.status !== 400) throw error;
		return { zod, server: { ok: false, fields: Object.keys(error.response.data ?? {}).sort() } };
	}
}

function setPath(payload: Payload, path: string, value: unknown) {
	const keys = path.split('.');
	let target = payload as Record<string, unknown>;
	for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
	target[keys[keys.length - 1]!] = value;
}
const set = (path: string, value: unknown) => (payload: Payload) => setPath(payload, path, value);
const drop = (field: string) => (payload: Payload) => {
	delete payload[field];
};

function textCases(path: string, max: number, required: boolean): Case[] {
	return [
		{ name: `${path}: ${max} chars`, change: set(path, 'x'.repeat(max)), ok: true },
		{ name: `${path}: ${max + 1} chars`, change: set(path, 'x'.repeat(max + 1)), ok: false },
		{ name: `${path}: ${max + 1} emoji`, change: set(path, '😀'.repeat(max + 1)), ok: false },
		{ name: `${path}: empty`, change: set(path, ''), ok: !required },
		{ name: `${path}: only spaces`, change: set(path, '   '), ok: !required },
		{ name: `${path}: markup`, change: set(path, 'Bold <b>x</b>'), ok: false },
		{ name: `${path}: a < b`, change: set(path, 'a < b'), ok: true },
		{ name: `${path}: a number`, change: set(path, 42), ok: false }
	];
}

function idCases(path: string, required: boolean): Case[] {
	return [
		{ name: `${path}: empty`, change: set(path, ''), ok: !required },
		{ name: `${path}: uppercase id`, change: set(path, 'ABCDEFGHIJKLMNO'), ok: false },
		{ name: `${path}: a number`, change: set(path, 123456789012345), ok: false },
		{ name: `${path}: null`, change: set(path, null), ok: false }
	];
}

function boolCases(path: string): Case[] {
	return [
		{ name: `${path}: false`, change: set(path, false), ok: true },
		{ name: `${path}: "true"`, change: set(path, 'true'), ok: false },
		{ name: `${path}: 1`, change: set(path, 1), ok: false }
	];
}

const score = (path: string): Case[] => [
	{ name: `${path}: 0`, change: set(path, 0), ok: true },
	{ name: `${path}: null`, change: set(path, null), ok: true },
	{ name: `${path}: 5`, change: set(path, 5), ok: false },
	{ name: `${path}: 2.5`, change: set(path, 2.5), ok: false },
	{ name: `${path}: "3"`, change: set(path, '3'), ok: false }
];

const tables: Record<Subject, Case[]> = {
	organizations: [
		...idCases('msp', false),
		{ name: 'msp: missing (a plain business)', change: drop('msp'), ok: true },
		{ name: 'stage: empty (server starts it)', change: set('stage', ''), ok: true },
		{ name: 'stage: missing', change: drop('stage'), ok: true },
		{ name: 'stage: won', change: set('stage', 'won'), ok: true },
		{ name: 'stage: unknown', change: set('stage', 'negotiation'), ok: false },
		{ name: 'stage: wrong case', change: set('stage', 'WON'), ok: false },
		{ name: 'stage: a list', change: set('stage', ['won']), ok: false },
		{ name: 'last_session: empty', change: set('last_session', ''), ok: true },
		{ name: 'last_session: a date only', change: set('last_session', '2026-11-20'), ok: false },
		{ name: 'last_session: 31 February', change: set('last_session', '2026-02-31 10:00:00.000Z'), ok: false },
		{ name: 'contacts: none', change: set('contacts', []), ok: true },
		{ name: 'contacts: null', change: set('contacts', null), ok: true },
		{ name: 'contacts: name only', change: set('contacts', [{ name: 'Dana' }]), ok: true },
		{
			name: 'contacts: 10',
			change: set(
				'contacts',
				Array.from({ length: 10 }, () => ({ name: 'D' }))
			),
			ok: true
		},
		{
			name: 'contacts: 11',
			change: set(
				'contacts',
				Array.from({ length: 11 }, () => ({ name: 'D' }))
			),
			ok: false
		},
		{ name: 'contacts: name missing', change: set('contacts', [{ role: 'COO' }]), ok: false },
		{ name: 'contacts: unknown key', change: set('contacts.0.linkedin', 'x'), ok: false },
		{ name: 'contacts: bad email', change: set('contacts.0.email', 'dana@'), ok: false },
		{ name: 'contacts: email empty', change: set('contacts.0.email', ''), ok: true },
		{ name: 'contacts: a string', change: set('contacts', 'Dana'), ok: false },
		...textCases('contacts.0.name', 120, true),
		...textCases('contacts.0.role', 120, false),
		...textCases('contacts.0.phone', 40, false)
	],
	providers: [
		...boolCases('msp_self'),
		...boolCases('blind'),
		...boolCases('revealed'),
		{ name: 'blind_assessors: none', change: set('blind_assessors', []), ok: true },
		{ name: 'blind_assessors: malformed id', change: set('blind_assessors', ['Not An Id']), ok: false },
		{
			name: 'blind_assessors: 21',
			change: set('blind_assessors', Array.from({ length: 21 }, newId)),
			ok: false
		}
	],
	msp_notes: [
		...textCases('text', 2000, true),
		{ name: 'text: missing', change: drop('text'), ok: false },
		{ name: 'question: empty', change: set('question', ''), ok: true },
		{ name: 'question: missing', change: drop('question'), ok: true },
		{ name: 'question: not an id', change: set('question', 'Q 1'), ok: false },
		{ name: 'question: 41 chars', change: set('question', 'q'.repeat(41)), ok: false },
		...idCases('workspace', false).filter((c) => c.name !== 'workspace: empty'),
		// the assessment must be one of the workspace's (a check on other records): both go together
		{
			name: 'workspace and assessment: empty',
			change: (p) => Object.assign(p, { workspace: '', assessment: '' }),
			ok: true
		},
		...idCases('assessment', false),
		{ name: 'organization: malformed', change: set('organization', 'msp'), ok: false },
		{ name: 'organization: missing', change: drop('organization'), ok: false },
		{ name: 'author: malformed', change: set('author', 'me'), ok: false }
	],
	msp_fits: [
		{ name: 'criteria: null', change: set('criteria', null), ok: true },
		{ name: 'criteria: none rated', change: set('criteria', {}), ok: true },
		...score('criteria.model.score'),
		{
			name: 'criteria: unknown criterion',
			change: set('criteria.budget', { score: 1, note: '' }),
			ok: false
		},
		{ name: 'criteria: unknown key', change: set('criteria.model.weight', 2), ok: false },
		{ name: 'criteria: a list', change: set('criteria', [4, 3, 2]), ok: false },
		{ name: 'criteria: a number item', change: set('criteria.values', 3), ok: false },
		...textCases('criteria.values.note', 2000, false),
		...textCases('summary', 2000, false),
		...boolCases('shared'),
		{ name: 'shared: true', change: set('shared', true), ok: true },
		...idCases('workspace', false).filter((c) => c.name !== 'workspace: empty'),
		{ name: 'organization: missing', change: drop('organization'), ok: false }
	]
};

describe.each(Object.keys(tables) as Subject[])('%s: zod and PocketBase agree (sales mode)', (collection) => {
	it('the valid payload is accepted by both', async () => {
		const result = await outcome(collection, valid[collection]());
		expect(result.server).toEqual(result.zod);
		expect(result.zod.ok).toBe(true);
	});

	it.for(tables[collection])('$name', async (row) => {
		const payload = valid[collection]();
		row.change(payload);
		const result = await outcome(collection, payload);
		expect(result.server, JSON.stringify(payload).slice(0, 300)).toEqual(result.zod);
		expect(result.zod.ok).toBe(row.ok);
	});
});
