// Backup and restore against a real server: create data, back up with `npm run backup`'s script,
// change and then wreck the data dir, restore with `npm run restore`'s script, and find every record
// of every collection exactly as it was at the backup (and the passwords still working).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type PocketBase from 'pocketbase';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN, freePort } from '../../scripts/test-pocketbase.mjs';
import {
	PASSWORD,
	assessmentBody,
	checklistBody,
	decisionBody,
	failure,
	providerBody,
	seatBody,
	startServer,
	type Server
} from './world';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'rightseat-backup-test-'));
const dataDir = join(work, 'pb_data');
let server: Server | undefined;

afterAll(async () => {
	await server?.stop();
	rmSync(work, { recursive: true, force: true });
});

/**
 * Records the test harness itself rewrites on every start and sign-in: the superuser upsert bumps
 * `_superusers.updated`, and each superuser sign-in from a restarted server adds an `_authOrigins` row.
 */
const HARNESS_TOUCHED = new Set(['_authOrigins']);

/** Every record of every collection (system ones included), sorted, as the superuser sees them. */
async function everything(admin: PocketBase): Promise<Record<string, unknown[]>> {
	const all: Record<string, unknown[]> = {};
	for (const collection of await admin.collections.getFullList({ sort: 'name' })) {
		if (collection.type === 'view' || HARNESS_TOUCHED.has(collection.name)) continue;
		const rows = await admin.collection(collection.name).getFullList({ sort: 'id' });
		all[collection.name] =
			collection.name === '_superusers'
				? rows.map((row) => ({ ...row, updated: '(upserted at start)' }))
				: rows;
	}
	return all;
}

async function world(s: Server) {
	const owner = await s.user('owner');
	const editor = await s.user('editor');
	const org = await owner.client.collection('organizations').create({ name: 'Backup Co', kind: 'business' });
	await owner.client
		.collection('memberships')
		.create({ organization: org.id, user: editor.id, role: 'editor' });
	await owner.client
		.collection('invitations')
		.create({ organization: org.id, email: 'later@rightseat.test', role: 'viewer' });
	const seat = await owner.client.collection('seats').create(seatBody(org.id));
	const provider = await owner.client.collection('providers').create(providerBody(org.id));
	await owner.client.collection('checklists').create(checklistBody(org.id));
	await editor.client
		.collection('assessments')
		.create(assessmentBody(org.id, { seat: seat.id, provider: provider.id }));
	await owner.client
		.collection('decisions')
		.create(decisionBody(org.id, { seat: seat.id, provider: provider.id }));
	const doomed = await owner.client
		.collection('providers')
		.create(providerBody(org.id, { name: 'Gone Ltd' }));
	await owner.client.collection('providers').delete(doomed.id); // a sync_deletions row
	return { owner, seat };
}

describe('backup and restore', () => {
	it('brings back every record of every collection after the data dir is wrecked', async () => {
		const port = await freePort();
		server = await startServer({ port, dataDir });
		const { owner, seat } = await world(server);
		const before = await everything(server.admin);
		expect(Object.values(before).reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(12);

		const env = {
			...process.env,
			RIGHTSEAT_URL: server.pb.url,
			RIGHTSEAT_ADMIN_EMAIL: TEST_ADMIN.email,
			RIGHTSEAT_ADMIN_PASSWORD: TEST_ADMIN.password
		};
		const out = await run(process.execPath, ['scripts/backup.mjs', join(work, 'backups')], { env });
		const zip = out.stdout.trim();
		expect(zip).toMatch(/rightseat_\d{8}_\d{6}\.zip$/);

		// after the backup: more changes, which the restore must undo
		await owner.client.collection('seats').update(seat.id, { name: 'Renamed after the backup' });
		await owner.client.collection('organizations').create({ name: 'After the backup', kind: 'msp' });
		expect(await everything(server.admin)).not.toEqual(before);

		await server.stop();
		server = undefined;
		writeFileSync(join(dataDir, 'data.db'), 'this is not a database any more');
		unlinkSync(join(dataDir, 'auxiliary.db'));

		const restored = await run(process.execPath, ['scripts/restore.mjs', zip, dataDir], { env });
		expect(restored.stdout).toContain('The previous data dir is at');

		server = await startServer({ port, dataDir });
		expect(await everything(server.admin)).toEqual(before);
		// password hashes came back too: the owner signs in with their password, not another
		await server.client().collection('users').authWithPassword(owner.email, PASSWORD);
		expect(
			(await failure(server.client().collection('users').authWithPassword(owner.email, 'not-the-password')))
				.status
		).toBe(400);
	}, 120_000);
});
