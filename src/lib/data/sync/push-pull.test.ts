// The engine's push and pull against a real PocketBase (Node, fake-indexeddb): no mocks.
import 'fake-indexeddb/auto';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPocketBase, TEST_ADMIN } from '../../../../scripts/test-pocketbase.mjs';
import { pb, useServer } from '../server/client';
import { localDb } from '../local/local-store';
import { readOutboxStatus } from '../local/outbox';
import { applyServerRecords, pullChanges } from './pull';
import { pushOutbox } from './push';
import { repository } from '../local/repository';

const PASSWORD = 'correct-horse-battery';
let server: Awaited<ReturnType<typeof startPocketBase>>;
let other: PocketBase;
let orgId = '';
let userId = '';

beforeAll(async () => {
	server = await startPocketBase({ publicDir: '/nonexistent' });
	useServer(server.url);
	const email = `engine-${Date.now()}@rightseat.test`;
	await pb.collection('users').create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: 'Ana' });
	userId = (await pb.collection('users').authWithPassword(email, PASSWORD)).record.id;
	orgId = (await pb.collection('organizations').create({ name: 'Acme', kind: 'msp' })).id;
	other = new PocketBase(server.url);
	other.autoCancellation(false);
	await other.collection('users').authWithPassword(email, PASSWORD);
}, 60_000);
afterAll(() => server?.stop());
beforeEach(async () => {
	const db = await localDb();
	await Promise.all([db.clear('records'), db.clear('outbox')]);
});

const seat = (name: string) => ({
	organization: orgId,
	name,
	kind: 'team' as const,
	responsibilities: ['Backups']
});

describe('push', () => {
	it('creates, updates and deletes on the server exactly as done locally, then empties the outbox', async () => {
		const kept = await repository.create('seats', seat('Kept'));
		await repository.update('seats', kept.id, { name: 'Kept, renamed' });
		const gone = await repository.create('seats', seat('Gone'));
		await repository.remove('seats', gone.id);
		const pushedThenGone = await repository.create('providers', {
			organization: orgId,
			name: 'Old',
			status: 'former'
		});
		expect(await pushOutbox(await localDb())).toBeGreaterThan(0);
		await repository.remove('providers', pushedThenGone.id);
		await pushOutbox(await localDb());
		expect((await other.collection('seats').getOne(kept.id)).name).toBe('Kept, renamed');
		await expect(other.collection('seats').getOne(gone.id)).rejects.toMatchObject({ status: 404 });
		await expect(other.collection('providers').getOne(pushedThenGone.id)).rejects.toMatchObject({
			status: 404
		});
		expect((await readOutboxStatus()).pending).toBe(0);
	});

	it('parks a refused operation with the server reason and pushes the rest', async () => {
		const refused = await repository.create('seats', { ...seat('Refused'), organization: 'aaaaaaaaaaaaaaa' });
		const fine = await repository.create('seats', seat('Fine'));
		await pushOutbox(await localDb());
		const status = await readOutboxStatus();
		expect(status.parked.map((p) => p.recordId)).toEqual([refused.id]);
		expect(status.parked[0]!.message).toMatch(/Failed to create record.*permission/);
		expect((await other.collection('seats').getOne(fine.id)).name).toBe('Fine');
	});

	it('pushes an organization created offline together with the records that belong to it', async () => {
		const org = await repository.create('organizations', { name: 'Made offline', kind: 'business' });
		const inIt = await repository.create('seats', { ...seat('Its seat'), organization: org.id });
		const provider = await repository.create('providers', {
			organization: org.id,
			name: 'Its provider',
			status: 'prospective'
		});
		await pushOutbox(await localDb());
		expect((await readOutboxStatus()).parked).toEqual([]);
		expect((await other.collection('organizations').getOne(org.id)).owners).toEqual([userId]);
		expect((await other.collection('seats').getOne(inIt.id)).organization).toBe(org.id);
		expect((await other.collection('providers').getOne(provider.id)).name).toBe('Its provider');
	});

	it('retrying a create whose response was lost updates the same record, never a second one', async () => {
		const created = await repository.create('seats', seat('Once'));
		// the server got it, the device never heard back: same id already there
		await other.collection('seats').create({ ...seat('Once'), id: created.id });
		await pushOutbox(await localDb());
		const list = await other
			.collection('seats')
			.getFullList({ filter: other.filter('name = {:n}', { n: 'Once' }) });
		expect(list.map((s) => s.id)).toEqual([created.id]);
	});

	it('drains a queue longer than a read page, each record once; a parked record holds back only its own later operations', async () => {
		const refused = await repository.create('seats', { ...seat('Refused'), organization: 'aaaaaaaaaaaaaaa' });
		await pushOutbox(await localDb());
		await repository.update('seats', refused.id, { name: 'Refused, renamed' });
		const ids: string[] = [];
		for (let i = 0; i < 60; i++) {
			const created = await repository.create('seats', seat(`Paged ${i}`));
			await repository.update('seats', created.id, { name: `Paged ${i}, renamed` });
			ids.push(created.id);
		}
		// 2 + 120 operations: more than one read page (100) and three batches (25 seats each: JS hooks)
		expect(await pushOutbox(await localDb())).toBe(60);
		const onServer = await other
			.collection('seats')
			.getFullList({ filter: other.filter('name ~ {:n}', { n: 'Paged ' }), fields: 'id,name' });
		expect(onServer).toHaveLength(60);
		const names = new Map(onServer.map((s) => [s.id, s.name]));
		expect(ids.map((id) => names.get(id))).toEqual(ids.map((_, i) => `Paged ${i}, renamed`));
		const status = await readOutboxStatus();
		expect(status.pending).toBe(2);
		expect(status.parked.map((p) => p.recordId)).toEqual([refused.id]);
	});
});

