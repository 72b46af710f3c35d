// The rule matrix: every collection × list/view/create/update/delete × every kind of caller, against
// a real PocketBase. Each cell asserts allowed or denied — and that a denied write left no trace.
// The callers act on organization A:
//   anonymous · outsider (owner of B only) · viewer · editor · owner of A ·
//   cross (editor in B, only viewer in A: the classic back-relation bug would let them write in A).
// Beyond the grid: records of B moved into A, authorship rewritten, and the cell count asserted.
// The invitation takeover (case-variant and look-alike addresses) is in invitation-takeover.test.ts.
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	assessmentBody,
	PASSWORD,
	BUILTIN_CHECKLIST_ID,
	checklistBody,
	decisionBody,
	failure,
	newId,
	providerBody,
	seatBody,
	startServer,
	type Server
} from './world';

const ACTORS = ['anonymous', 'outsider', 'viewer', 'editor', 'owner', 'cross'] as const;
const OPS = ['list', 'view', 'create', 'update', 'delete'] as const;
type Actor = (typeof ACTORS)[number];
type Op = (typeof OPS)[number];

const SIGNED_IN: Actor[] = ['outsider', 'viewer', 'editor', 'owner', 'cross'];
const MEMBERS: Actor[] = ['viewer', 'editor', 'owner', 'cross'];
const WRITERS: Actor[] = ['editor', 'owner'];
const OWNERS: Actor[] = ['owner'];
const NOBODY: Actor[] = [];
const EVERYONE: Actor[] = [...ACTORS];

interface World {
	server: Server;
	clients: Record<Actor, PocketBase>;
	ids: Record<Exclude<Actor, 'anonymous'>, string>;
	emails: Record<Exclude<Actor, 'anonymous'>, string>;
	orgA: string;
	orgB: string;
	seatA: string;
	providerA: string;
	seatB: string;
	providerB: string;
}

interface Spec {
	collection: string;
	/** A label when one collection has two rows (built-in checklists). */
	label?: string;
	allowed: Record<Op, Actor[]>;
	/** Creates a fresh record in organization A (as the superuser) and returns its id. */
	fixture(w: World): Promise<string>;
	/** A valid body for `actor` to create in organization A. */
	createBody(w: World, actor: Actor): Promise<Record<string, unknown>>;
	/** A valid change. */
	update: Record<string, unknown>;
	/** The status of a denied update or delete when not 404 (a rule of null answers 403 to all). */
	deniedStatus?: number;
}

let w: World;
let cells = 0;

async function addMember(server: Server, organization: string, user: string, role: string) {
	await server.admin.collection('memberships').create({ organization, user, role });
}

/** An organization shaped like A: same owner, editor, viewer and cross-viewer. */
async function organizationLikeA(world: World): Promise<string> {
	const org = await world.server.admin
		.collection('organizations')
		.create({ name: 'Twin of A', kind: 'business' });
	await addMember(world.server, org.id, world.ids.owner, 'owner');
	await addMember(world.server, org.id, world.ids.editor, 'editor');
	await addMember(world.server, org.id, world.ids.viewer, 'viewer');
	await addMember(world.server, org.id, world.ids.cross, 'viewer');
	return org.id;
}

async function adminCreate(world: World, collection: string, body: Record<string, unknown>) {
	return (await world.server.admin.collection(collection).create(body)).id;
}

const scoped = { list: MEMBERS, view: MEMBERS, create: WRITERS, update: WRITERS, delete: WRITERS };

