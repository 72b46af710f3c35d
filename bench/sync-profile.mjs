// Where a full sync spends the page's time: a Chromium CPU profile (CDP `Profiler`) of the push of
// `COUNT` full assessments (bench/sync.mjs) and of their pull into a second device, printed as the
// functions with the most self time. Not part of `npm run bench`: a tool for docs/sync.md.
// Usage: node bench/sync-profile.mjs [count]
import { chromium } from '@playwright/test';
import { join, resolve } from 'node:path';
import { startPocketBase } from '../scripts/test-pocketbase.mjs';
import { cpuMs } from './servers.mjs';
import { drain, fullAssessment, openLab, queueAssessments, world } from './sync.mjs';

const root = resolve(import.meta.dirname, '..');
const COUNT = Number(process.argv[2] ?? 1000);

/** The profile's self time per function (ms), biggest first, with the total sampled time. */
function selfTimes(profile) {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const spent = new Map();
	const deltas = profile.timeDeltas;
	let total = 0;
	profile.samples.forEach((id, i) => {
		const node = byId.get(id);
		const { functionName, url, lineNumber } = node.callFrame;
		const file = url.split('/').pop() || '';
		const name = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
		const ms = (deltas[i] ?? 0) / 1000;
		spent.set(name, (spent.get(name) ?? 0) + ms);
		total += ms;
	});
	return { total, top: [...spent].sort((a, b) => b[1] - a[1]).slice(0, 25) };
}

async function profiled(page, label, run) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	const started = performance.now();
	await run();
	const wall = performance.now() - started;
	const { profile } = await cdp.send('Profiler.stop');
	const { total, top } = selfTimes(profile);
	const idle = top.find(([name]) => name.startsWith('(idle)'))?.[1] ?? 0;
	console.log(
		`# ${label}: ${(wall / 1000).toFixed(2)} s wall, page busy ${((total - idle) / 1000).toFixed(2)} s`
	);
	for (const [name, ms] of top) console.log(`#   ${ms.toFixed(0).padStart(6)} ms  ${name}`);
}

const server = await startPocketBase({ publicDir: join(root, 'build') });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
try {
	const w = await world(server.url);
	const { context, page } = await openLab(browser, server.url);
	await page.evaluate(
		([e, p]) => window.rightseatLab.session.signIn(e, p),
		[w.email, 'correct-horse-battery']
	);
	await page.evaluate(() => window.rightseatLab.sync.syncNow());
	await context.setOffline(true);
	await queueAssessments(
		page,
		Array.from({ length: COUNT }, (_, i) => fullAssessment(w, i))
	);
	const cpu = cpuMs(server.pid);
	await profiled(page, `push of ${COUNT}`, () => drain(page, context));
	console.log(`# server CPU during the push: ${((cpuMs(server.pid) - cpu) / 1000).toFixed(2)} s`);
	await context.close();
	const second = await openLab(browser, server.url);
	await second.page.evaluate(
		([e, p]) => window.rightseatLab.session.signIn(e, p),
		[w.email, 'correct-horse-battery']
	);
	const cpu2 = cpuMs(server.pid);
	await profiled(second.page, `pull of ${COUNT}`, () =>
		second.page.evaluate(() => window.rightseatLab.sync.syncNow())
	);
	console.log(`# server CPU during the pull: ${((cpuMs(server.pid) - cpu2) / 1000).toFixed(2)} s`);
	const held = await second.page.evaluate(() => window.rightseatLab.repository.list('assessments'));
	console.log(`# second device holds ${held.length}`);
} finally {
	await browser.close();
	await server.stop();
}