describe('push when the server takes none of it', () => {
	it('stops with a plain message, keeps every operation, and sends them once the server takes them', async () => {
		const admin = new PocketBase(server.url);
		await admin.collection('_superusers').authWithPassword(TEST_ADMIN.email, TEST_ADMIN.password);
		await admin.settings.update({ batch: { enabled: false } });
		const kept = await repository.create('seats', seat('Kept while refused'));
		try {
			await expect(pushOutbox(await localDb())).rejects.toMatchObject({
				status: 403,
				message:
					'The server did not take your changes (Batch requests are not allowed). Your changes are kept on this device and go up by themselves.'
			});
			expect((await readOutboxStatus()).pending).toBe(1);
		} finally {
			await admin.settings.update({ batch: { enabled: true } });
		}
		await pushOutbox(await localDb());
		expect((await other.collection('seats').getOne(kept.id)).name).toBe('Kept while refused');
		expect((await readOutboxStatus()).pending).toBe(0);
	});
});

describe('push after a server change it has not pulled', () => {
	it('is refused as stale, merges the newer version and pushes only its own field', async () => {
		const db = await localDb();
		const s = await other.collection('seats').create(seat('Stale'));
		await pullChanges(db, userId);
		await repository.update('seats', s.id, { purpose: 'mine' });
		await other.collection('seats').update(s.id, { name: 'Theirs' });
		await pushOutbox(db);
		const onServer = await other.collection('seats').getOne(s.id);
		expect([onServer.name, onServer.purpose]).toEqual(['Theirs', 'mine']);
		expect((await readOutboxStatus()).pending).toBe(0);
	});

	it('the server refuses an update based on an older version, alone and inside a batch', async () => {
		const s = await other.collection('seats').create(seat('Refuses stale'));
		await other.collection('seats').update(s.id, { name: 'Newer' });
		const stale = { purpose: 'late', sync_base_updated: s.updated };
		await expect(other.collection('seats').update(s.id, stale)).rejects.toMatchObject({
			status: 400,
			response: { data: { sync_base_updated: { code: 'sync_stale' } } }
		});
		const batch = other.createBatch();
		batch.collection('seats').update(s.id, stale);
		const refusal = await batch.send().then(
			() => null,
			(error: unknown) => error
		);
		expect(refusal).toMatchObject({
			status: 400,
			response: {
				data: { requests: { 0: { response: { data: { sync_base_updated: { code: 'sync_stale' } } } } } }
			}
		});
		expect((await other.collection('seats').getOne(s.id)).purpose).toBe('');
	});

	it('the same field changed on two devices without a pull between: the server value stays, a conflict is held', async () => {
		const db = await localDb();
		const s = await other.collection('seats').create(seat('Race'));
		await pullChanges(db, userId);
		// this device edits offline; the other device saves the same field first; no pull between
		await repository.update('seats', s.id, { purpose: 'mine' });
		await other.collection('seats').update(s.id, { purpose: 'theirs' });
		await pushOutbox(db);
		expect((await other.collection('seats').getOne(s.id)).purpose).toBe('theirs');
		const status = await readOutboxStatus();
		expect(status.conflicts).toEqual([
			{ collection: 'seats', id: s.id, fields: [{ field: 'purpose', local: 'mine', server: 'theirs' }] }
		]);
		expect((await repository.get('seats', s.id))?.purpose).toBe('mine');
		// held: another push sends nothing for it
		await pushOutbox(db);
		expect((await other.collection('seats').getOne(s.id)).purpose).toBe('theirs');
	});
});

