// Sync against the server's limit. 1,000 full, submitted assessments (core values, GWC with notes,
// ten answers with notes, fit per responsibility) are queued offline in the real app (Chromium,
// IndexedDB), pushed to RightSeat when the connection returns, and pulled back into a second,
// empty device. The same 1,000 records go straight through /api/batch to a bare PocketBase (same
// binary and rules, no hooks, bench/servers.mjs) and are listed back, in the same run:
// `sync.1000.ratio` = RightSeat's full sync ÷ the bare batch push + list. Fails unless the server
// and the second device hold every record exactly once with the content that was queued.
import { chromium } from '@playwright/test';
import PocketBase from 'pocketbase';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { startPocketBase } from '../scripts/test-pocketbase.mjs';
import { ensureSyncLabBuild } from '../scripts/sync-lab-build.mjs';
import { copyRecords, cpuMs, figure, QUICK, startBare, superuser } from './servers.mjs';

const root = resolve(import.meta.dirname, '..');
const COUNT = QUICK ? 200 : 1000;
const PASSWORD = 'correct-horse-battery';
/** The bare reference sends the server's largest batch (migration 1764100600: 100 requests). */
const BARE_BATCH = 100;
/** What an assessment holds: compared between the queued record, the server and the second device. */
const CONTENT = [
	'id',
	'organization',
	'seat',
	'provider',
	'checklist',
	'assessor',
	'status',
	'gwc',
	'core_values',
	'answers',
	'responsibility_fit',
	'summary'
];
const RESPONSIBILITIES = ['Tickets', 'Backups', 'Patching', 'Onboarding', 'Security reviews'];
const VALUES = [
	{ id: 'care', name: 'Care', meaning: '' },
	{ id: 'grit', name: 'Grit', meaning: '' },
	{ id: 'truth', name: 'Truth', meaning: '' }
];

export async function world(url) {
	const client = new PocketBase(url);
	client.autoCancellation(false);
	const email = `bench-${Date.now()}@rightseat.test`;
	const user = await client
		.collection('users')
		.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: 'Bench' });
	await client.collection('users').authWithPassword(email, PASSWORD);
	const org = await client
		.collection('organizations')
		.create({ name: 'Bench', kind: 'msp', core_values: VALUES });
	const seat = await client
		.collection('seats')
		.create({ organization: org.id, name: 'Help desk', kind: 'team', responsibilities: RESPONSIBILITIES });
	const provider = await client
		.collection('providers')
		.create({ organization: org.id, name: 'Acme IT', status: 'current' });
	return { client, email, user, org, seat, provider };
}

/** A submitted assessment as a person completes it: everything answered, a note on everything. */
export function fullAssessment(w, i) {
	const note = (what) => `${what} — assessment ${i}: seen in the quarterly review, tickets and calls.`;
	const answers = {};
	for (let q = 1; q <= 10; q++) {
		answers[`q${String(q).padStart(2, '0')}`] = { score: (i + q) % 5, note: note(`question ${q}`) };
	}
	return {
		organization: w.org.id,
		seat: w.seat.id,
		provider: w.provider.id,
		checklist: 'rightseatmspv01',
		assessor: w.user.id,
		status: 'submitted',
		core_values: VALUES.map((v, k) => ({
			value_id: v.id,
			rating: ['plus', 'plus_minus', 'plus'][(i + k) % 3],
			note: note(v.name)
		})),
		gwc: {
			get: { answer: 'yes', note: note('get it') },
			want: { answer: i % 7 === 0 ? 'no' : 'yes', note: note('want it') },
			capacity: { answer: 'yes', note: note('capacity') }
		},
		answers,
		responsibility_fit: RESPONSIBILITIES.map((responsibility, k) => ({
			responsibility,
			score: (i + k) % 5,
			note: note(responsibility)
		})),
		summary: note('summary')
	};
}

const content = (record) => Object.fromEntries(CONTENT.map((field) => [field, record[field]]));

/** Queues the assessments in the page while offline; resolves to the records as stored locally. */
export function queueAssessments(page, inputs) {
	return page.evaluate(async (list) => {
		const created = [];
		for (const input of list) created.push(await window.rightseatLab.repository.create('assessments', input));
		return created;
	}, inputs);
}

/** Reconnects and waits until the outbox is empty; resolves to the seconds it took. */
export async function drain(page, context) {
	const started = performance.now();
	await context.setOffline(false);
	await page.evaluate(async () => {
		const { sync } = window.rightseatLab;
		for (;;) {
			await sync.syncNow();
			await sync.refresh();
			if (sync.pending === 0) return;
			if (sync.parked.length) throw new Error(`parked: ${sync.parked[0].message}`);
		}
	});
	return (performance.now() - started) / 1000;
}

export async function openLab(browser, url) {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(`${url}/sync-lab`);
	await page.locator('[data-lab-ready="true"]').waitFor();
	return { context, page };
}

/**
 * A second, empty device signs in, then syncs until it holds `count` assessments. Timed in the page:
 * the sync cycles after sign-in (the password check is the same for both servers and not sync).
 */
