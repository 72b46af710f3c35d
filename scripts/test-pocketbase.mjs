// A real, throwaway PocketBase for tests: free port, fresh data dir, migrations applied, a known
// superuser, the built app as its public dir. Imported by Vitest integration tests; run as a
// command (`node scripts/test-pocketbase.mjs PORT`) by Playwright's webServer.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TEST_ADMIN = { email: 'superuser@rightseat.test', password: 'superuser-password-123' };

/** Resolves a free TCP port on 127.0.0.1. */
export function freePort() {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => ok(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

function pocketbaseBinary() {
	return execFileSync('bash', [join(root, 'pocketbase/ensure.sh')], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit']
	}).trim();
}

async function waitForHealth(url, child, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`PocketBase exited with code ${child.exitCode}`);
		try {
			const res = await fetch(`${url}/api/health`);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`PocketBase did not answer ${url}/api/health within ${timeoutMs} ms`);
}

/**
 * Starts PocketBase and resolves once /api/health answers.
 * `dataDir` runs on an existing data dir (kept on stop); otherwise a fresh one is made and removed.
 * `env` adds variables to PocketBase's environment (e.g. RIGHTSEAT_SMTP_HOST, RIGHTSEAT_SIGNIN_*).
 * `bare` starts the same binary without RightSeat's migrations and hooks, JS and Go (the benchmarks'
 * reference server); `hooksPool` overrides 64.
 * @param {{ port?: number, publicDir?: string, quiet?: boolean, env?: Record<string, string>, dataDir?: string, bare?: boolean, hooksPool?: number }} [options]
 */
export async function startPocketBase(options = {}) {
	const bin = pocketbaseBinary();
	const port = options.port ?? (await freePort());
	const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rightseat-pb-'));
	const env = { ...process.env, ...options.env };
	const common = [
		`--dir=${dataDir}`,
		`--migrationsDir=${options.bare ? join(dataDir, 'no_migrations') : join(root, 'pocketbase/pb_migrations')}`,
		`--hooksDir=${options.bare ? join(dataDir, 'no_hooks') : join(root, 'pocketbase/pb_hooks')}`,
		// RightSeat's Go record hooks (pocketbase/cmd/rightseat/assessments.go) are hooks too
		`--goHooks=${options.bare ? 'false' : 'true'}`
	];
	execFileSync(bin, ['migrate', 'up', ...common], { stdio: 'ignore', env });
	execFileSync(bin, ['superuser', 'upsert', TEST_ADMIN.email, TEST_ADMIN.password, ...common], {
		stdio: 'ignore',
		env
	});
	const publicDir = options.publicDir ?? join(root, 'build');
	const args = [
		'serve',
		...common,
		`--http=127.0.0.1:${port}`,
		`--publicDir=${existsSync(publicDir) ? publicDir : dataDir}`,
		'--indexFallback',
		'--automigrate=false',
		'--dev=false',
		'--hooksWatch=false',
		// as pocketbase/start.sh: a synced batch holds one JS VM per record (pb_hooks/lib/requests.js)
		`--hooksPool=${options.hooksPool ?? 64}`
	];
	const child = spawn(bin, args, { stdio: options.quiet === false ? 'inherit' : 'ignore', env });
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (child.exitCode === null) {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGTERM');
			await exited;
		}
		if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
	};
	try {
		await waitForHealth(url, child);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url, port, dataDir, pid: child.pid, stop, admin: TEST_ADMIN };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.argv[2]) || undefined;
	const server = await startPocketBase({ port, quiet: false });
	console.log(`test PocketBase on ${server.url} (data ${server.dataDir})`);
	const shutdown = async () => {
		await server.stop();
		process.exit(0);
	};
	process.on('SIGTERM', shutdown);
	process.on('SIGINT', shutdown);
}
