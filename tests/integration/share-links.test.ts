// Share links against a real PocketBase: the rule matrix of `share_links` (only owners of the
// organization create, list, view, revoke or delete; nobody else ever reads a token, not through
// a filter or an expand either), the invariants the hook keeps, and the public report at
// GET /api/rightseat/share/{token}: it works signed out, answers 404 once revoked, expired or
// unknown, and never carries another seat's or organization's data.
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pb, useServer } from '../../src/lib/data/server/client';
import { NetworkFailure, ValidationFailure } from '../../src/lib/data/errors';
import {
	createShareLink,
	fetchSharedReport,
	listShareLinks,
	revokeShareLink
} from '../../src/lib/data/server/share-links';
import { compareSeat } from '../../src/lib/domain/seat-comparison';
import { sharedComparisonInput, sharedReportSchema } from '../../src/lib/domain/shared-report.schema';
import {
	assessmentBody,
	decisionBody,
	failure,
	fieldErrors,
	newId,
	providerBody,
	seatBody,
	startServer,
	type Server
} from './world';

const ACTORS = ['anonymous', 'outsider', 'viewer', 'editor', 'owner'] as const;
const OPS = ['list', 'view', 'create', 'update', 'delete'] as const;
type Actor = (typeof ACTORS)[number];

let server: Server;
let clients: Record<Actor, PocketBase>;
let ids: Record<Exclude<Actor, 'anonymous'>, string>;
let orgA: string;
let orgB: string;
/** seat1 is shared; seat2 (same organization) and seatB (organization B) must never show. */
const seats = { seat1: '', seat2: '', seatB: '' };
const providers = { shared: '', otherSeat: '', orgB: '' };

const SUBMITTED = {
	status: 'submitted',
	gwc: {
		get: { answer: 'yes', note: '' },
		want: { answer: 'yes', note: '' },
		capacity: { answer: 'no', note: 'Stretched thin.' }
	},
	answers: Object.fromEntries(
		Array.from({ length: 10 }, (_, i) => [`q${String(i + 1).padStart(2, '0')}`, { score: 3, note: '' }])
	)
};

function links(client: PocketBase) {
	return client.collection('share_links');
}

/** A link to seat1 made by the superuser for the owner. */
async function fixture(extra: Record<string, unknown> = {}): Promise<{ id: string; token: string }> {
	const record = await links(server.admin).create({
		organization: orgA,
		seat: seats.seat1,
		created_by: ids.owner,
		...extra
	});
	return { id: record.id, token: record.token as string };
}

async function report(token: string): Promise<Response> {
	return fetch(`${server.pb.url}/api/rightseat/share/${token}`);
}

beforeAll(async () => {
	server = await startServer();
	const users = {
		outsider: await server.user('outsider'),
		viewer: await server.user('viewer'),
		editor: await server.user('editor'),
		owner: await server.user('owner')
	};
	clients = {
		anonymous: server.client(),
		outsider: users.outsider.client,
		viewer: users.viewer.client,
		editor: users.editor.client,
		owner: users.owner.client
	};
	ids = {
		outsider: users.outsider.id,
		viewer: users.viewer.id,
		editor: users.editor.id,
		owner: users.owner.id
	};
	orgA = (await clients.owner.collection('organizations').create({ name: 'Shared Co', kind: 'business' })).id;
	orgB = (await clients.outsider.collection('organizations').create({ name: 'Hidden Org', kind: 'msp' })).id;
	await clients.owner
		.collection('memberships')
		.create({ organization: orgA, user: ids.editor, role: 'editor' });
	await clients.owner
		.collection('memberships')
		.create({ organization: orgA, user: ids.viewer, role: 'viewer' });
	const editor = clients.editor;
	seats.seat1 = (await editor.collection('seats').create(seatBody(orgA, { name: 'Managed IT' }))).id;
	seats.seat2 = (await editor.collection('seats').create(seatBody(orgA, { name: 'Secret Seat Two' }))).id;
	seats.seatB = (await clients.outsider.collection('seats').create(seatBody(orgB, { name: 'Seat Of B' }))).id;
	providers.shared = (
		await editor.collection('providers').create(providerBody(orgA, { name: 'Acme IT' }))
	).id;
	providers.otherSeat = (
		await editor.collection('providers').create(providerBody(orgA, { name: 'Only In Seat Two' }))
	).id;
	providers.orgB = (
		await clients.outsider.collection('providers').create(providerBody(orgB, { name: 'Provider Of B' }))
	).id;
	const assess = (client: PocketBase, org: string, seat: string, provider: string, extra = {}) =>
		client
			.collection('assessments')
			.create(assessmentBody(org, { seat, provider }, { ...SUBMITTED, ...extra }));
	await assess(editor, orgA, seats.seat1, providers.shared);
	// a draft in the shared seat stays private
	await editor
		.collection('assessments')
		.create(
			assessmentBody(orgA, { seat: seats.seat1, provider: providers.shared }, { summary: 'DRAFT-ONLY' })
		);
	await assess(editor, orgA, seats.seat2, providers.otherSeat, { summary: 'SEAT-TWO-SUMMARY' });
	await assess(clients.outsider, orgB, seats.seatB, providers.orgB);
	await editor
		.collection('decisions')
		.create(decisionBody(orgA, { seat: seats.seat1, provider: providers.shared }, { reason: 'Keep Acme.' }));
	await editor
		.collection('decisions')
		.create(
			decisionBody(orgA, { seat: seats.seat2, provider: providers.otherSeat }, { reason: 'SEAT-TWO-REASON' })
		);
}, 90_000);

