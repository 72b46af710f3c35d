// The former MSP after hand-off (issue 11, docs/sales-mode.md): once the prospect took the
// workspace over keeping the MSP as `none`, a former MSP member — the rep (editor of the MSP) and
// another MSP member (its viewer) — reads nothing of it through expand (from their own MSP notes
// and fit), filters on relations and back-relations, realtime (subscribed before the hand-off) or
// /api/batch; kept as `viewer` they read but write nothing through batch. The rep's device drops
// the workspace at the next pull (a sync_deletions row names both). Each denial has a control.
import 'fake-indexeddb/auto';
import { EventSource } from 'eventsource';
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pb, useServer } from '$lib/data/server/client';
import { localDb } from '$lib/data/local/local-store';
import { pullChanges } from '$lib/data/sync/pull';
import { applyEvents } from '$lib/data/sync/realtime';
import { buildSalesWorld, handOff, openWorkspace, type SalesWorld } from './sales-world';
import { failure, newId, PASSWORD, providerBody, seatBody, startServer } from './world';

const FORMER = ['rep', 'mspViewer'] as const;

let w: SalesWorld;
/** A note and a fit of the MSP about each handed-off workspace (written while the MSP ran them). */
const privateOf: Record<'viewer' | 'none', { note: string; fit: string }> = {
	viewer: { note: '', fit: '' },
	none: { note: '', fit: '' }
};

beforeAll(async () => {
	w = await buildSalesWorld(await startServer());
	for (const phase of ['viewer', 'none'] as const) {
		const ws = w.workspaces[phase];
		privateOf[phase].note = (
			await w.server.admin.collection('msp_notes').create({
				organization: w.msp,
				workspace: ws.id,
				assessment: ws.assessment,
				question: 'q01',
				text: 'Owner hesitates on budget.',
				author: w.ids.rep
			})
		).id;
		privateOf[phase].fit = (
			await w.server.admin.collection('msp_fits').create({
				organization: w.msp,
				workspace: ws.id,
				criteria: { model: { score: 3, note: '' }, values: { score: 3, note: '' } },
				summary: 'Ready.',
				shared: false,
				rated_by: w.ids.rep
			})
		).id;
	}
}, 120_000);
afterAll(async () => {
	pb.authStore.clear();
	await w?.server.stop();
});

const client = (actor: (typeof FORMER)[number]): PocketBase => w.clients[actor];

describe('expand: from their own MSP records, nothing of a workspace that left them', () => {
	for (const actor of FORMER) {
		it(`${actor}: the note and fit come back, their workspace and assessment do not`, async () => {
			const expand = 'workspace,assessment,workspace.seats_via_organization';
			const note = await client(actor).collection('msp_notes').getOne(privateOf.none.note, { expand });
			expect(note.id).toBe(privateOf.none.note);
			expect(note.expand ?? {}).toEqual({});
			const fit = await client(actor)
				.collection('msp_fits')
				.getOne(privateOf.none.fit, { expand: 'workspace' });
			expect(fit.expand ?? {}).toEqual({});
			const listed = await client(actor)
				.collection('msp_notes')
				.getFullList({ filter: `id = "${privateOf.none.note}"`, expand });
			expect(listed.map((n) => n.expand ?? {})).toEqual([{}]);
			// control: kept as viewer, the same expand brings the workspace back
			const kept = await client(actor).collection('msp_notes').getOne(privateOf.viewer.note, { expand });
			expect(kept.expand?.workspace.id).toBe(w.workspaces.viewer.id);
			expect(kept.expand?.assessment.id).toBe(w.workspaces.viewer.assessment);
			expect(kept.expand?.workspace.expand?.seats_via_organization.map((s: RecordModel) => s.id)).toContain(
				w.workspaces.viewer.seat
			);
		});
	}
});

