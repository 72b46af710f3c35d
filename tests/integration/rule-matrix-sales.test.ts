// The sales-mode rule matrix (docs/sales-mode.md): every collection that gains fields or rules ×
// list/view/create/update/delete × every kind of caller × the three phases of a prospect workspace
// (run by the MSP; handed off keeping the MSP as viewer; handed off without the MSP). The callers:
//   anonymous · outsider · mspViewer (viewer of the MSP) · rep (editor of the MSP) ·
//   prospectOwner · prospectEditor (the prospect's people, members of the workspace only).
// After hand-off, mspViewer and rep are the "former MSP". Each denied write must leave no trace.
import { EventSource } from 'eventsource';
import type { RecordModel } from 'pocketbase';
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
import type PocketBase from 'pocketbase';

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

// ---------------------------------------------------------------------------------------------
// Every cell ran (issue 12 item 18 asked it of the main matrix): 12 rows × 5 operations × 6 callers ×
// 3 phases. A row dropped from SPECS, or a caller or phase lost, fails here.
it('the matrix ran every cell', () => {
	expect(SPECS.length * OPS.length * SALES_ACTORS.length * PHASES.length).toBe(1080);
	expect(cells).toBe(1080);
});

// The other ways in: expand, filter, realtime and batch. Each denial has a control showing the same
// request returning the secret to someone allowed to see it, so the denial is not an empty query.

const SECRET = 'quietbudgetworry';
const BLIND_WORD = 'blindanswerword';

interface Secrets {
	note: string;
	/** A note on the blind assessment (the rep must not reach the assessment through it). */
	blindNote: string;
	fit: string;
	blindAssessment: string;
}
let secrets: Secrets;

async function plantSecrets(): Promise<Secrets> {
	const live = ws('live');
	const blindAssessment = await adminCreate(
		'assessments',
		assessmentBody(
			live.id,
			{ seat: live.seat, provider: live.blindProvider, assessor: w.ids.prospectEditor },
			{ summary: `Honestly ${BLIND_WORD}.` }
		)
	);
	const note = await adminCreate('msp_notes', {
		...note_(),
		text: `Owner said ${SECRET}.`,
		author: w.ids.rep
	});
	const blindNote = await adminCreate('msp_notes', {
		...note_(),
		assessment: blindAssessment,
		author: w.ids.rep
	});
	const fitId = await adminCreate('msp_fits', {
		...fit(live.id, false),
		summary: `Fit ${SECRET}.`,
		rated_by: w.ids.rep
	});
	return { note, blindNote, fit: fitId, blindAssessment };
}
const note_ = () => note('live');

describe('expand: private records never come back through a relation', () => {
	beforeAll(async () => {
		secrets ??= await plantSecrets();
	});

	it('the workspace expanded with its MSP notes and fits: nothing for the prospect', async () => {
		const expand = 'msp_notes_via_workspace,msp_fits_via_workspace,msp';
		const prospect = await w.clients.prospectOwner
			.collection('organizations')
			.getOne(ws('live').id, { expand });
		expect(prospect.expand ?? {}).toEqual({});
		const rep = await w.clients.rep.collection('organizations').getOne(ws('live').id, { expand });
		expect(rep.expand?.msp_notes_via_workspace.map((n: RecordModel) => n.id)).toContain(secrets.note);
		expect(rep.expand?.msp_fits_via_workspace.map((n: RecordModel) => n.id)).toEqual([secrets.fit]);
		expect(rep.expand?.msp.id).toBe(w.msp);
	});

	it('an assessment expanded with the notes on it: nothing for the prospect', async () => {
		const expand = 'msp_notes_via_assessment';
		const prospect = await w.clients.prospectOwner
			.collection('assessments')
			.getOne(ws('live').assessment, { expand });
		expect(prospect.expand ?? {}).toEqual({});
		const rep = await w.clients.rep.collection('assessments').getOne(ws('live').assessment, { expand });
		expect(rep.expand?.msp_notes_via_assessment.map((n: RecordModel) => n.id)).toContain(secrets.note);
	});

	it('a blind provider expanded with its assessments: only the assessor sees theirs', async () => {
		const expand = 'assessments_via_provider';
		for (const actor of ['prospectOwner', 'rep', 'mspViewer'] as const) {
			const provider = await w.clients[actor]
				.collection('providers')
				.getOne(ws('live').blindProvider, { expand });
			const ids = (provider.expand?.assessments_via_provider ?? []).map((a: RecordModel) => a.id);
			expect(ids, actor).not.toContain(secrets.blindAssessment);
		}
		const own = await w.clients.prospectEditor
			.collection('providers')
			.getOne(ws('live').blindProvider, { expand });
		expect(own.expand?.assessments_via_provider.map((a: RecordModel) => a.id)).toContain(
			secrets.blindAssessment
		);
	});

	it('a note expanded with its blind assessment: the rep gets the note, not the answers', async () => {
		const rep = await w.clients.rep
			.collection('msp_notes')
			.getOne(secrets.blindNote, { expand: 'assessment' });
		expect(rep.assessment).toBe(secrets.blindAssessment);
		expect(rep.expand ?? {}).toEqual({});
		const open = await w.clients.rep.collection('msp_notes').getOne(secrets.note, { expand: 'assessment' });
		expect(open.expand?.assessment.id).toBe(ws('live').assessment);
	});
});