afterAll(async () => {
	await server?.stop();
});

describe('share_links rule matrix (organization A; outsider owns B)', () => {
	const allowed = (actor: Actor) => actor === 'owner';
	for (const op of OPS) {
		for (const actor of ACTORS) {
			it(`${op} by ${actor}: ${allowed(actor) ? 'allowed' : 'denied'}`, async () => {
				const api = links(clients[actor]);
				if (op === 'create') {
					const id = newId();
					const call = api.create({ id, organization: orgA, seat: seats.seat1 });
					if (allowed(actor)) expect((await call).id).toBe(id);
					else {
						expect([400, 403]).toContain((await failure(call)).status);
						expect((await failure(links(server.admin).getOne(id))).status).toBe(404);
					}
					return;
				}
				const link = await fixture();
				const before = await links(server.admin).getOne(link.id);
				if (op === 'list') {
					const page = await api.getList(1, 50, { filter: `id = "${link.id}"` });
					if (allowed(actor)) expect(page.items.map((r) => r.token)).toEqual([link.token]);
					else expect([page.items.length, page.totalItems]).toEqual([0, 0]);
				} else if (op === 'view') {
					if (allowed(actor)) expect((await api.getOne(link.id)).token).toBe(link.token);
					else expect((await failure(api.getOne(link.id))).status).toBe(404);
				} else if (op === 'update') {
					if (allowed(actor)) expect((await api.update(link.id, { revoked: true })).revoked).toBe(true);
					else {
						expect((await failure(api.update(link.id, { revoked: true }))).status).toBe(404);
						expect((await links(server.admin).getOne(link.id)).updated).toBe(before.updated);
					}
				} else if (allowed(actor)) {
					expect(await api.delete(link.id)).toBe(true);
				} else {
					expect((await failure(api.delete(link.id))).status).toBe(404);
					expect((await links(server.admin).getOne(link.id)).id).toBe(link.id);
				}
			});
		}
	}
});

describe('nobody but an owner reads a token', () => {
	it('not through a filter on the seat, nor an expand', async () => {
		const link = await fixture();
		for (const actor of ['viewer', 'editor'] as const) {
			const seatsApi = clients[actor].collection('seats');
			// a member sees the seat itself; the back-relation must not let them probe the token
			expect((await seatsApi.getOne(seats.seat1)).id).toBe(seats.seat1);
			const probe = await seatsApi
				.getList(1, 50, { filter: `share_links_via_seat.token ?= "${link.token}"` })
				.catch((error: { status: number }) => ({ items: [], status: error.status }));
			expect(probe.items).toEqual([]);
			const expanded = await seatsApi.getOne(seats.seat1, { expand: 'share_links_via_seat' });
			expect(JSON.stringify(expanded)).not.toContain(link.token);
			const own = await links(clients[actor]).getList(1, 50, { filter: `token = "${link.token}"` });
			expect(own.totalItems).toBe(0);
		}
		// the probe finds the seat for an owner, so the empty answers above are the rule at work
		const ownerProbe = await clients.owner
			.collection('seats')
			.getList(1, 50, { filter: `share_links_via_seat.token ?= "${link.token}"` });
		expect(ownerProbe.items.map((s) => s.id)).toContain(seats.seat1);
	});
});