describe('filter: no condition through a relation or back-relation finds it', () => {
	const count = async (actor: (typeof FORMER)[number], collection: string, filter: string) =>
		(await client(actor).collection(collection).getList(1, 50, { filter })).totalItems;

	for (const actor of FORMER) {
		it(`${actor}: notes by their workspace's name, workspaces by their seats, providers and assessments`, async () => {
			for (const phase of ['none', 'viewer'] as const) {
				const ws = w.workspaces[phase];
				const expected = phase === 'none' ? 0 : 1;
				expect(await count(actor, 'msp_notes', `workspace.name = "Prospect ${phase}"`), phase).toBe(expected);
				expect(await count(actor, 'msp_notes', `assessment.seat = "${ws.seat}"`), phase).toBe(expected);
				expect(
					await count(actor, 'msp_fits', `workspace.stage = "first_meeting" && workspace = "${ws.id}"`)
				).toBe(expected);
				const byBackRelation = [
					`seats_via_organization.id ?= "${ws.seat}"`,
					`providers_via_organization.id ?= "${ws.provider}"`,
					`assessments_via_organization.id ?= "${ws.assessment}"`,
					`memberships_via_organization.user ?= "${w.ids.prospectOwner}" && id = "${ws.id}"`
				];
				for (const filter of byBackRelation) {
					expect(await count(actor, 'organizations', filter), `${phase}: ${filter}`).toBe(expected);
				}
				// and the MSP's own view of the workspace from the MSP record
				expect(
					await count(actor, 'organizations', `id = "${w.msp}" && organizations_via_msp.id ?= "${ws.id}"`),
					phase
				).toBe(expected);
			}
		});
	}
});

