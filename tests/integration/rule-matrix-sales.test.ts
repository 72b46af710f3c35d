// The sales-mode rule matrix (docs/sales-mode.md): every collection that gains fields or rules ×
// list/view/create/update/delete × every kind of caller × the three phases of a prospect workspace
// (run by the MSP; handed off keeping the MSP as viewer; handed off without the MSP). The callers:
//   anonymous · outsider · mspViewer (viewer of the MSP) · rep (editor of the MSP) ·
//   prospectOwner · prospectEditor (the prospect's people, members of the workspace only).
// After hand-off, mspViewer and rep are the "former MSP". Each denied write must leave no trace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildSalesWorld,
	openWorkspace,
	PHASES,
	SALES_ACTORS,
	type Phase,
	type SalesActor,
	type SalesWorld
} from './sales-world';
import { assessmentBody, decisionBody, failure, newId, providerBody, seatBody, startServer } from './world';

const OPS = ['list', 'view', 'create', 'update', 'delete'] as const;
type Op = (typeof OPS)[number];
type Allowed = Record<Op, SalesActor[]>;

const PROSPECT: SalesActor[] = ['prospectOwner', 'prospectEditor'];
const MSP_MEMBERS: SalesActor[] = ['mspViewer', 'rep'];

/** Who the workspace's role arrays hold in each phase. */
function roles(phase: Phase) {
	const members: SalesActor[] =
		phase === 'none' ? PROSPECT : ['mspViewer', 'rep', 'prospectOwner', 'prospectEditor'];
	const writers: SalesActor[] = phase === 'live' ? ['rep', ...PROSPECT] : PROSPECT;
	const owners: SalesActor[] = phase === 'live' ? ['rep', 'prospectOwner'] : ['prospectOwner'];
	return { members, writers, owners };
}

function scoped(phase: Phase): Allowed {
	const { members, writers } = roles(phase);
	return { list: members, view: members, create: writers, update: writers, delete: writers };
}

/** The MSP's own records: its members read, its writers write, whatever the workspace's phase. */
const MSP_PRIVATE: Allowed = {
	list: MSP_MEMBERS,
	view: MSP_MEMBERS,
	create: ['rep'],
	update: ['rep'],
	delete: ['rep']
};

interface Spec {
	label: string;
	collection: string;
	allowed(phase: Phase): Allowed;
	/** A fresh record in the phase's workspace (or about it), created by the superuser. */
	fixture(phase: Phase): Promise<string>;
	/** A valid body for `actor` to create. */
	createBody(phase: Phase, actor: SalesActor): Promise<Record<string, unknown>>;
	update: Record<string, unknown>;
}

let w: SalesWorld;
let cells = 0;

const admin = () => w.server.admin;
const ws = (phase: Phase) => w.workspaces[phase];
async function adminCreate(collection: string, body: Record<string, unknown>) {
	return (await admin().collection(collection).create(body)).id;
}

function note(phase: Phase) {
	return {
		organization: w.msp,
		workspace: ws(phase).id,
		assessment: ws(phase).assessment,
		question: 'q01',
		text: 'Owner hesitates on budget: lead with the roadmap.'
	};
}

function fit(workspace: string, shared: boolean) {
	return {
		organization: w.msp,
		workspace,
		criteria: { model: { score: 4, note: 'Wants a strategic partner.' }, values: { score: 3, note: '' } },
		summary: 'Good client for us.',
		shared
	};
}