async function pullBack(browser, url, email, count) {
	const { context, page } = await openLab(browser, url);
	try {
		const ms = await page.evaluate(
			async ([e, p, n]) => {
				const { session, sync, repository } = window.rightseatLab;
				await session.signIn(e, p);
				// only the sync cycles are timed; the check between them reads (and parses) every record
				let spent = 0;
				for (let round = 0; round < 50; round++) {
					const started = performance.now();
					await sync.syncNow();
					spent += performance.now() - started;
					if ((await repository.list('assessments')).length >= n) return spent;
				}
				throw new Error('the second device never held every assessment');
			},
			[email, PASSWORD, count]
		);
		const records = await page.evaluate(() => window.rightseatLab.repository.list('assessments'));
		return { seconds: ms / 1000, records };
	} finally {
		await context.close();
	}
}

/** Every expected record exactly once, with the same content; throws naming the first difference. */
function sameContents(where, expected, actual) {
	const byId = new Map(actual.map((r) => [r.id, r]));
	if (actual.length !== expected.length || byId.size !== expected.length) {
		throw new Error(
			`${where} holds ${actual.length} records (${byId.size} unique), expected ${expected.length}`
		);
	}
	for (const record of expected) {
		const found = byId.get(record.id);
		if (!found || !isDeepStrictEqual(content(found), content(record))) {
			throw new Error(`${where}: assessment ${record.id} differs from what was queued`);
		}
	}
}

/** The same records straight through /api/batch to the bare server, then listed back: seconds. */
async function bareSync(rightseatUrl, w, records) {
	const bare = await startBare(rightseatUrl);
	try {
		await copyRecords(rightseatUrl, bare.url, 'users', [w.user.id], {
			password: PASSWORD,
			passwordConfirm: PASSWORD
		});
		await copyRecords(rightseatUrl, bare.url, 'organizations', [w.org.id]);
		await copyRecords(rightseatUrl, bare.url, 'checklists', ['rightseatmspv01']);
		await copyRecords(rightseatUrl, bare.url, 'seats', [w.seat.id]);
		await copyRecords(rightseatUrl, bare.url, 'providers', [w.provider.id]);
		const client = new PocketBase(bare.url);
		client.autoCancellation(false);
		await client.collection('users').authWithPassword(w.email, PASSWORD);
		const started = performance.now();
		const cpuBefore = cpuMs(bare.pid);
		for (let i = 0; i < records.length; i += BARE_BATCH) {
			const batch = client.createBatch();
			for (const record of records.slice(i, i + BARE_BATCH))
				batch.collection('assessments').create(content(record));
			await batch.send();
		}
		const pushed = performance.now();
		const cpu = cpuMs(bare.pid) - cpuBefore;
		const listed = await client.collection('assessments').getFullList({ batch: 500 });
		const done = performance.now();
		sameContents('the bare server', records, listed);
		return { push: (pushed - started) / 1000, pull: (done - pushed) / 1000, cpu };
	} finally {
		await bare.stop();
	}
}

export async function benchSync() {
	ensureSyncLabBuild();
	const server = await startPocketBase({ publicDir: join(root, 'build') });
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
	});
	try {
		const w = await world(server.url);
		const { context, page } = await openLab(browser, server.url);
		await page.evaluate(([e, p]) => window.rightseatLab.session.signIn(e, p), [w.email, PASSWORD]);
		await page.evaluate(() => window.rightseatLab.sync.syncNow());
		await context.setOffline(true);
		const inputs = Array.from({ length: COUNT }, (_, i) => fullAssessment(w, i));
		const queued = await queueAssessments(page, inputs);
		const cpuBefore = cpuMs(server.pid);
		const push = await drain(page, context);
		const cpu = cpuMs(server.pid) - cpuBefore;
		const cdp = await context.newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const { usedSize } = await cdp.send('Runtime.getHeapUsage');
		await context.close();
		const admin = await superuser(server.url);
		sameContents('the server', queued, await admin.collection('assessments').getFullList({ batch: 500 }));
		const pulled = await pullBack(browser, server.url, w.email, COUNT);
		sameContents('the second device', queued, pulled.records);
		const bare = await bareSync(server.url, w, queued);
		const full = push + pulled.seconds;
		const reference = bare.push + bare.pull;
		figure(`sync.${COUNT}.push.seconds`, push.toFixed(2), 's');
		figure(`sync.${COUNT}.pull.seconds`, pulled.seconds.toFixed(2), 's');
		figure(`sync.${COUNT}.seconds`, full.toFixed(2), 's');
		figure(`sync.${COUNT}.rate`, Math.round(COUNT / full), 'records/s');
		figure(`sync.${COUNT}.heap`, (usedSize / 1e6).toFixed(1), 'MB');
		figure(`sync.${COUNT}.bare.push.seconds`, bare.push.toFixed(2), 's');
		figure(`sync.${COUNT}.bare.pull.seconds`, bare.pull.toFixed(2), 's');
		figure(`sync.${COUNT}.push.ratio`, (push / bare.push).toFixed(2), 'x');
		figure(`sync.${COUNT}.ratio`, (full / reference).toFixed(2), 'x');
		// the servers' own CPU time for the push: steadier than wall-clock time on a shared machine
		figure(`sync.${COUNT}.push.server_cpu.ms_per_record`, (cpu / COUNT).toFixed(2), 'ms');
		figure(`sync.${COUNT}.bare.push.server_cpu.ms_per_record`, (bare.cpu / COUNT).toFixed(2), 'ms');
		figure(`sync.${COUNT}.push.server_cpu.ratio`, (cpu / bare.cpu).toFixed(2), 'x');
	} finally {
		await browser.close();
		await server.stop();
	}
}

if (process.argv[1] === import.meta.filename) await benchSync();
