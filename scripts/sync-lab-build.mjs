// The sync lab (src/routes/(dev)/sync-lab) hands the data layer to Playwright. It is built only in
// the `e2e` mode (`vite build --mode e2e`); a production build (`vite build`) must not carry it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MARKER = 'rightseatLab';

/** Whether the built app in `dir` (default build/) contains the sync lab's code. */
export function buildHasSyncLab(dir = fileURLToPath(new URL('../build', import.meta.url))) {
	/** @param {string} path @returns {boolean} */
	function walk(path) {
		if (statSync(path).isDirectory()) return readdirSync(path).some((name) => walk(join(path, name)));
		return /\.(js|html)$/.test(path) && readFileSync(path, 'utf8').includes(MARKER);
	}
	try {
		return walk(dir);
	} catch {
		return false;
	}
}

/**
 * Builds build/ in the `e2e` mode unless it already carries the sync lab: the benchmarks that drive
 * the lab need it, and `bench/size.mjs` leaves a production build behind.
 */
export function ensureSyncLabBuild(log = console.log) {
	if (buildHasSyncLab()) return;
	log('# building the app with the sync lab (vite build --mode e2e)');
	const root = fileURLToPath(new URL('..', import.meta.url));
	execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'e2e'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit']
	});
}

// `node scripts/sync-lab-build.mjs absent|present`: fails unless build/ matches.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const want = process.argv[2] ?? 'absent';
	const has = buildHasSyncLab();
	if ((want === 'absent') === has) {
		console.error(`build/ ${has ? 'contains' : 'lacks'} the sync lab; expected it ${want}.`);
		process.exit(1);
	}
	console.log(`build/: sync lab ${want}, as expected.`);
}
