// The comparison screen with 20 providers × 10 questions: the real app in Chromium at 360×740,
// its local store (IndexedDB) seeded through the sync lab with one seat, 20 providers and one
// submitted assessment each (all ten questions answered, five responsibilities), no account. Timed
// from the navigation's start to the frame where all 20 provider cards are on screen and each chart
// canvas (radar, fit bars, trend; chart.js loaded on demand) holds drawn pixels. The reference, in
// the same run and the same browser: the same screen for an empty seat of an organization with no
// providers (the app shell, the store and the page without the comparison). Runs alternate, the
// medians are printed, and `compare.render.ratio` = 20×10 ÷ empty. Timed as in-app navigations
// (a click on a link, no reload), from the click to the frame where it is all drawn: the charts draw
// without animation on first draw, so that frame is the final picture. `compare.render.20x10.own` is
// the median of the paired differences (each 20×10 run minus the empty run after it): the
// comparison's own cost (reads and parsing of its 40 records, the domain comparison, 20 cards, three
// charts) without the navigation, route and page shell both screens pay. Before each timed tap every
// collection the screen reads changes (as another tab's write would), so the reads are timed too;
// `compare.render.20x10.kept` is the same tap with nothing changed since the last visit (the read
// cache answers). The target is `compare.render.20x10` ≤ 100 ms (docs/performance.md).
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { startPocketBase } from '../scripts/test-pocketbase.mjs';
import { buildHasSyncLab } from '../scripts/sync-lab-build.mjs';
import { figure, quantile, QUICK } from './servers.mjs';

const root = resolve(import.meta.dirname, '..');
const PROVIDERS = 20;
const RUNS = QUICK ? 3 : 9;
// what the comparison reads from the local store (the read cache keeps each answer until one changes)
const READ_COLLECTIONS = [
	'seats',
	'organizations',
	'memberships',
	'providers',
	'assessments',
	'checklists',
	'decisions'
];
const RESPONSIBILITIES = ['Tickets', 'Backups', 'Patching', 'Onboarding', 'Security reviews'];
const VALUES = [
	{ id: 'care', name: 'Care', meaning: '' },
	{ id: 'grit', name: 'Grit', meaning: '' },
	{ id: 'truth', name: 'Truth', meaning: '' }
];

function assessment(org, seat, provider, i) {
	const answers = {};
	for (let q = 1; q <= 10; q++) answers[`q${String(q).padStart(2, '0')}`] = { score: (i + q) % 5, note: '' };
	const day = String(1 + (i % 28)).padStart(2, '0');
	return {
		organization: org,
		seat,
		provider,
		checklist: 'rightseatmspv01',
		assessor: 'benchassessor01',
		status: 'submitted',
		assessed_at: `2026-10-${day} 10:00:00.000Z`,
		core_values: VALUES.map((v, k) => ({
			value_id: v.id,
			rating: (i + k) % 4 ? 'plus' : 'plus_minus',
			note: ''
		})),
		gwc: {
			get: { answer: 'yes', note: '' },
			want: { answer: i % 5 === 0 ? 'no' : 'yes', note: '' },
			capacity: { answer: 'yes', note: '' }
		},
		answers,
		responsibility_fit: RESPONSIBILITIES.map((responsibility, k) => ({
			responsibility,
			score: (i + k) % 5,
			note: ''
		})),
		summary: ''
	};
}

/**
 * Milliseconds from a tap on an in-app link to `url` (SvelteKit navigates without reloading, as a
 * person tapping "Compare" does) to the frame with `cards` provider cards and every chart canvas
 * drawn; for `cards` 0, the empty seat's sentence. The link is in place and laid out before the
 * tap, and the tap is a real pointer event (Playwright's mouse through CDP), timed from the click
 * event's own timestamp: adding a link and calling `click()` from script (the old way) left the old
 * page's layout dirty for the router to pay inside the timing, and a click from a frame callback
 * always waited a whole frame for the router's paint-before-navigating step.
 */