describe('its own push coming back before the push answers', () => {
	/** Holds every batch answer (the server has already saved it) until `release` is called. */
	function holdBatchAnswers() {
		let arrived!: () => void;
		let release!: () => void;
		const held = new Promise<void>((resolve) => (arrived = resolve));
		const gate = new Promise<void>((resolve) => (release = resolve));
		pb.afterSend = async (response, data) => {
			if (new URL(response.url).pathname === '/api/batch') {
				arrived();
				await gate;
			}
			return data;
		};
		return { held, release: () => (release(), (pb.afterSend = undefined)) };
	}

	it('is not a conflict with what the person changed since: the later edit stays and is pushed', async () => {
		const db = await localDb();
		const created = await repository.create('seats', seat('Echo'));
		await pushOutbox(db);
		await repository.update('seats', created.id, { purpose: 'first' });
		const hold = holdBatchAnswers();
		const pushing = pushOutbox(db);
		await hold.held;
		// typed on while the push is on its way; then the realtime echo of the push arrives
		await repository.update('seats', created.id, { purpose: 'first, then more' });
		await applyServerRecords(db, 'seats', [await other.collection('seats').getOne(created.id)]);
		hold.release();
		await pushing;
		expect((await readOutboxStatus()).conflicts).toEqual([]);
		expect((await repository.get('seats', created.id))?.purpose).toBe('first, then more');
		await pushOutbox(db);
		expect((await other.collection('seats').getOne(created.id)).purpose).toBe('first, then more');
	});
});

describe('pull', () => {
	it('brings server changes and deletions, and merges with unpushed local edits field by field', async () => {
		const db = await localDb();
		const s = await other.collection('seats').create(seat('Server seat'));
		await pullChanges(db, userId);
		expect((await repository.get('seats', s.id))?.name).toBe('Server seat');
		await repository.update('seats', s.id, { purpose: 'local purpose' });
		await other.collection('seats').update(s.id, { name: 'Renamed on server' });
		await pullChanges(db, userId);
		const merged = await repository.get('seats', s.id);
		expect([merged?.name, merged?.purpose]).toEqual(['Renamed on server', 'local purpose']);
		await pushOutbox(db);
		expect((await other.collection('seats').getOne(s.id)).purpose).toBe('local purpose');
		await other.collection('seats').delete(s.id);
		await pullChanges(db, userId);
		expect(await repository.get('seats', s.id)).toBeUndefined();
	});

	it('keeps both values of a field both sides changed and holds the push until resolved', async () => {
		const db = await localDb();
		const s = await other.collection('seats').create(seat('Both'));
		await pullChanges(db, userId);
		await repository.update('seats', s.id, { purpose: 'mine' });
		await other.collection('seats').update(s.id, { purpose: 'theirs' });
		await pullChanges(db, userId);
		const status = await readOutboxStatus();
		expect(status.conflicts).toEqual([
			{ collection: 'seats', id: s.id, fields: [{ field: 'purpose', local: 'mine', server: 'theirs' }] }
		]);
		await pushOutbox(db);
		expect((await other.collection('seats').getOne(s.id)).purpose).toBe('theirs');
		const { resolveConflict } = await import('./conflicts');
		await resolveConflict('seats', s.id, { purpose: 'local' });
		await pushOutbox(db);
		expect((await other.collection('seats').getOne(s.id)).purpose).toBe('mine');
		expect((await readOutboxStatus()).conflicts).toEqual([]);
	});
});