const SPECS: Spec[] = [
	{
		collection: 'organizations',
		allowed: { list: MEMBERS, view: MEMBERS, create: SIGNED_IN, update: OWNERS, delete: OWNERS },
		fixture: organizationLikeA,
		createBody: async () => ({ name: 'Another business', kind: 'msp' }),
		update: { name: 'Renamed' }
	},
	{
		collection: 'memberships',
		allowed: { list: MEMBERS, view: MEMBERS, create: OWNERS, update: OWNERS, delete: OWNERS },
		fixture: async (world) => {
			const extra = await world.server.user('member');
			return adminCreate(world, 'memberships', { organization: world.orgA, user: extra.id, role: 'viewer' });
		},
		createBody: async (world) => {
			const extra = await world.server.user('joiner');
			return { organization: world.orgA, user: extra.id, role: 'viewer' };
		},
		update: { role: 'editor' }
	},
	{
		collection: 'invitations',
		allowed: { list: OWNERS, view: OWNERS, create: OWNERS, update: OWNERS, delete: OWNERS },
		fixture: (world) =>
			adminCreate(world, 'invitations', {
				organization: world.orgA,
				email: `guest-${newId()}@rightseat.test`,
				role: 'viewer'
			}),
		createBody: async (world) => ({
			organization: world.orgA,
			email: `new-${newId()}@rightseat.test`,
			role: 'editor'
		}),
		update: { role: 'editor' }
	},
	{
		collection: 'seats',
		allowed: scoped,
		fixture: (world) => adminCreate(world, 'seats', seatBody(world.orgA)),
		createBody: async (world) => seatBody(world.orgA),
		update: { purpose: 'Updated purpose.' }
	},
	{
		collection: 'providers',
		allowed: scoped,
		fixture: (world) => adminCreate(world, 'providers', providerBody(world.orgA)),
		createBody: async (world) => providerBody(world.orgA),
		update: { notes: 'Updated notes.' }
	},
	{
		collection: 'checklists',
		allowed: scoped,
		fixture: (world) => adminCreate(world, 'checklists', checklistBody(world.orgA)),
		createBody: async (world) => checklistBody(world.orgA),
		update: { name: 'Renamed checklist' }
	},
	{
		collection: 'checklists',
		label: 'checklists (built-in)',
		allowed: { list: SIGNED_IN, view: SIGNED_IN, create: NOBODY, update: NOBODY, delete: NOBODY },
		fixture: async () => BUILTIN_CHECKLIST_ID,
		createBody: async () => checklistBody('', { family: `builtin-${newId().slice(0, 6)}`, locked: true }),
		update: { name: 'Hijacked' }
	},
	{
		collection: 'assessments',
		allowed: scoped,
		fixture: (world) =>
			adminCreate(
				world,
				'assessments',
				assessmentBody(world.orgA, {
					seat: world.seatA,
					provider: world.providerA,
					assessor: world.ids.owner
				})
			),
		createBody: async (world) => assessmentBody(world.orgA, { seat: world.seatA, provider: world.providerA }),
		update: { summary: 'Revised summary.' }
	},
	{
		collection: 'decisions',
		allowed: scoped,
		fixture: (world) =>
			adminCreate(
				world,
				'decisions',
				decisionBody(world.orgA, {
					seat: world.seatA,
					provider: world.providerA,
					decided_by: world.ids.owner
				})
			),
		createBody: async (world) => decisionBody(world.orgA, { seat: world.seatA, provider: world.providerA }),
		update: { reason: 'Revised reason.' }
	},
	{
		// people: a member of A is seen by A's members only; sign-up is open; only oneself changes
		collection: 'users',
		allowed: { list: MEMBERS, view: MEMBERS, create: EVERYONE, update: NOBODY, delete: NOBODY },
		fixture: async (world) => {
			const user = await adminCreate(world, 'users', {
				email: `member-${newId()}@rightseat.test`,
				password: PASSWORD,
				passwordConfirm: PASSWORD,
				name: 'Member of A'
			});
			await addMember(world.server, world.orgA, user, 'viewer');
			return user;
		},
		createBody: async () => ({
			email: `signup-${newId()}@rightseat.test`,
			password: PASSWORD,
			passwordConfirm: PASSWORD,
			name: 'New person'
		}),
		update: { name: 'Renamed by someone else' }
	},
	{
		// the deletions log: written by hooks only, read by the people who could see the record
		collection: 'sync_deletions',
		allowed: { list: MEMBERS, view: MEMBERS, create: NOBODY, update: NOBODY, delete: NOBODY },
		fixture: async (world) => {
			const seat = await adminCreate(world, 'seats', seatBody(world.orgA));
			await world.server.admin.collection('seats').delete(seat);
			return (await world.server.admin.collection('sync_deletions').getFirstListItem(`record_id = "${seat}"`))
				.id;
		},
		createBody: async (world, actor) => ({
			record_collection: 'seats',
			record_id: newId(),
			organization: world.orgA,
			audience: actor === 'anonymous' ? [] : [world.ids[actor]]
		}),
		update: { record_id: 'forgedrecord001' },
		deniedStatus: 403
	}
];

/** Whether the superuser still finds record `id` unchanged / present. */
async function adminGet(collection: string, id: string) {
	return w.server.admin.collection(collection).getOne(id);
}