describe('nor through the batch API', () => {
	it('an editor cannot create a link in a batch; an owner can', async () => {
		const id = newId();
		const batch = clients.editor.createBatch();
		batch.collection('share_links').create({ id, organization: orgA, seat: seats.seat1 });
		await failure(batch.send());
		expect((await failure(links(server.admin).getOne(id))).status).toBe(404);
		const ok = clients.owner.createBatch();
		ok.collection('share_links').create({ id, organization: orgA, seat: seats.seat1 });
		const [created] = await ok.send();
		expect(created?.status).toBe(200);
		expect((created?.body as { token: string }).token).toMatch(/^[A-Za-z0-9]{43}$/);
	});
});

describe('the hook keeps a link honest', () => {
	it('picks the token itself: a client-chosen token is replaced', async () => {
		const chosen = 'A'.repeat(43);
		const record = await links(clients.owner).create({
			organization: orgA,
			seat: seats.seat1,
			token: chosen
		});
		expect(record.token).not.toBe(chosen);
		expect(record.created_by).toBe(ids.owner);
	});

	it('tokens are 43 characters of [A-Za-z0-9] (≥ 128 bits) and do not repeat', async () => {
		const tokens = await Promise.all(Array.from({ length: 24 }, async () => (await fixture()).token));
		for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9]{43}$/);
		expect(43 * Math.log2(62)).toBeGreaterThanOrEqual(128);
		expect(new Set(tokens).size).toBe(tokens.length);
		// 1,032 characters drawn from 62: a generator stuck on few letters or one case would fail this
		const letters = new Set(tokens.join(''));
		expect(letters.size).toBeGreaterThan(55);
	});

	it('refuses a seat of another organization', async () => {
		const mine = await failure(links(clients.owner).create({ organization: orgA, seat: seats.seatB }));
		expect(fieldErrors(mine).seat?.code).toBe('validation_other_organization');
		const theirs = await failure(links(clients.outsider).create({ organization: orgB, seat: seats.seat1 }));
		expect(fieldErrors(theirs).seat?.code).toBe('validation_other_organization');
	});

	it('refuses another author, a new seat or token, and un-revoking', async () => {
		const signed = await failure(
			links(clients.owner).create({ organization: orgA, seat: seats.seat1, created_by: ids.editor })
		);
		expect(fieldErrors(signed).created_by?.code).toBe('validation_not_caller');
		const link = await fixture();
		const moved = await failure(links(clients.owner).update(link.id, { seat: seats.seat2 }));
		expect(fieldErrors(moved).seat?.code).toBe('validation_immutable');
		const retoken = await failure(links(clients.owner).update(link.id, { token: 'B'.repeat(43) }));
		expect(fieldErrors(retoken).token?.code).toBe('validation_immutable');
		await links(clients.owner).update(link.id, { revoked: true });
		const back = await failure(links(clients.owner).update(link.id, { revoked: false }));
		expect(fieldErrors(back).revoked?.code).toBe('validation_revoked');
		expect((await links(server.admin).getOne(link.id)).revoked).toBe(true);
	});

	it('refuses a wrongly typed body by field', async () => {
		const error = await failure(
			links(clients.owner).create({ organization: orgA, seat: seats.seat1, revoked: 'true' })
		);
		expect(fieldErrors(error).revoked?.code).toBe('validation_invalid_type');
	});
});

