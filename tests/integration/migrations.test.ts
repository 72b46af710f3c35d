// Migrations: they apply to an empty data dir, are a no-op on a migrated one, revert cleanly, seed
// the built-in checklist exactly as src/lib/domain/checklist-builtin.json, and set the settings the
// app relies on (batch API, rate limits, password length).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CHECKLIST_ID, failure, startServer, type Server } from './world';

const root = resolve(import.meta.dirname, '../..');
const builtin = JSON.parse(readFileSync(join(root, 'src/lib/domain/checklist-builtin.json'), 'utf8'));

let server: Server;
beforeAll(async () => {
	server = await startServer();
}, 60_000);
afterAll(async () => {
	await server?.stop();
});

describe('migrations on disk', () => {
	const bin = execFileSync('bash', [join(root, 'pocketbase/ensure.sh')], { encoding: 'utf8' }).trim();
	const migrationsDir = join(root, 'pocketbase/pb_migrations');
	const count = readdirSync(migrationsDir).filter((f) => f.endsWith('.js')).length;
	const run = (dir: string, ...args: string[]) =>
		execFileSync(
			bin,
			[
				...args,
				`--dir=${dir}`,
				`--migrationsDir=${migrationsDir}`,
				`--hooksDir=${join(root, 'pocketbase/pb_hooks')}`
			],
			{ encoding: 'utf8', input: 'y\n', stdio: ['pipe', 'pipe', 'pipe'] }
		);

	it('apply to an empty data dir, then are a no-op on the migrated one', () => {
		const dir = mkdtempSync(join(tmpdir(), 'rightseat-migrate-'));
		try {
			const first = run(dir, 'migrate', 'up');
			expect(first.match(/^Applied /gm)?.length).toBe(count);
			expect(run(dir, 'migrate', 'up')).toContain('No new migrations to apply.');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('revert (every down) and apply again', () => {
		const dir = mkdtempSync(join(tmpdir(), 'rightseat-migrate-'));
		try {
			run(dir, 'migrate', 'up');
			expect(run(dir, 'migrate', 'down', String(count)).match(/^Reverted /gm)?.length).toBe(count);
			expect(run(dir, 'migrate', 'up').match(/^Applied /gm)?.length).toBe(count);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('seed and settings', () => {
	it('seeds the built-in checklist v1 equal to checklist-builtin.json, locked, without organization', async () => {
		const record = await server.admin.collection('checklists').getOne(BUILTIN_CHECKLIST_ID);
		expect({
			family: record.family,
			name: record.name,
			version: record.version,
			questions: record.questions
		}).toEqual(builtin);
		expect(record.organization).toBe('');
		expect(record.locked).toBe(true);
	});

	it('enables the batch API and rate limits on auth endpoints', async () => {
		const settings = await server.admin.settings.getAll();
		expect(settings.batch.enabled).toBe(true);
		expect(settings.batch.maxRequests).toBeGreaterThanOrEqual(50);
		expect(settings.rateLimits.enabled).toBe(true);
		expect(settings.rateLimits.rules.map((rule: { label: string }) => rule.label)).toContain('*:auth');
	});

	it('opens sign-up with passwords of at least 10 characters', async () => {
		const users = server.client().collection('users');
		const short = await failure(
			users.create({ email: 'short@rightseat.test', password: 'nine-char', passwordConfirm: 'nine-char' })
		);
		expect(short.response.data.password.code).toBe('validation_min_text_constraint');
		const ok = await users.create({
			email: 'long@rightseat.test',
			password: 'ten-chars!',
			passwordConfirm: 'ten-chars!'
		});
		expect(ok.id).toHaveLength(15);
	});
});
