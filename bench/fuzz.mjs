// Fuzz at bench scale: runs tests/integration/fuzz.test.ts (fast-check payloads against every
// collection through the real API and /api/batch) with 10,000 payloads and prints its counts.
// The test fails on the first 5xx, unnamed 400, stored invalid record or refused-but-stored create.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { figure, QUICK } from './servers.mjs';

const root = resolve(import.meta.dirname, '..');
const RUNS = QUICK ? 500 : 10_000;

export async function benchFuzz() {
	const dir = mkdtempSync(join(tmpdir(), 'rightseat-fuzz-'));
	const report = join(dir, 'report.json');
	try {
		const started = performance.now();
		const run = spawnSync('npx', ['vitest', 'run', 'tests/integration/fuzz.test.ts'], {
			cwd: root,
			env: { ...process.env, FUZZ_RUNS: String(RUNS), FUZZ_REPORT: report },
			encoding: 'utf8'
		});
		const seconds = (performance.now() - started) / 1000;
		const counts = JSON.parse(readFileSync(report, 'utf8'));
		const name = `fuzz.${RUNS}`;
		figure(`${name}.requests`, counts.requests, 'count');
		figure(`${name}.accepted`, counts.ok, 'count');
		figure(`${name}.refused`, counts.refused, 'count');
		figure(`${name}.5xx`, counts.server_errors, 'count');
		figure(`${name}.unnamed_400`, counts.unnamed_400, 'count');
		figure(`${name}.invalid_stored`, counts.invalid_stored, 'count');
		figure(`${name}.refused_but_stored`, counts.left_behind, 'count');
		figure(`${name}.batch_rule_unnamed`, counts.batch_rule_unnamed, 'count');
		figure(`${name}.lone_surrogates`, counts.lone_surrogates, 'count');
		figure(`${name}.seconds`, seconds.toFixed(1), 's');
		if (run.status !== 0) {
			for (const problem of counts.problems) console.log(`# fuzz: ${problem}`);
			throw new Error(`fuzz failed:\n${run.stdout.slice(-3000)}`);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[1] === import.meta.filename) await benchFuzz();
