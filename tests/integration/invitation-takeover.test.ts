// The invitation takeover (issue 12, item 1): Kate has an account, an owner invites her as owner, and
// a stranger tries to get the invitation with an address that reads like hers — another case, or a
// Unicode letter that some case folding turns into an ASCII one (the Kelvin sign K folds to "k" in
// JavaScript, not in SQLite). Every path must see one canonical form (pb_hooks/lib/emails.js): the
// sign-up (unique index COLLATE NOCASE, ASCII only), the list rule and the accept route.
// A second server starts from data written before the fix, to prove the migration that settles
// existing case-variant accounts and that a look-alike account created back then gets nothing.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, TEST_ADMIN } from '../../scripts/test-pocketbase.mjs';
import { failure, fieldErrors, PASSWORD, startServer, type Server } from './world';

const KATE = 'kate@example.com';

/** Addresses a stranger could try instead of Kate's: case variants and Unicode look-alikes. */
const VARIANTS: { name: string; email: string; code: string }[] = [
	// A taken address (any ASCII case) is answered like a new one and creates nothing, so sign-up
	// does not reveal that Kate has an account (accounts.test.ts proves the answers are alike).
	{ name: 'capital K', email: 'Kate@example.com', code: 'answered as new, nothing stored' },
	{ name: 'all capitals', email: 'KATE@EXAMPLE.COM', code: 'answered as new, nothing stored' },
	{ name: 'Kelvin sign U+212A', email: '\u212Aate@example.com', code: 'validation_invalid_email' },
	{ name: 'fullwidth k U+FF4B', email: '\uff4bate@example.com', code: 'validation_invalid_email' },
	{ name: 'Cyrillic a U+0430', email: 'k\u0430te@example.com', code: 'validation_invalid_email' },
	{ name: 'dotted capital I U+0130', email: 'kat\u0130e@example.com', code: 'validation_invalid_email' }
];

/** Signs up through the public API (no superuser), as a stranger would. */
function signUp(server: Server, email: string) {
	return server
		.client()
		.collection('users')
		.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: 'Stranger' });
}

async function signIn(url: string, email: string): Promise<PocketBase> {
	const client = new PocketBase(url);
	client.autoCancellation(false);
	await client.collection('users').authWithPassword(email, PASSWORD);
	return client;
}

/** An organization owned by a new user, with an owner invitation for `email`. */
async function invitedOrganization(admin: PocketBase, ownerEmail: string, email: string) {
	const owner = await admin
		.collection('users')
		.create({ email: ownerEmail, password: PASSWORD, passwordConfirm: PASSWORD, name: 'Owner' });
	const organization = await admin
		.collection('organizations')
		.create({ name: 'Kate & Co', kind: 'business' });
	await admin
		.collection('memberships')
		.create({ organization: organization.id, user: owner.id, role: 'owner' });
	const invitation = await admin
		.collection('invitations')
		.create({ organization: organization.id, email, role: 'owner', invited_by: owner.id });
	return { organization: organization.id, invitation: invitation.id };
}

/** What `client` can see of `invitation` and whether accepting it works. */
async function attempt(client: PocketBase, invitation: string) {
	const listed = await client.collection('invitations').getFullList({ filter: `id = "${invitation}"` });
	const accepted = await client
		.send(`/api/rightseat/invitations/${invitation}/accept`, { method: 'POST' })
		.then(() => 200)
		.catch((error: { status: number }) => error.status);
	return { listed: listed.length, accepted };
}

describe('a fresh server', () => {
	let server: Server;
	let invite: { organization: string; invitation: string };

	beforeAll(async () => {
		server = await startServer();
		await signUp(server, KATE);
		invite = await invitedOrganization(server.admin, 'owner@example.com', KATE);
	}, 60_000);
	afterAll(async () => {
		await server?.stop();
	});

	it.for(VARIANTS)('sign-up as $email ($name) creates no second account: $code', async ({ email, code }) => {
		const before = await server.admin.collection('users').getList(1, 1);
		if (code.startsWith('answered')) {
			await signUp(server, email);
		} else {
			const error = await failure(signUp(server, email));
			expect(error.status).toBe(400);
			expect(fieldErrors(error).email?.code).toBe(code);
		}
		expect((await server.admin.collection('users').getList(1, 1)).totalItems).toBe(before.totalItems);
	});

	it('an address in another case signs in to the same account', async () => {
		const kate = await signIn(server.pb.url, 'KATE@Example.com');
		expect(kate.authStore.record?.email).toBe(KATE);
	});

	it('a stranger with their own address neither lists nor accepts Kate’s invitation', async () => {
		await signUp(server, 'stranger@example.com');
		const stranger = await signIn(server.pb.url, 'stranger@example.com');
		expect(await attempt(stranger, invite.invitation)).toEqual({ listed: 0, accepted: 404 });
		expect((await server.admin.collection('invitations').getOne(invite.invitation)).email).toBe(KATE);
		const memberships = await server.admin
			.collection('memberships')
			.getFullList({ filter: `organization = "${invite.organization}"` });
		expect(memberships).toHaveLength(1);
	});

	it('an invitation typed in capitals is stored in the canonical form; a look-alike is refused', async () => {
		const owner = await signIn(server.pb.url, 'owner@example.com');
		const stored = await owner
			.collection('invitations')
			.create({ organization: invite.organization, email: ' Sam@Example.COM ', role: 'viewer' });
		expect(stored.email).toBe('sam@example.com');
		for (const email of ['\u212Aate@example.com', '\u017Fam@example.com']) {
			const error = await failure(
				owner.collection('invitations').create({ organization: invite.organization, email, role: 'viewer' })
			);
			expect(fieldErrors(error).email?.code).toBe('validation_invalid_email');
		}
	});

	it('Kate, signed in with her address in any case, lists and accepts it', async () => {
		const kate = await signIn(server.pb.url, 'Kate@EXAMPLE.com');
		expect(await attempt(kate, invite.invitation)).toEqual({ listed: 1, accepted: 200 });
		const membership = await server.admin
			.collection('memberships')
			.getFirstListItem(`organization = "${invite.organization}" && user = "${kate.authStore.record!.id}"`);
		expect(membership.role).toBe('owner');
	});
});

