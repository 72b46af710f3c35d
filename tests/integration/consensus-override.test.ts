// The consensus override against a real PocketBase: only an organization's owners record a
// consensus score that replaces the assessors' median, and only with a reason. An editor may still
// record a plain decision; through REST or /api/batch an editor's override, an owner's override
// without a reason, and an editor's change or deletion of an owner's override are all refused.
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	decisionBody,
	failure,
	fieldErrors,
	providerBody,
	seatBody,
	startServer,
	type Server
} from './world';

let server: Server;
let owner: { id: string; client: PocketBase };
let editor: { id: string; client: PocketBase };
let viewer: { id: string; client: PocketBase };
let org = '';
const refs = { seat: '', provider: '' };
const OVERRIDE = { consensus_score: 80, consensus_reason: 'We agreed the help desk answer counts double.' };

function decisions(client: PocketBase) {
	return client.collection('decisions');
}

async function stored(): Promise<{ id: string; consensus_reason: string; consensus_score: unknown }[]> {
	return decisions(server.admin).getFullList({ filter: `seat = "${refs.seat}"`, sort: 'created' });
}

beforeAll(async () => {
	server = await startServer();
	owner = await server.user('owner');
	editor = await server.user('editor');
	viewer = await server.user('viewer');
	org = (await owner.client.collection('organizations').create({ name: 'Consensus Co', kind: 'business' }))
		.id;
	const members = owner.client.collection('memberships');
	await members.create({ organization: org, user: editor.id, role: 'editor' });
	await members.create({ organization: org, user: viewer.id, role: 'viewer' });
	refs.seat = (await editor.client.collection('seats').create(seatBody(org))).id;
	refs.provider = (await editor.client.collection('providers').create(providerBody(org))).id;
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

describe('consensus override', () => {
	it('an editor records a plain decision, but not an override (REST or batch)', async () => {
		const plain = await decisions(editor.client).create(decisionBody(org, refs));
		expect(plain.decided_by).toBe(editor.id);

		const refused = await failure(decisions(editor.client).create(decisionBody(org, refs, OVERRIDE)));
		expect(refused.status).toBe(400);
		const batch = editor.client.createBatch();
		batch.collection('decisions').create(decisionBody(org, refs, OVERRIDE));
		expect([400, 403]).toContain((await failure(batch.send())).status);
		// a reason alone (score 0) would still override: refused too
		const reasonOnly = decisionBody(org, refs, { consensus_score: 0, consensus_reason: 'Zero it.' });
		expect((await failure(decisions(editor.client).create(reasonOnly))).status).toBe(400);

		expect((await stored()).map((d) => d.id)).toEqual([plain.id]);
		await decisions(server.admin).delete(plain.id);
	});

	it('a viewer records nothing', async () => {
		expect((await failure(decisions(viewer.client).create(decisionBody(org, refs)))).status).toBe(400);
		expect(await stored()).toEqual([]);
	});

	it('an owner records an override only with a reason; who and when are kept', async () => {
		const empty = decisionBody(org, refs, { consensus_score: 80, consensus_reason: '   ' });
		const error = await failure(decisions(owner.client).create(empty));
		expect(error.status).toBe(400);
		expect(fieldErrors(error).consensus_reason?.message).toBe('Give the reason for the consensus score.');
		expect(await stored()).toEqual([]);

		const saved = await decisions(owner.client).create(decisionBody(org, refs, OVERRIDE));
		expect(saved.consensus_score).toBe(80);
		expect(saved.consensus_reason).toBe(OVERRIDE.consensus_reason);
		expect(saved.decided_by).toBe(owner.id);
		expect(saved.decided_at).not.toBe('');
	});

	it("an editor can neither change nor delete an owner's override", async () => {
		const [override] = await stored();
		const api = decisions(editor.client);
		expect((await failure(api.update(override!.id, { consensus_score: 20 }))).status).toBe(404);
		expect((await failure(api.update(override!.id, { consensus_reason: '' }))).status).toBe(404);
		expect((await failure(api.delete(override!.id))).status).toBe(404);
		const batch = editor.client.createBatch();
		batch.collection('decisions').update(override!.id, { consensus_score: 20 });
		expect([400, 403, 404]).toContain((await failure(batch.send())).status);
		const after = await decisions(server.admin).getOne(override!.id);
		expect([after.consensus_score, after.consensus_reason]).toEqual([80, OVERRIDE.consensus_reason]);
	});

	it('an editor edits their own plain decision but cannot add a consensus reason to it', async () => {
		const plain = await decisions(editor.client).create(decisionBody(org, refs));
		const edited = await decisions(editor.client).update(plain.id, { reason: 'Clearer reason.' });
		expect(edited.reason).toBe('Clearer reason.');
		const refused = await failure(decisions(editor.client).update(plain.id, OVERRIDE));
		expect(refused.status).toBe(404);
		expect((await decisions(server.admin).getOne(plain.id)).consensus_reason).toBe('');
		// the owner may add one
		const owned = await decisions(owner.client).update(plain.id, OVERRIDE);
		expect(owned.consensus_score).toBe(80);
	});
});