async function timeNavigation(page, url, cards, { kept = false } = {}) {
	if (!kept) {
		// as after another tab changed each collection the screen reads: nothing kept from the last visit
		await page.evaluate((collections) => {
			const tabs = new BroadcastChannel('rightseat-changes');
			for (const collection of collections)
				tabs.postMessage({ name: 'rightseat-local', change: { collection, id: '*' } });
			tabs.close();
		}, READ_COLLECTIONS);
		// the screen on show re-reads them; the tap waits until that is done
		await page.waitForTimeout(300);
	}
	await page.evaluate(
		({ url, cards }) => {
			const drawn = (canvas) => {
				const context = canvas.getContext('2d');
				if (!context || canvas.width === 0) return false;
				return context.getImageData(0, 0, canvas.width, canvas.height).data.some((v) => v !== 0);
			};
			const ready = () => {
				if (cards === 0) {
					return [...document.querySelectorAll('main p')].some((p) =>
						p.textContent?.includes('No submitted assessments in this seat yet.')
					);
				}
				const shown = document.querySelectorAll('.cards article.provider').length;
				const canvases = [...document.querySelectorAll('figure.chart canvas')];
				return shown === cards && canvases.length === 3 && canvases.every(drawn);
			};
			const link = document.createElement('a');
			link.href = url;
			link.textContent = 'go';
			link.style.cssText =
				'position:fixed;left:0;top:0;width:48px;height:48px;z-index:2147483647;opacity:0.01';
			document.body.append(link);
			window.benchDrawn = new Promise((resolve, reject) => {
				link.addEventListener(
					'click',
					(event) => {
						const started = event.timeStamp;
						const check = () => {
							if (ready()) {
								link.remove();
								resolve(performance.now() - started);
							} else if (performance.now() - started > 60_000)
								reject(new Error(`${url} was not drawn in 60 s`));
							else requestAnimationFrame(check);
						};
						requestAnimationFrame(check);
					},
					{ capture: true, once: true }
				);
			});
		},
		{ url, cards }
	);
	// two frames: the link is laid out and painted before the tap
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	await page.mouse.click(24, 24);
	return page.evaluate(() => window.benchDrawn);
}

export async function benchCompare() {
	if (!buildHasSyncLab()) {
		console.log('# compare.render: building the app with the sync lab (vite build --mode e2e)');
		execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'e2e'], {
			cwd: root,
			stdio: 'ignore'
		});
	}
	const server = await startPocketBase({ publicDir: join(root, 'build') });
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
	});
	try {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(`${server.url}/sync-lab`);
		await page.locator('[data-lab-ready="true"]').waitFor();
		await page.exposeFunction('benchAssessment', (org, seat, provider, i) =>
			assessment(org, seat, provider, i)
		);
		const seats = await page.evaluate(
			async ({ count, values, responsibilities }) => {
				const { repository } = window.rightseatLab;
				const org = await repository.create('organizations', {
					name: 'Bench Co',
					kind: 'business',
					core_values: values
				});
				const seat = await repository.create('seats', {
					organization: org.id,
					name: 'Managed IT',
					kind: 'service_provider',
					responsibilities
				});
				for (let i = 0; i < count; i++) {
					const provider = await repository.create('providers', {
						organization: org.id,
						name: `Provider ${String(i + 1).padStart(2, '0')}`,
						status: i === 0 ? 'current' : 'prospective'
					});
					const input = await window.benchAssessment(org.id, seat.id, provider.id, i);
					await repository.create('assessments', input);
				}
				const other = await repository.create('organizations', { name: 'Empty Co', kind: 'business' });
				const empty = await repository.create('seats', {
					organization: other.id,
					name: 'Managed IT',
					kind: 'service_provider',
					responsibilities
				});
				return { full: seat.id, empty: empty.id };
			},
			{ count: PROVIDERS, values: VALUES, responsibilities: RESPONSIBILITIES }
		);
		const fullUrl = `/seats/${seats.full}/compare`;
		const emptyUrl = `/seats/${seats.empty}/compare`;
		await page.goto(`${server.url}${emptyUrl}`);
		// the router takes over links once the app has started: wait for the page it draws
		await page.getByText('No submitted assessments in this seat yet.').waitFor();
		// one untimed visit of each loads the route's code and chart.js's chunk, as a second visit has them
		await timeNavigation(page, fullUrl, PROVIDERS);
		await timeNavigation(page, emptyUrl, 0);
		const full = [];
		const empty = [];
		for (let run = 0; run < RUNS; run++) {
			full.push(await timeNavigation(page, fullUrl, PROVIDERS));
			empty.push(await timeNavigation(page, emptyUrl, 0));
		}
		// going back to a comparison nothing has changed in since: its reads are kept
		const kept = [];
		for (let run = 0; run < RUNS; run++) {
			kept.push(await timeNavigation(page, fullUrl, PROVIDERS, { kept: true }));
			await timeNavigation(page, emptyUrl, 0, { kept: true });
		}
		const fullMs = quantile(full, 0.5);
		const emptyMs = quantile(empty, 0.5);
		const ownMs = quantile(
			full.map((ms, run) => ms - empty[run]),
			0.5
		);
		console.log(
			`# compare.render: ${RUNS} alternating in-app navigations each, medians, link click → cards and charts drawn`
		);
		figure('compare.render.20x10', fullMs.toFixed(0), 'ms');
		figure('compare.render.empty', emptyMs.toFixed(0), 'ms');
		figure('compare.render.20x10.own', ownMs.toFixed(0), 'ms');
		figure('compare.render.ratio', (fullMs / emptyMs).toFixed(2), 'x');
		figure('compare.render.20x10.kept', quantile(kept, 0.5).toFixed(0), 'ms');
		await context.close();
	} finally {
		await browser.close();
		await server.stop();
	}
}

if (process.argv[1] === import.meta.filename) await benchCompare();