async function runCell(spec: Spec, actor: Actor, op: Op) {
	const allowed = spec.allowed[op].includes(actor);
	const api = w.clients[actor].collection(spec.collection);
	if (op === 'list') {
		const id = await spec.fixture(w);
		const page = await api.getList(1, 200, { filter: `id = "${id}"` });
		if (allowed) expect(page.items.map((r) => r.id)).toEqual([id]);
		else expect([page.items.length, page.totalItems]).toEqual([0, 0]);
		return;
	}
	if (op === 'view') {
		const id = await spec.fixture(w);
		if (allowed) expect((await api.getOne(id)).id).toBe(id);
		else expect((await failure(api.getOne(id))).status).toBe(404);
		return;
	}
	if (op === 'create') {
		const id = newId();
		const body = { id, ...(await spec.createBody(w, actor)) };
		if (allowed) expect((await api.create(body)).id).toBe(id);
		else {
			expect([400, 403]).toContain((await failure(api.create(body))).status);
			expect((await failure(adminGet(spec.collection, id))).status).toBe(404);
		}
		return;
	}
	const id = await spec.fixture(w);
	const before = await adminGet(spec.collection, id);
	if (op === 'update') {
		if (allowed) expect((await api.update(id, spec.update)).id).toBe(id);
		else {
			expect((await failure(api.update(id, spec.update))).status).toBe(spec.deniedStatus ?? 404);
			expect((await adminGet(spec.collection, id)).updated).toBe(before.updated);
		}
		return;
	}
	if (allowed) expect(await api.delete(id)).toBe(true);
	else {
		expect((await failure(api.delete(id))).status).toBe(spec.deniedStatus ?? 404);
		expect((await adminGet(spec.collection, id)).id).toBe(id);
	}
}

beforeAll(async () => {
	const server = await startServer();
	const users = {
		outsider: await server.user('outsider'),
		viewer: await server.user('viewer'),
		editor: await server.user('editor'),
		owner: await server.user('owner'),
		cross: await server.user('cross')
	};
	const orgA = (await users.owner.client.collection('organizations').create({ name: 'A', kind: 'business' }))
		.id;
	const orgB = (await users.outsider.client.collection('organizations').create({ name: 'B', kind: 'msp' }))
		.id;
	await addMember(server, orgA, users.editor.id, 'editor');
	await addMember(server, orgA, users.viewer.id, 'viewer');
	await addMember(server, orgA, users.cross.id, 'viewer');
	await addMember(server, orgB, users.cross.id, 'editor');
	const seatA = (await server.admin.collection('seats').create(seatBody(orgA))).id;
	const providerA = (await server.admin.collection('providers').create(providerBody(orgA))).id;
	const seatB = (await server.admin.collection('seats').create(seatBody(orgB))).id;
	const providerB = (await server.admin.collection('providers').create(providerBody(orgB))).id;
	const actors = Object.keys(users) as Exclude<Actor, 'anonymous'>[];
	w = {
		server,
		clients: {
			anonymous: server.client(),
			...Object.fromEntries(actors.map((a) => [a, users[a].client]))
		} as Record<Actor, PocketBase>,
		ids: Object.fromEntries(actors.map((a) => [a, users[a].id])) as World['ids'],
		emails: Object.fromEntries(actors.map((a) => [a, users[a].email])) as World['emails'],
		orgA,
		orgB,
		seatA,
		providerA,
		seatB,
		providerB
	};
}, 60_000);

afterAll(async () => {
	console.log(
		`rule matrix: ${cells} cells (${SPECS.length} rows × ${OPS.length} operations × ${ACTORS.length} callers, plus cross-organization moves and rewritten authors)`
	);
	await w?.server.stop();
});

for (const spec of SPECS) {
	describe(spec.label ?? spec.collection, () => {
		for (const op of OPS) {
			for (const actor of ACTORS) {
				const verdict = spec.allowed[op].includes(actor) ? 'allowed' : 'denied';
				it(`${op} by ${actor}: ${verdict}`, async () => {
					await runCell(spec, actor, op);
					cells += 1;
				});
			}
		}
	});
}