const SPECS: Spec[] = [
	{
		label: 'organizations (the workspace)',
		collection: 'organizations',
		allowed: (phase) => {
			const { members, owners } = roles(phase);
			return { list: members, view: members, create: ['rep'], update: owners, delete: owners };
		},
		fixture: (phase) => openWorkspace(w, phase),
		createBody: async () => ({ name: 'New prospect', kind: 'business', msp: w.msp }),
		update: { stage: 'proposal', last_session: '2026-11-20 10:00:00.000Z' }
	},
	{
		label: 'memberships',
		collection: 'memberships',
		allowed: (phase) => {
			const { members, owners } = roles(phase);
			return { list: members, view: members, create: owners, update: owners, delete: owners };
		},
		fixture: async (phase) => {
			const extra = await w.server.user('member');
			return adminCreate('memberships', { organization: ws(phase).id, user: extra.id, role: 'viewer' });
		},
		createBody: async (phase) => {
			const extra = await w.server.user('joiner');
			return { organization: ws(phase).id, user: extra.id, role: 'viewer' };
		},
		update: { role: 'editor' }
	},
	{
		label: 'invitations',
		collection: 'invitations',
		allowed: (phase) => {
			const { owners } = roles(phase);
			return { list: owners, view: owners, create: owners, update: owners, delete: owners };
		},
		fixture: (phase) =>
			adminCreate('invitations', {
				organization: ws(phase).id,
				email: `guest-${newId()}@rightseat.test`,
				role: 'viewer'
			}),
		createBody: async (phase) => ({
			organization: ws(phase).id,
			email: `new-${newId()}@rightseat.test`,
			role: 'owner'
		}),
		update: { role: 'editor' }
	},
	{
		label: 'seats',
		collection: 'seats',
		allowed: scoped,
		fixture: (phase) => adminCreate('seats', seatBody(ws(phase).id)),
		createBody: async (phase) => seatBody(ws(phase).id),
		update: { purpose: 'Updated purpose.' }
	},
	{
		label: 'providers',
		collection: 'providers',
		allowed: scoped,
		fixture: (phase) => adminCreate('providers', providerBody(ws(phase).id)),
		createBody: async (phase) => providerBody(ws(phase).id, { msp_self: true }),
		update: { notes: 'Updated notes.' }
	},
	{
		label: 'assessments (open)',
		collection: 'assessments',
		allowed: scoped,
		fixture: (phase) =>
			adminCreate(
				'assessments',
				assessmentBody(ws(phase).id, {
					seat: ws(phase).seat,
					provider: ws(phase).provider,
					assessor: w.ids.prospectEditor
				})
			),
		createBody: async (phase) =>
			assessmentBody(ws(phase).id, { seat: ws(phase).seat, provider: ws(phase).provider }),
		update: { summary: 'Revised summary.' }
	},
	{
		label: 'assessments (blind, before reveal: the assessor only)',
		collection: 'assessments',
		allowed: (phase) => {
			const only: SalesActor[] = ['prospectEditor'];
			return { list: only, view: only, create: roles(phase).writers, update: only, delete: only };
		},
		fixture: (phase) =>
			adminCreate(
				'assessments',
				assessmentBody(ws(phase).id, {
					seat: ws(phase).seat,
					provider: ws(phase).blindProvider,
					assessor: w.ids.prospectEditor
				})
			),
		createBody: async (phase) =>
			assessmentBody(ws(phase).id, { seat: ws(phase).seat, provider: ws(phase).blindProvider }),
		update: { summary: 'Revised summary.' }
	},
	{
		label: 'assessments (blind, revealed)',
		collection: 'assessments',
		allowed: scoped,
		fixture: (phase) =>
			adminCreate(
				'assessments',
				assessmentBody(ws(phase).id, {
					seat: ws(phase).seat,
					provider: ws(phase).revealedProvider,
					assessor: w.ids.prospectEditor
				})
			),
		createBody: async (phase) =>
			assessmentBody(ws(phase).id, { seat: ws(phase).seat, provider: ws(phase).revealedProvider }),
		update: { summary: 'Revised summary.' }
	},
	{
		label: 'decisions',
		collection: 'decisions',
		allowed: scoped,
		fixture: (phase) =>
			adminCreate(
				'decisions',
				decisionBody(ws(phase).id, {
					seat: ws(phase).seat,
					provider: ws(phase).provider,
					decided_by: w.ids.prospectOwner
				})
			),
		createBody: async (phase) =>
			decisionBody(ws(phase).id, { seat: ws(phase).seat, provider: ws(phase).provider }),
		update: { reason: 'Revised reason.' }
	},
	{
		label: 'msp_notes (private to the MSP)',
		collection: 'msp_notes',
		allowed: () => MSP_PRIVATE,
		fixture: (phase) => adminCreate('msp_notes', { ...note(phase), author: w.ids.rep }),
		createBody: async (phase) => note(phase),
		update: { text: 'Revised note.' }
	},
	{
		label: 'msp_fits (not shared: private to the MSP)',
		collection: 'msp_fits',
		allowed: () => MSP_PRIVATE,
		fixture: async (phase) =>
			adminCreate('msp_fits', { ...fit(await openWorkspace(w, phase), false), rated_by: w.ids.rep }),
		createBody: async (phase) => fit(await openWorkspace(w, phase), false),
		update: { summary: 'Revised.' }
	},
	{
		label: 'msp_fits (shared with the workspace)',
		collection: 'msp_fits',
		allowed: (phase) => {
			const readers = [...new Set([...MSP_MEMBERS, ...roles(phase).members])];
			return { ...MSP_PRIVATE, list: readers, view: readers };
		},
		fixture: async (phase) =>
			adminCreate('msp_fits', { ...fit(await openWorkspace(w, phase), true), rated_by: w.ids.rep }),
		createBody: async (phase) => fit(await openWorkspace(w, phase), true),
		update: { summary: 'Revised.' }
	}
];

