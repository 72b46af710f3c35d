// The MSP's private records (msp_notes, msp_fits) sync like every app collection: written offline
// (local store + outbox), pushed later, pulled and merged, deletions applied. Against a real
// PocketBase (Node, fake-indexeddb): no mocks.
import 'fake-indexeddb/auto';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_CHECKLIST_ID } from '$lib/domain/checklist';
import { startPocketBase } from '../../../../scripts/test-pocketbase.mjs';
import { pb, useServer } from '../server/client';
import { localDb } from '../local/local-store';
import { readOutboxStatus } from '../local/outbox';
import { repository } from '../local/repository';
import { pullChanges, PAGE_SIZE } from './pull';
import { pushOutbox } from './push';

const PASSWORD = 'correct-horse-battery';
let server: Awaited<ReturnType<typeof startPocketBase>>;
let admin: PocketBase;
/** The rep's second device (a plain client: what the server holds). */
let other: PocketBase;
let msp = '';
let rep = '';
let prospect = { id: '', client: new PocketBase() };

async function user(name: string) {
	const email = `${name}-${Date.now()}@rightseat.test`;
	const client = new PocketBase(server.url);
	client.autoCancellation(false);
	await client.collection('users').create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name });
	const id = (await client.collection('users').authWithPassword(email, PASSWORD)).record.id;
	return { id, client, email };
}

beforeAll(async () => {
	server = await startPocketBase({ publicDir: '/nonexistent' });
	useServer(server.url);
	admin = new PocketBase(server.url);
	admin.autoCancellation(false);
	await admin.collection('_superusers').authWithPassword(server.admin.email, server.admin.password);
	const me = await user('rep');
	rep = me.id;
	await pb.collection('users').authWithPassword(me.email, PASSWORD);
	other = me.client;
	msp = (await pb.collection('organizations').create({ name: 'Convergent IT', kind: 'msp' })).id;
	prospect = await user('prospect');
}, 60_000);
afterAll(() => server?.stop());
beforeEach(async () => {
	const db = await localDb();
	await Promise.all([db.clear('records'), db.clear('outbox')]);
});

/** A prospect workspace opened on this device, with a seat, the incumbent and an assessment of it. */
async function workspaceOffline() {
	const workspace = await repository.create('organizations', {
		name: 'Harbor Dental',
		kind: 'business',
		msp,
		stage: 'first_meeting'
	});
	const seat = await repository.create('seats', {
		organization: workspace.id,
		name: 'Managed IT',
		kind: 'service_provider',
		responsibilities: ['Backups', 'Roadmap']
	});
	const provider = await repository.create('providers', {
		organization: workspace.id,
		name: 'Incumbent IT',
		status: 'current'
	});
	const assessment = await repository.create('assessments', {
		organization: workspace.id,
		seat: seat.id,
		provider: provider.id,
		checklist: BUILTIN_CHECKLIST_ID,
		assessor: rep,
		status: 'draft'
	});
	return { workspace, assessment };
}

describe('msp_notes and msp_fits', () => {
	it('notes written offline with the workspace they are about reach the server, nothing lost', async () => {
		const db = await localDb();
		const { workspace, assessment } = await workspaceOffline();
		const texts = ['Hesitated on backups.', 'Owner wants a roadmap.', 'Ask about the budget.'];
		const notes = [];
		for (const [i, text] of texts.entries())
			notes.push(
				await repository.create('msp_notes', {
					organization: msp,
					workspace: workspace.id,
					assessment: assessment.id,
					question: `q${i + 1}`,
					text,
					author: rep
				})
			);
		await repository.update('msp_notes', notes[0]!.id, { text: 'Hesitated twice on backups.' });
		await repository.create('msp_fits', {
			organization: msp,
			workspace: workspace.id,
			criteria: { model: { score: 4, note: 'Wants a partner.' } },
			rated_by: rep
		});
		await pushOutbox(db);
		expect(await readOutboxStatus()).toMatchObject({ pending: 0, parked: [] });
		const onServer = await other
			.collection('msp_notes')
			.getFullList({ filter: other.filter('workspace = {:w}', { w: workspace.id }), sort: 'question' });
		expect(onServer.map((n) => [n.question, n.text, n.author, n.assessment])).toEqual([
			['q1', 'Hesitated twice on backups.', rep, assessment.id],
			['q2', 'Owner wants a roadmap.', rep, assessment.id],
			['q3', 'Ask about the budget.', rep, assessment.id]
		]);
		const fits = await other
			.collection('msp_fits')
			.getFullList({ filter: other.filter('workspace = {:w}', { w: workspace.id }) });
		expect(fits.map((f) => f.criteria)).toEqual([{ model: { score: 4, note: 'Wants a partner.' } }]);
	});

	it('pulls notes written on another device, merges a local edit, and drops a note deleted there', async () => {
		const db = await localDb();
		const { workspace } = await workspaceOffline();
		await pushOutbox(db);
		const note = await other
			.collection('msp_notes')
			.create({ organization: msp, workspace: workspace.id, question: 'q4', text: 'From the tablet.' });
		await pullChanges(db, rep);
		expect((await repository.get('msp_notes', note.id))?.text).toBe('From the tablet.');
		await repository.update('msp_notes', note.id, { question: 'q5' });
		await other.collection('msp_notes').update(note.id, { text: 'Edited on the tablet.' });
		await pullChanges(db, rep);
		await pushOutbox(db);
		const merged = await other.collection('msp_notes').getOne(note.id);
		expect([merged.question, merged.text]).toEqual(['q5', 'Edited on the tablet.']);
		await other.collection('msp_notes').delete(note.id);
		await pullChanges(db, rep);
		expect(await repository.get('msp_notes', note.id)).toBeUndefined();
	});

	it('a shared fit deleted by the MSP is logged for the prospect people who could read it', async () => {
		const workspace = await other
			.collection('organizations')
			.create({ name: 'Shared fit', kind: 'business', msp });
		await admin
			.collection('memberships')
			.create({ organization: workspace.id, user: prospect.id, role: 'owner' });
		const fit = await other
			.collection('msp_fits')
			.create({ organization: msp, workspace: workspace.id, shared: true, summary: 'Good match.' });
		expect((await prospect.client.collection('msp_fits').getOne(fit.id)).summary).toBe('Good match.');
		await other.collection('msp_fits').delete(fit.id);
		const logged = await prospect.client
			.collection('sync_deletions')
			.getFullList({ filter: prospect.client.filter('record_id = {:id}', { id: fit.id }) });
		expect(logged.map((row) => row.record_collection)).toEqual(['msp_fits']);
	});

	it('a page of deletions this device cannot read does not stop the deletions after it', async () => {
		const db = await localDb();
		await pullChanges(db, rep);
		// a newer server's rows: a collection this app version does not know, a full page of them
		for (let start = 0; start < PAGE_SIZE; start += 100) {
			const batch = admin.createBatch();
			for (let i = start; i < Math.min(start + 100, PAGE_SIZE); i++)
				batch.collection('sync_deletions').create({
					record_collection: 'future_things',
					record_id: `future${String(i).padStart(9, '0')}`,
					organization: msp,
					audience: [rep]
				});
			await batch.send();
		}
		const note = await other.collection('msp_notes').create({ organization: msp, text: 'Soon gone.' });
		await pullChanges(db, rep);
		expect(await repository.get('msp_notes', note.id)).toBeDefined();
		await other.collection('msp_notes').delete(note.id);
		await pullChanges(db, rep);
		expect(await repository.get('msp_notes', note.id)).toBeUndefined();
	});
});