// `?~` (any related row matches) is the attacker's tool: plain `~` on a back-relation needs every
// row to match, so it would pass for the wrong reason as soon as a second row exists.
describe('filter: no condition on a hidden record matches', () => {
	beforeAll(async () => {
		secrets ??= await plantSecrets();
	});

	async function count(actor: SalesActor, collection: string, filter: string) {
		return (await w.clients[actor].collection(collection).getList(1, 50, { filter })).totalItems;
	}

	it('assessments filtered on the MSP notes about them', async () => {
		const filter = `msp_notes_via_assessment.text ?~ '${SECRET}'`;
		expect(await count('prospectOwner', 'assessments', filter)).toBe(0);
		expect(await count('prospectEditor', 'assessments', filter)).toBe(0);
		expect(await count('rep', 'assessments', filter)).toBe(1);
	});

	it('workspaces filtered on the two-way fit and on the MSP record', async () => {
		const onFit = `msp_fits_via_workspace.summary ?~ '${SECRET}'`;
		expect(await count('prospectOwner', 'organizations', onFit)).toBe(0);
		expect(await count('rep', 'organizations', onFit)).toBe(1);
		const onMsp = `id = '${ws('live').id}' && msp.name ~ 'Convergent'`;
		expect(await count('prospectOwner', 'organizations', onMsp)).toBe(0);
		expect(await count('rep', 'organizations', onMsp)).toBe(1);
	});

	it('providers filtered on blind answers', async () => {
		const filter = `assessments_via_provider.summary ?~ '${BLIND_WORD}'`;
		for (const actor of ['prospectOwner', 'rep', 'mspViewer'] as const) {
			expect(await count(actor, 'providers', filter), actor).toBe(0);
		}
		expect(await count('prospectEditor', 'providers', filter)).toBe(1);
	});

	it('the private collections filtered on their own text', async () => {
		expect(await count('prospectOwner', 'msp_notes', `text ~ '${SECRET}'`)).toBe(0);
		expect(await count('prospectOwner', 'msp_fits', `summary ~ '${SECRET}'`)).toBe(0);
		expect(await count('rep', 'msp_notes', `text ~ '${SECRET}'`)).toBe(1);
	});
});