describe('GET /api/rightseat/share/{token}', () => {
	it('answers the seat report signed out, with nothing of another seat or organization', async () => {
		const link = await fixture();
		const response = await report(link.token);
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const body = await response.json();
		expect(body.organization.name).toBe('Shared Co');
		expect(body.seat.name).toBe('Managed IT');
		expect(body.seat.responsibilities).toEqual(['Technology roadmap', 'Security posture']);
		expect(body.providers.map((p: { name: string }) => p.name)).toEqual(['Acme IT']);
		expect(body.assessments).toHaveLength(1);
		expect(body.assessments[0]).toMatchObject({
			provider: providers.shared,
			assessor: 'person-1',
			status: 'submitted',
			answers: SUBMITTED.answers
		});
		expect(body.checklists.map((c: { version: number }) => c.version)).toEqual([1]);
		expect(body.decisions.map((d: { reason: string }) => d.reason)).toEqual(['Keep Acme.']);
		expect(body.people).toEqual({ 'person-1': 'editor' });
		// the app reads it with its own schema and compares it like local data
		const comparison = compareSeat(sharedComparisonInput(sharedReportSchema.parse(body)));
		expect(comparison.ranked.map((p) => [p.name, p.verdict, p.decisiveReason])).toEqual([
			['Acme IT', 'wrong_seat', 'Capacity to do it: no — Stretched thin.']
		]);
		expect(comparison.decisions.current?.decidedByName).toBe('editor');
		const text = JSON.stringify(body);
		for (const secret of [
			'Secret Seat Two',
			'Only In Seat Two',
			'SEAT-TWO-SUMMARY',
			'SEAT-TWO-REASON',
			'DRAFT-ONLY',
			'Hidden Org',
			'Seat Of B',
			'Provider Of B',
			seats.seat2,
			seats.seatB,
			providers.otherSeat,
			providers.orgB,
			orgB,
			ids.owner,
			ids.editor,
			'@rightseat.test',
			link.token
		]) {
			expect(text).not.toContain(secret);
		}
	});

	it('answers 404 once revoked, and for a deleted, unknown or malformed token', async () => {
		const link = await fixture();
		expect((await report(link.token)).status).toBe(200);
		await links(clients.owner).update(link.id, { revoked: true });
		expect((await report(link.token)).status).toBe(404);
		const gone = await fixture();
		await links(clients.owner).delete(gone.id);
		expect((await report(gone.token)).status).toBe(404);
		const live = await fixture();
		const other = live.token.slice(0, -1) + (live.token.endsWith('a') ? 'b' : 'a');
		expect((await report(other)).status).toBe(404);
		expect((await report('short')).status).toBe(404);
		expect(
			(await report(live.token.toLowerCase() === live.token ? 'X' : live.token.toLowerCase())).status
		).toBe(404);
	});

	it('answers while the expiry is ahead and 404 once it has passed', async () => {
		const ahead = await fixture({ expires: '2099-01-01 00:00:00.000Z' });
		expect((await report(ahead.token)).status).toBe(200);
		const past = await fixture({ expires: '2020-01-01 00:00:00.000Z' });
		expect((await report(past.token)).status).toBe(404);
		const soon = new Date(Date.now() + 1500).toISOString().replace('T', ' ');
		const short = await fixture({ expires: soon });
		expect((await report(short.token)).status).toBe(200);
		await new Promise((resolve) => setTimeout(resolve, 2000));
		expect((await report(short.token)).status).toBe(404);
	});

	it('a link of organization B reads only B', async () => {
		const record = await links(clients.outsider).create({ organization: orgB, seat: seats.seatB });
		const body = await (await report(record.token as string)).json();
		expect(body.organization.name).toBe('Hidden Org');
		const text = JSON.stringify(body);
		for (const secret of ['Shared Co', 'Managed IT', 'Acme IT', orgA, seats.seat1]) {
			expect(text).not.toContain(secret);
		}
	});
});

describe("the app's data layer (src/lib/data/server/share-links.ts)", () => {
	function signInAs(actor: 'owner' | 'viewer') {
		useServer(server.pb.url);
		pb.authStore.save(clients[actor].authStore.token, clients[actor].authStore.record);
	}

	it('an owner creates, lists and revokes; the report opens, then answers null', async () => {
		signInAs('owner');
		const link = await createShareLink(orgA, seats.seat1, '2099-01-01 00:00:00.000Z');
		expect(link.token).toMatch(/^[A-Za-z0-9]{43}$/);
		expect((await listShareLinks(orgA, seats.seat1)).map((l) => l.id)).toContain(link.id);
		pb.authStore.clear();
		expect((await fetchSharedReport(link.token))?.seat.name).toBe('Managed IT');
		signInAs('owner');
		expect((await revokeShareLink(link.id)).revoked).toBe(true);
		expect(await fetchSharedReport(link.token)).toBeNull();
	});

	it('a viewer is refused with a message and lists nothing', async () => {
		signInAs('viewer');
		await expect(createShareLink(orgA, seats.seat1)).rejects.toBeInstanceOf(ValidationFailure);
		expect(await listShareLinks(orgA, seats.seat1)).toEqual([]);
	});

	it('says it needs a connection when the server cannot be reached', async () => {
		useServer('http://127.0.0.1:9');
		await expect(fetchSharedReport('A'.repeat(43))).rejects.toBeInstanceOf(NetworkFailure);
		useServer(server.pb.url);
	});
});
