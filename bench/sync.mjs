// Sync throughput: 1,000 assessments queued offline in the real app (Chromium, IndexedDB) are
// pushed to a local PocketBase when the connection returns. Prints seconds, records/s and the page's
// JS heap afterwards, and fails unless the server holds every record exactly once.
import { chromium } from '@playwright/test';
import PocketBase from 'pocketbase';
import { join, resolve } from 'node:path';
import { startPocketBase } from '../scripts/test-pocketbase.mjs';

const root = resolve(import.meta.dirname, '..');
const COUNT = 1000;
const PASSWORD = 'correct-horse-battery';

async function world(url) {
	const client = new PocketBase(url);
	client.autoCancellation(false);
	const email = `bench-${Date.now()}@rightseat.test`;
	const user = await client
		.collection('users')
		.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: 'Bench' });
	await client.collection('users').authWithPassword(email, PASSWORD);
	const org = await client.collection('organizations').create({ name: 'Bench', kind: 'msp' });
	const seat = await client
		.collection('seats')
		.create({ organization: org.id, name: 'Help desk', kind: 'team', responsibilities: ['Tickets'] });
	const provider = await client
		.collection('providers')
		.create({ organization: org.id, name: 'Acme IT', status: 'current' });
	return { client, email, user, org, seat, provider };
}

/** Queues COUNT draft assessments in the page while offline; resolves to their ids. */
function queueAssessments(page, w) {
	const base = {
		organization: w.org.id,
		seat: w.seat.id,
		provider: w.provider.id,
		checklist: 'rightseatmspv01',
		assessor: w.user.id,
		status: 'draft'
	};
	return page.evaluate(
		async ([input, count]) => {
			const ids = [];
			for (let i = 0; i < count; i++) {
				const answers = { q01: { score: i % 5, note: `assessment ${i}` } };
				ids.push((await window.rightseatLab.repository.create('assessments', { ...input, answers })).id);
			}
			return ids;
		},
		[base, COUNT]
	);
}

/** Reconnects and waits until the outbox is empty; resolves to the seconds it took. */
async function drain(page, context) {
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

export async function benchSync() {
	const server = await startPocketBase({ publicDir: join(root, 'build') });
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
	});
	try {
		const w = await world(server.url);
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(`${server.url}/sync-lab`);
		await page.locator('[data-lab-ready="true"]').waitFor();
		await page.evaluate(([e, p]) => window.rightseatLab.session.signIn(e, p), [w.email, PASSWORD]);
		await page.evaluate(() => window.rightseatLab.sync.syncNow());
		await context.setOffline(true);
		const ids = await queueAssessments(page, w);
		const seconds = await drain(page, context);
		const cdp = await context.newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const { usedSize } = await cdp.send('Runtime.getHeapUsage');
		const onServer = await w.client
			.collection('assessments')
			.getFullList({ filter: `organization = "${w.org.id}"`, fields: 'id' });
		const unique = new Set(onServer.map((r) => r.id));
		if (onServer.length !== COUNT || unique.size !== COUNT || !ids.every((id) => unique.has(id))) {
			throw new Error(
				`server holds ${onServer.length} records (${unique.size} unique), expected each of ${COUNT} once`
			);
		}
		console.log(`bench sync.1000.seconds ${seconds.toFixed(2)} s`);
		console.log(`bench sync.1000.rate ${Math.round(COUNT / seconds)} records/s`);
		console.log(`bench sync.1000.heap ${(usedSize / 1e6).toFixed(1)} MB`);
	} finally {
		await browser.close();
		await server.stop();
	}
}

if (process.argv[1] === import.meta.filename) await benchSync();