describe('realtime: no event reaches someone who may not read the record', () => {
	beforeAll(() => {
		(globalThis as { EventSource?: unknown }).EventSource ??= EventSource;
	});

	it('notes, an unshared fit and a blind answer reach only the MSP / the assessor', async () => {
		const seen: Record<string, string[]> = {};
		const stops: Array<() => Promise<void>> = [];
		const listen = async (actor: SalesActor, collection: string) => {
			const key = `${actor}:${collection}`;
			seen[key] = [];
			const stop = await w.clients[actor]
				.collection(collection)
				.subscribe('*', (event) => seen[key]!.push(event.record.id));
			stops.push(stop);
		};
		for (const collection of ['msp_notes', 'msp_fits', 'assessments']) {
			for (const actor of ['prospectOwner', 'prospectEditor', 'rep'] as const)
				await listen(actor, collection);
		}
		const blind = await adminCreate(
			'assessments',
			assessmentBody(ws('live').id, {
				seat: ws('live').seat,
				provider: ws('live').blindProvider,
				assessor: w.ids.prospectEditor
			})
		);
		await w.clients.prospectEditor.collection('assessments').update(blind, { summary: `Mine ${BLIND_WORD}` });
		const noteId = (await w.clients.rep.collection('msp_notes').create(note('live'))).id;
		const fitId = (
			await w.clients.rep.collection('msp_fits').create(fit(await openWorkspace(w, 'live'), false))
		).id;
		const deadline = Date.now() + 5000;
		const arrived = () =>
			seen['rep:msp_notes']!.includes(noteId) &&
			seen['rep:msp_fits']!.includes(fitId) &&
			seen['prospectEditor:assessments']!.includes(blind);
		while (!arrived() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
		await new Promise((r) => setTimeout(r, 300)); // anything else in flight lands too
		await Promise.all(stops.map((stop) => stop()));
		expect(arrived()).toBe(true);
		expect(seen['prospectOwner:msp_notes']).toEqual([]);
		expect(seen['prospectEditor:msp_notes']).toEqual([]);
		expect(seen['prospectOwner:msp_fits']).toEqual([]);
		expect(seen['prospectEditor:msp_fits']).toEqual([]);
		expect(seen['prospectOwner:assessments']).not.toContain(blind);
		expect(seen['rep:assessments']).not.toContain(blind);
	});
});

describe('batch: the same rules, nothing written on refusal', () => {
	beforeAll(async () => {
		secrets ??= await plantSecrets();
	});

	const cases: Array<{
		name: string;
		actor: SalesActor;
		add: (batch: ReturnType<PocketBase['createBatch']>) => void;
	}> = [
		{
			name: 'the prospect creates an MSP note',
			actor: 'prospectOwner',
			add: (b) => b.collection('msp_notes').create({ id: newId(), ...note('live') })
		},
		{
			name: 'the prospect updates an MSP note',
			actor: 'prospectOwner',
			add: (b) => b.collection('msp_notes').update(secrets.note, { text: 'Overwritten.' })
		},
		{
			name: 'the prospect upserts an MSP note by id',
			actor: 'prospectOwner',
			add: (b) =>
				b.collection('msp_notes').upsert({ id: secrets.note, ...note('live'), text: 'Overwritten.' })
		},
		{
			name: 'the prospect deletes the two-way fit',
			actor: 'prospectOwner',
			add: (b) => b.collection('msp_fits').delete(secrets.fit)
		},
		{
			name: 'the prospect owner overwrites a blind answer of another assessor',
			actor: 'prospectOwner',
			add: (b) => b.collection('assessments').update(secrets.blindAssessment, { summary: 'Overwritten.' })
		},
		{
			name: 'the rep deletes a blind answer',
			actor: 'rep',
			add: (b) => b.collection('assessments').delete(secrets.blindAssessment)
		}
	];

	for (const entry of cases) {
		it(`${entry.name}: refused`, async () => {
			const before = {
				note: await admin().collection('msp_notes').getOne(secrets.note),
				fit: await admin().collection('msp_fits').getOne(secrets.fit),
				blind: await admin().collection('assessments').getOne(secrets.blindAssessment)
			};
			const batch = w.clients[entry.actor].createBatch();
			// a harmless first request proves the batch itself runs, and is rolled back with the rest
			const seat = newId();
			batch.collection('seats').create({ id: seat, ...seatBody(ws('live').id) });
			entry.add(batch);
			expect((await failure(batch.send())).status).toBe(400);
			expect((await failure(admin().collection('seats').getOne(seat))).status).toBe(404);
			expect((await admin().collection('msp_notes').getOne(secrets.note)).updated).toBe(before.note.updated);
			expect((await admin().collection('msp_fits').getOne(secrets.fit)).updated).toBe(before.fit.updated);
			const blind = await admin().collection('assessments').getOne(secrets.blindAssessment);
			expect(blind.updated).toBe(before.blind.updated);
			expect(
				(await admin().collection('msp_notes').getFullList({ filter: `text = 'Overwritten.'` })).length
			).toBe(0);
		});
	}

	it('a prospect editor reveals the blind round in a batch: refused', async () => {
		const batch = w.clients.prospectEditor.createBatch();
		batch.collection('providers').update(ws('live').blindProvider, { revealed: true });
		const error = await failure(batch.send());
		expect(error.status).toBe(400);
		expect((await admin().collection('providers').getOne(ws('live').blindProvider)).revealed).toBe(false);
	});

	it('an outsider opens a workspace for the MSP in a batch: refused', async () => {
		const id = newId();
		const batch = w.clients.outsider.createBatch();
		batch.collection('organizations').create({ id, name: 'Planted', kind: 'business', msp: w.msp });
		expect((await failure(batch.send())).status).toBe(400);
		expect((await failure(admin().collection('organizations').getOne(id))).status).toBe(404);
	});

	it('control: the rep writes a note in a batch', async () => {
		const id = newId();
		const batch = w.clients.rep.createBatch();
		batch.collection('msp_notes').create({ id, ...note('live') });
		await batch.send();
		expect((await admin().collection('msp_notes').getOne(id)).author).toBe(w.ids.rep);
	});
});