describe('realtime: subscribed before the hand-off, no event after it', () => {
	beforeAll(() => {
		(globalThis as { EventSource?: unknown }).EventSource ??= EventSource;
	});

	it('the former MSP hears nothing of the workspace once it left them; the prospect does', async () => {
		const workspace = await openWorkspace(w, 'live');
		const seat = (await w.clients.prospectOwner.collection('seats').create(seatBody(workspace))).id;
		const listeners = [...FORMER, 'prospectOwner'] as const;
		const collections = ['organizations', 'seats', 'providers', 'memberships'];
		const seen: Record<string, string[]> = {};
		const stops: Array<() => Promise<void>> = [];
		for (const actor of listeners) {
			seen[actor] = [];
			for (const collection of collections) {
				stops.push(
					await w.clients[actor].collection(collection).subscribe('*', (event) => {
						const org = collection === 'organizations' ? event.record.id : event.record.organization;
						if (org === workspace) seen[actor]!.push(`${collection}:${event.action}:${event.record.id}`);
					})
				);
			}
		}
		// control: before the hand-off the MSP hears the workspace's changes
		await w.clients.prospectOwner.collection('seats').update(seat, { name: 'IT before' });
		const heard = (actor: string, what: string) => seen[actor]!.some((e) => e.startsWith(what));
		const waitFor = async (ok: () => boolean) => {
			const deadline = Date.now() + 5000;
			while (!ok() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
			return ok();
		};
		expect(await waitFor(() => FORMER.every((a) => heard(a, `seats:update:${seat}`)))).toBe(true);

		await handOff(w.clients.prospectOwner, workspace, 'none');
		await new Promise((r) => setTimeout(r, 300)); // the hand-off's own events land first
		for (const actor of listeners) seen[actor] = [];

		await w.clients.prospectOwner.collection('seats').update(seat, { name: 'IT after' });
		const provider = (
			await w.clients.prospectOwner
				.collection('providers')
				.create(providerBody(workspace, { status: 'current' }))
		).id;
		await w.clients.prospectOwner.collection('organizations').update(workspace, { name: 'Renamed after' });
		await w.clients.prospectOwner.collection('providers').delete(provider);
		const all = [
			`seats:update:${seat}`,
			`providers:create:${provider}`,
			`organizations:update:${workspace}`,
			`providers:delete:${provider}`
		];
		expect(await waitFor(() => all.every((e) => seen.prospectOwner!.includes(e)))).toBe(true);
		await new Promise((r) => setTimeout(r, 300)); // anything else in flight lands too
		await Promise.all(stops.map((stop) => stop()));
		expect(seen.rep).toEqual([]);
		expect(seen.mspViewer).toEqual([]);
	});
});

describe('batch: a former MSP writes nothing', () => {
	type Batch = ReturnType<PocketBase['createBatch']>;
	type Ws = SalesWorld['workspaces']['none'];
	const probes: Record<string, (b: Batch, ws: Ws) => void> = {
		'creates a seat': (b, ws) => b.collection('seats').create({ id: newId(), ...seatBody(ws.id) }),
		'renames the seat': (b, ws) => b.collection('seats').update(ws.seat, { name: 'Overwritten' }),
		'upserts the seat': (b, ws) =>
			b.collection('seats').upsert({ ...seatBody(ws.id), id: ws.seat, name: 'Overwritten' }),
		'deletes the provider': (b, ws) => b.collection('providers').delete(ws.provider),
		'renames the workspace': (b, ws) => b.collection('organizations').update(ws.id, { name: 'Overwritten' })
	};

	for (const phase of ['viewer', 'none'] as const) {
		for (const actor of FORMER) {
			for (const probe of Object.keys(probes)) {
				it(`kept as ${phase}, ${actor} ${probe}: refused, nothing written`, async () => {
					const ws = w.workspaces[phase];
					const admin = w.server.admin;
					const before = {
						seat: (await admin.collection('seats').getOne(ws.seat)).updated,
						workspace: (await admin.collection('organizations').getOne(ws.id)).updated,
						seats: (await admin.collection('seats').getFullList({ filter: `organization = "${ws.id}"` }))
							.length
					};
					// viewer: they still read it (REST); none: not even that
					const read = client(actor).collection('seats').getOne(ws.seat);
					if (phase === 'viewer') expect((await read).id).toBe(ws.seat);
					else expect((await failure(read)).status).toBe(404);
					const batch = client(actor).createBatch();
					probes[probe]!(batch, ws);
					expect((await failure(batch.send())).status).toBe(400);
					expect((await admin.collection('seats').getOne(ws.seat)).updated).toBe(before.seat);
					expect((await admin.collection('organizations').getOne(ws.id)).updated).toBe(before.workspace);
					expect((await admin.collection('providers').getOne(ws.provider)).id).toBe(ws.provider);
					expect(
						(await admin.collection('seats').getFullList({ filter: `organization = "${ws.id}"` })).length
					).toBe(before.seats);
				});
			}
		}
	}

	it('control: the prospect editor writes the same through batch', async () => {
		const id = newId();
		const batch = w.clients.prospectEditor.createBatch();
		batch.collection('seats').create({ id, ...seatBody(w.workspaces.none.id) });
		await batch.send();
		expect((await w.server.admin.collection('seats').getOne(id)).organization).toBe(w.workspaces.none.id);
	});
});

/** A live workspace with a seat, pulled onto the rep's device (signed in as the rep). */
async function repDeviceWithWorkspace() {
	const workspace = await openWorkspace(w, 'live');
	const seat = await w.clients.prospectOwner.collection('seats').create(seatBody(workspace));
	useServer(w.server.pb.url);
	const rep = await w.server.admin.collection('users').getOne(w.ids.rep);
	await pb.collection('users').authWithPassword(rep.email, PASSWORD);
	const db = await localDb();
	const has = async (collection: string, id: string) =>
		(await db.getAll('records')).some((row) => row.collection === collection && row.id === id);
	await pullChanges(db, w.ids.rep);
	return { workspace, seat, db, has };
}

describe("the former MSP's device drops the workspace at the next pull", () => {
	it('a sync_deletions row names the rep and the MSP viewer; the rep’s pull drops every record of it', async () => {
		const workspace = await openWorkspace(w, 'live');
		await w.clients.prospectOwner.collection('seats').create(seatBody(workspace));
		useServer(w.server.pb.url);
		const rep = await w.server.admin.collection('users').getOne(w.ids.rep);
		await pb.collection('users').authWithPassword(rep.email, PASSWORD);
		const db = await localDb();
		const held = async () =>
			(await db.getAll('records')).filter(
				(row) => (row.collection === 'organizations' ? row.id : String(row.data.organization)) === workspace
			).length;
		await pullChanges(db, w.ids.rep);
		expect(await held()).toBeGreaterThan(1); // the workspace, its memberships, the seat

		await handOff(w.clients.prospectOwner, workspace, 'none');
		const rows = await w.server.admin
			.collection('sync_deletions')
			.getFullList({ filter: `record_collection = "organizations" && record_id = "${workspace}"` });
		expect(rows.flatMap((r) => r.audience)).toEqual(expect.arrayContaining([w.ids.rep, w.ids.mspViewer]));
		expect(rows.flatMap((r) => r.audience)).not.toContain(w.ids.prospectOwner);
		await pullChanges(db, w.ids.rep);
		expect(await held()).toBe(0);
	});

	it('kept as viewer, the rep’s own membership goes but the pull keeps the workspace and its records', async () => {
		const { workspace, seat, db, has } = await repDeviceWithWorkspace();
		expect([await has('organizations', workspace), await has('seats', seat.id)]).toEqual([true, true]);

		const [own] = await w.server.admin.collection('memberships').getFullList({
			filter: `organization = "${workspace}" && user = "${w.ids.rep}"`
		});
		await handOff(w.clients.prospectOwner, workspace, 'viewer');
		// the realtime delete event of the rep's membership arrives first: the device keeps the workspace
		await applyEvents([{ collection: 'memberships', action: 'delete', record: { ...own! } }], w.ids.rep);
		expect([await has('organizations', workspace), await has('seats', seat.id)]).toEqual([true, true]);
		// the rep's membership of the workspace is deleted (logged for the rep's devices) …
		const gone = await w.server.admin.collection('sync_deletions').getFullList({
			filter: `record_collection = "memberships" && organization = "${workspace}"`
		});
		expect(gone.flatMap((r) => r.audience)).toContain(w.ids.rep);
		// … and yet the workspace stays readable through the MSP: the device keeps it whole
		await pullChanges(db, w.ids.rep);
		expect([await has('organizations', workspace), await has('seats', seat.id)]).toEqual([true, true]);
		const stored = (await db.getAll('records')).find(
			(row) => row.collection === 'organizations' && row.id === workspace
		);
		expect(stored?.data.msp_access).toBe('viewer');
	});

	it('kept as viewer, a re-check the realtime path could not finish (offline) is asked again by the next pull', async () => {
		const { workspace, seat, db, has } = await repDeviceWithWorkspace();
		expect(await has('seats', seat.id)).toBe(true);

		const [own] = await w.server.admin.collection('memberships').getFullList({
			filter: `organization = "${workspace}" && user = "${w.ids.rep}"`
		});
		await handOff(w.clients.prospectOwner, workspace, 'viewer');
		// the delete event arrives, then the connection goes before the device can ask the server
		useServer('http://127.0.0.1:9');
		await expect(
			applyEvents([{ collection: 'memberships', action: 'delete', record: { ...own! } }], w.ids.rep)
		).rejects.toThrow();
		expect(await has('seats', seat.id)).toBe(false);
		// back online: the pull replays the deletion (its row no longer says whose membership it
		// was) and still asks, because the question was kept with the drop
		useServer(w.server.pb.url);
		await pullChanges(db, w.ids.rep);
		expect([await has('organizations', workspace), await has('seats', seat.id)]).toEqual([true, true]);
	});
});