/** Read fixtures are made once per spec and phase; update and delete get their own. */
const readFixtures = new Map<string, Promise<string>>();
function readFixture(spec: Spec, phase: Phase) {
	const key = `${spec.label}/${phase}`;
	if (!readFixtures.has(key)) readFixtures.set(key, spec.fixture(phase));
	return readFixtures.get(key)!;
}

async function runCell(spec: Spec, phase: Phase, actor: SalesActor, op: Op) {
	const allowed = spec.allowed(phase)[op].includes(actor);
	const api = w.clients[actor].collection(spec.collection);
	const adminApi = admin().collection(spec.collection);
	if (op === 'list') {
		const id = await readFixture(spec, phase);
		const page = await api.getList(1, 200, { filter: `id = "${id}"` });
		if (allowed) expect(page.items.map((r) => r.id)).toEqual([id]);
		else expect([page.items.length, page.totalItems]).toEqual([0, 0]);
		return;
	}
	if (op === 'view') {
		const id = await readFixture(spec, phase);
		if (allowed) expect((await api.getOne(id)).id).toBe(id);
		else expect((await failure(api.getOne(id))).status).toBe(404);
		return;
	}
	if (op === 'create') {
		const id = newId();
		const body = { id, ...(await spec.createBody(phase, actor)) };
		if (allowed) expect((await api.create(body)).id).toBe(id);
		else {
			expect([400, 403]).toContain((await failure(api.create(body))).status);
			expect((await failure(adminApi.getOne(id))).status).toBe(404);
		}
		return;
	}
	const id = op === 'update' ? await readFixture(spec, phase) : await spec.fixture(phase);
	const before = await adminApi.getOne(id);
	if (op === 'update') {
		if (allowed) expect((await api.update(id, spec.update)).id).toBe(id);
		else {
			expect((await failure(api.update(id, spec.update))).status).toBe(404);
			expect((await adminApi.getOne(id)).updated).toBe(before.updated);
		}
		return;
	}
	if (allowed) expect(await api.delete(id)).toBe(true);
	else {
		expect((await failure(api.delete(id))).status).toBe(404);
		expect((await adminApi.getOne(id)).id).toBe(id);
	}
}

beforeAll(async () => {
	w = await buildSalesWorld(await startServer());
}, 120_000);

afterAll(async () => {
	console.log(
		`sales rule matrix: ${cells} cells (${SPECS.length} rows × ${OPS.length} operations × ${SALES_ACTORS.length} callers × ${PHASES.length} phases)`
	);
	await w?.server.stop();
});

for (const phase of PHASES) {
	describe(`workspace ${phase === 'live' ? 'run by the MSP' : `handed off, MSP keeps ${phase}`}`, () => {
		for (const spec of SPECS) {
			describe(spec.label, () => {
				for (const op of OPS) {
					for (const actor of SALES_ACTORS) {
						const verdict = spec.allowed(phase)[op].includes(actor) ? 'allowed' : 'denied';
						it(`${op} by ${actor}: ${verdict}`, async () => {
							await runCell(spec, phase, actor, op);
							cells += 1;
						});
					}
				}
			});
		}
	});
}

