// The sync lab (src/routes/(dev)/sync-lab) hands the data layer to Playwright. It is built only in
// the `e2e` mode (`vite build --mode e2e`); a production build (`vite build`) must not carry it.
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