// A writer of B must not move B's records into A, where they only read (and an outsider must not
// move into A at all): the update rule sees B, so the hooks refuse a changed organization.
const MOVABLE: { collection: string; body: (w: World) => Record<string, unknown> }[] = [
	{ collection: 'seats', body: (world) => seatBody(world.orgB) },
	{ collection: 'providers', body: (world) => providerBody(world.orgB) },
	{ collection: 'checklists', body: (world) => checklistBody(world.orgB) },
	{
		collection: 'invitations',
		body: (world) => ({ organization: world.orgB, email: `m-${newId()}@rightseat.test`, role: 'viewer' })
	},
	{
		collection: 'assessments',
		body: (world) =>
			assessmentBody(world.orgB, { seat: world.seatB, provider: world.providerB, assessor: world.ids.cross })
	},
	{
		collection: 'decisions',
		body: (world) =>
			decisionBody(world.orgB, { seat: world.seatB, provider: world.providerB, decided_by: world.ids.cross })
	}
];

describe('cross-organization moves are refused', () => {
	for (const movable of MOVABLE) {
		for (const actor of ['outsider', 'cross'] as const) {
			it(`${movable.collection}: ${actor} moves a record of B into A: denied`, async () => {
				const admin = w.server.admin.collection(movable.collection);
				const id = (await admin.create(movable.body(w))).id;
				const error = await failure(
					w.clients[actor].collection(movable.collection).update(id, { organization: w.orgA })
				);
				if (movable.collection === 'invitations' && actor === 'cross') {
					expect(error.status).toBe(404); // cross is no owner of B: no update at all
				} else {
					expect(error.status).toBe(400);
					expect(error.response.data.organization.code).toBe('validation_immutable');
				}
				expect((await admin.getOne(id)).organization).toBe(w.orgB);
				cells += 1;
			});
		}
	}
});

// Who wrote a record never changes: a writer of A cannot sign someone else's assessment, decision or
// invitation as their own, nor erase the author.
const AUTHORED: {
	collection: string;
	field: string;
	actor: Actor;
	body: (w: World) => Record<string, unknown>;
}[] = [
	{
		collection: 'assessments',
		field: 'assessor',
		actor: 'editor',
		body: (world) =>
			assessmentBody(world.orgA, { seat: world.seatA, provider: world.providerA, assessor: world.ids.viewer })
	},
	{
		collection: 'decisions',
		field: 'decided_by',
		actor: 'editor',
		body: (world) =>
			decisionBody(world.orgA, { seat: world.seatA, provider: world.providerA, decided_by: world.ids.viewer })
	},
	{
		collection: 'invitations',
		field: 'invited_by',
		actor: 'owner',
		body: (world) => ({
			organization: world.orgA,
			email: `a-${newId()}@rightseat.test`,
			role: 'viewer',
			invited_by: world.ids.viewer
		})
	}
];

describe('the author of a record never changes', () => {
	for (const authored of AUTHORED) {
		for (const to of ['the caller', 'nobody'] as const) {
			it(`${authored.collection}.${authored.field}: ${authored.actor} rewrites it to ${to}: denied`, async () => {
				const admin = w.server.admin.collection(authored.collection);
				const id = (await admin.create(authored.body(w))).id;
				const value = to === 'nobody' ? '' : w.ids[authored.actor as Exclude<Actor, 'anonymous'>];
				const error = await failure(
					w.clients[authored.actor].collection(authored.collection).update(id, { [authored.field]: value })
				);
				expect(error.status).toBe(400);
				// a required author emptied is refused as blank before it is compared
				const codes =
					to === 'nobody' ? ['validation_immutable', 'validation_required'] : ['validation_immutable'];
				expect(codes).toContain(error.response.data[authored.field].code);
				expect((await admin.getOne(id))[authored.field]).toBe(w.ids.viewer);
				cells += 1;
			});
		}
	}
});

describe('people', () => {
	it("a co-member sees a person's name, not their email (hidden unless they show it)", async () => {
		const id = await SPECS.find((spec) => spec.collection === 'users')!.fixture(w);
		for (const client of [w.clients.viewer, w.clients.cross]) {
			const person = await client.collection('users').getOne(id);
			expect([person.name, person.email]).toEqual(['Member of A', undefined]);
			const listed = await client.collection('users').getFullList({ filter: `email ~ "member-"` });
			expect(listed.map((user) => user.id)).not.toContain(id);
		}
		cells += 1;
	});
});

// Last in the file (Vitest runs a file's tests in order): every cell above ran and was counted.
describe('the matrix', () => {
	it('counts its cells', () => {
		// 11 rows × 5 operations × 6 callers + 12 moves + 6 rewritten authors + 1 hidden email
		expect(cells).toBeGreaterThanOrEqual(349);
	});
});