// ---------------------------------------------------------------------------------------------
// Data from before the fix: case-variant accounts and a Kelvin-sign account already exist.

const root = resolve(import.meta.dirname, '../..');
const MIGRATIONS = join(root, 'pocketbase/pb_migrations');
const HOOKS = join(root, 'pocketbase/pb_hooks');
const FIX = '1764400000';

/** Runs PocketBase on `dataDir` with the given migrations and hooks until `stop()`. */
async function serve(dataDir: string, migrationsDir: string, hooksDir: string) {
	const bin = execFileSync('bash', [join(root, 'pocketbase/ensure.sh')], { encoding: 'utf8' }).trim();
	const common = [`--dir=${dataDir}`, `--migrationsDir=${migrationsDir}`, `--hooksDir=${hooksDir}`];
	const log = execFileSync(bin, ['migrate', 'up', ...common], { encoding: 'utf8' });
	execFileSync(bin, ['superuser', 'upsert', TEST_ADMIN.email, TEST_ADMIN.password, ...common]);
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(bin, ['serve', ...common, `--http=127.0.0.1:${port}`, '--hooksWatch=false'], {
		stdio: 'ignore'
	});
	for (
		let i = 0;
		i < 300 &&
		!(await fetch(`${url}/api/health`).then(
			(r) => r.ok,
			() => false
		));
		i++
	) {
		await new Promise((r) => setTimeout(r, 100));
	}
	const admin = new PocketBase(url);
	admin.autoCancellation(false);
	await admin.collection('_superusers').authWithPassword(TEST_ADMIN.email, TEST_ADMIN.password);
	const stop = async () => {
		const exited = new Promise((r) => child.once('exit', r));
		child.kill('SIGTERM');
		await exited;
	};
	return { url, admin, log, stop };
}

describe('a server migrated from data written before the fix', () => {
	const work = mkdtempSync(join(tmpdir(), 'rightseat-takeover-'));
	const ids: Record<string, string> = {};
	let after: Awaited<ReturnType<typeof serve>>;

	beforeAll(async () => {
		// before: every earlier migration, and no ASCII-only rule for account emails
		const oldMigrations = join(work, 'migrations');
		const oldHooks = join(work, 'hooks');
		cpSync(MIGRATIONS, oldMigrations, { recursive: true, filter: (src) => !src.includes(`/${FIX}_`) });
		cpSync(HOOKS, oldHooks, { recursive: true, filter: (src) => !src.endsWith('users-email.pb.js') });
		expect(readdirSync(oldMigrations).length).toBe(readdirSync(MIGRATIONS).length - 1);
		const before = await serve(join(work, 'data'), oldMigrations, oldHooks);
		try {
			const create = async (label: string, email: string, verified: boolean) => {
				const user = await before.admin
					.collection('users')
					.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: label, verified });
				ids[label] = user.id;
			};
			await create('first', KATE, false);
			await create('second', 'Kate@example.com', false);
			await create('verified', 'KATE@example.com', true);
			await create('kelvin', '\u212Aate@example.com', false);
		} finally {
			await before.stop();
		}
		after = await serve(join(work, 'data'), MIGRATIONS, HOOKS);
	}, 120_000);
	afterAll(async () => {
		await after?.stop();
		rmSync(work, { recursive: true, force: true });
	});

	it('keeps the address on the verified account and renames the other case variants', async () => {
		const email = async (label: string) => (await after.admin.collection('users').getOne(ids[label]!)).email;
		expect(await email('verified')).toBe('KATE@example.com');
		for (const label of ['first', 'second']) {
			expect(await email(label)).toBe(`duplicate-${ids[label]}@rightseat.invalid`);
			expect(after.log).toContain(`users ${ids[label]}:`);
		}
		expect(await email('kelvin')).toBe('\u212Aate@example.com');
	});

	it('a Kelvin-sign account from back then neither lists nor accepts Kate’s invitation', async () => {
		const invite = await invitedOrganization(after.admin, 'owner@example.com', KATE);
		const kelvin = await signIn(after.url, '\u212Aate@example.com');
		expect(await attempt(kelvin, invite.invitation)).toEqual({ listed: 0, accepted: 404 });
		const kate = await signIn(after.url, KATE);
		expect(kate.authStore.record?.id).toBe(ids.verified);
		expect(await attempt(kate, invite.invitation)).toEqual({ listed: 1, accepted: 200 });
	});
});
