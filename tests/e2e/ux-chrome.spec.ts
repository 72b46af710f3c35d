// The app shell on a phone (issue 9): a compact top bar and a bottom tab bar, notices that go by
// themselves and never cover the page's main button, one truthful sync state, the core values
// rating as a segmented control that never breaks a word.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { App } from './pages/app';
import { PASSWORD } from './sync-lab.fixture';

const VALUES = ['Humble', 'Hungry', 'Smart'];

/** The status line in the top bar (what a sighted person reads). */
const statusText = (page: Page) =>
	page.evaluate(() => document.querySelector<HTMLElement>('header .status .label')?.innerText.trim() ?? '');

/** Top-bar and tab-bar heights in CSS px. */
async function chrome(page: Page) {
	const top = (await page.locator('header').boundingBox())!;
	const tabs = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
	return { top: top.height, tabs: tabs.height, tabsBottom: tabs.y + tabs.height };
}

async function noHorizontalOverflow(page: Page, where: string) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** Whether two boxes share any area. */
function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The visible notice does not cover any primary button of the page, where it is now or scrolled to the end. */
async function expectNoticeClearOfPrimary(page: Page, notice: Locator) {
	const primaries = page.locator('main .primary');
	expect(await primaries.count(), 'the page has a primary button').toBeGreaterThan(0);
	for (const scroll of ['top', 'bottom'] as const) {
		await page.evaluate((to) => window.scrollTo(0, to === 'top' ? 0 : document.body.scrollHeight), scroll);
		const box = (await notice.boundingBox())!;
		for (const primary of await primaries.all()) {
			const target = await primary.boundingBox();
			if (!target) continue;
			expect(overlaps(box, target), `notice over “${await primary.innerText()}” (${scroll})`).toBe(false);
		}
	}
}

test.describe('chrome', () => {
	test('top bar ≤ 56 px and tab bar ≤ 64 px (≤ 120 px together) at 360×740; 44 px tabs; the method on Home', async ({
		page
	}) => {
		const app = new App(page);
		await app.openExample();
		for (const path of ['/', '/chart', '/providers', '/account']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('header .status .label')).toHaveText('● On this device only — not backed up');
			const { top, tabs, tabsBottom } = await chrome(page);
			expect(top, `${path} top bar`).toBeLessThanOrEqual(56);
			expect(tabs, `${path} tab bar`).toBeLessThanOrEqual(64);
			expect(top + tabs, `${path} chrome`).toBeLessThanOrEqual(120);
			expect(tabsBottom, 'the tab bar sits at the bottom edge').toBeCloseTo(740, 0);
			const nav = page.getByRole('navigation', { name: 'Main' });
			await expect(nav.getByRole('link')).toHaveText(['Home', 'Chart', 'Providers', 'Account']);
			await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
			for (const tab of await nav.getByRole('link').all())
				expect((await tab.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		}
		await page.goto('/chart');
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chart' })
		).toHaveAttribute('aria-current', 'page');
		// The method moved out of the tabs: a link on Home and in Account.
		await page.getByRole('link', { name: 'Home' }).click();
		await page.getByRole('link', { name: 'How the method works' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Right provider, right seat');
		await page.getByRole('link', { name: 'Account' }).click();
		await expect(page.getByRole('link', { name: 'How the method works' })).toBeVisible();
		// Members needs an account: no dead link before sign-in.
		await expect(page.getByRole('link', { name: 'Members' })).toHaveCount(0);
	});

	test('nothing scrolls sideways at 320×640; the tabs join the top bar from 768 px', async ({ page }) => {
		const app = new App(page);
		await page.setViewportSize({ width: 320, height: 640 });
		await app.openExample();
		const result = page.url();
		for (const path of ['/', '/chart', '/providers', '/account', '/about', result]) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await noHorizontalOverflow(page, path);
			await app.expectFitsViewport(path);
		}
		// with 200 % text the status takes its own line, whole
		await page.goto('/');
		await app.zoomText(200);
		await app.expectFitsViewport('home at 200 % text');
		const clipped = await page
			.locator('header .status .label')
			.evaluate((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
		expect(clipped).toBe(false);
		await expect(page.locator('header .status .label')).toBeInViewport({ ratio: 1 });
		await page.setViewportSize({ width: 768, height: 1024 });
		await page.goto('/');
		const header = (await page.locator('header').boundingBox())!;
		const nav = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
		expect(nav.y + nav.height).toBeLessThanOrEqual(header.y + header.height);
		await noHorizontalOverflow(page, 'home at 768');
	});
});

test.describe('notices', () => {
	test('a success notice goes by itself, clears on navigation and never covers the main button', async ({
		page
	}) => {
		const app = new App(page);
		await app.createOrganization('Notice Dental', VALUES);
		await app.addProvider('Acme IT');
		const notice = page.getByRole('group', { name: 'Message' });
		await expect(notice).toContainText('Provider “Acme IT” added.');
		await expectNoticeClearOfPrimary(page, notice);
		// it stays readable for a moment, then goes by itself
		await page.waitForTimeout(1_500);
		await expect(notice).toBeVisible();
		await expect(notice).toBeHidden({ timeout: 5_000 });

		// on the seat page (its main button near the bottom of a short page)
		await app.addSeat('Managed IT', ['Help desk'], true);
		await expect(notice).toContainText('Seat “Managed IT” added.');
		await expectNoticeClearOfPrimary(page, notice);
		// leaving the page takes the notice along
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Providers' }).click();
		await expect(page.getByRole('heading', { name: 'Providers' })).toBeVisible();
		await expect(notice).toHaveCount(0);
	});

	test('an Undo stays while focused and still works; only one notice at a time', async ({ page }) => {
		const app = new App(page);
		await app.createOrganization('Undo Dental', VALUES);
		await app.addSeat('Finance', ['Books']);
		await app.addSeat('Sales', ['Leads']);
		await page.goto('/chart');
		for (const seat of ['Finance', 'Sales']) {
			await page.getByRole('button', { name: `Delete ${seat}` }).click();
			await page.getByRole('button', { name: 'Yes, delete' }).click();
		}
		const notice = page.getByRole('group', { name: 'Message' });
		await expect(notice).toHaveCount(1);
		await expect(notice).toContainText('Deleted “Sales”.');
		const undo = notice.getByRole('button', { name: 'Undo' });
		await undo.focus();
		// longer than an Undo notice's own time (10 s): focus holds it
		await page.waitForTimeout(11_000);
		await expect(undo).toBeVisible();
		await undo.click();
		await expect(page.getByRole('link', { name: 'Sales', exact: true })).toBeVisible();
		await expect(notice).toHaveCount(0);
	});
});

test.describe('sync status', () => {
	test('local work without an account reads “On this device only”, never “All synced”, also after sign-up until moved', async ({
		page
	}) => {
		test.setTimeout(90_000);
		const app = new App(page);
		await app.start();
		expect(await statusText(page)).not.toContain('synced');
		await app.createOrganization('Status Dental', VALUES);
		await expect.poll(() => statusText(page)).toContain('On this device only — not backed up');
		await app.addProvider('Acme IT');
		await expect.poll(() => statusText(page)).toContain('On this device only — not backed up');
		// polite, for screen readers, once
		await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText(
			'On this device only — not backed up'
		);

		// Record every status the header shows from here on, across page loads.
		await page.addInitScript(() => {
			const KEY = 'seen-status';
			const seen: string[] = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
			const read = () => {
				const text = document.querySelector<HTMLElement>('header .status .label')?.innerText.trim() ?? '';
				if (text === seen.at(-1)) return;
				seen.push(text);
				sessionStorage.setItem(KEY, JSON.stringify(seen));
			};
			new MutationObserver(read).observe(document, { subtree: true, childList: true, characterData: true });
		});
		const seen = (): Promise<string[]> =>
			page.evaluate(() => JSON.parse(sessionStorage.getItem('seen-status') ?? '[]'));

		await app.signUp('Sam Status', `status-${Date.now()}@rightseat.test`, PASSWORD, 'keep');
		await expect(page.getByRole('heading', { name: 'Work from this device' })).toBeVisible();
		// signed in but nothing uploaded yet: not "All synced"
		await page.waitForTimeout(1_500);
		expect((await seen()).filter((s) => s.includes('All synced'))).toEqual([]);
		await expect.poll(() => statusText(page)).toContain('On this device only');

		await page.getByRole('button', { name: 'Move my work' }).click();
		await expect.poll(() => statusText(page), { timeout: 20_000 }).toMatch(/All synced · \d/);
		await page.waitForTimeout(2_000);
		const history = await seen();
		// one sync reads as one: "All synced" shows once, at the end, never between two "Syncing"
		const synced = history.map((s, i) => (s.includes('All synced') ? i : -1)).filter((i) => i >= 0);
		expect(synced, history.join(' → ')).toHaveLength(1);
		expect(history.at(-1), history.join(' → ')).toContain('All synced');
	});
});

test.describe('core values rating', () => {
	for (const { width, height, zoom } of [
		{ width: 320, height: 640, zoom: 100 },
		{ width: 360, height: 740, zoom: 200 }
	])
		test(`a segmented control with whole words at ${width} px and ${zoom} % text`, async ({ page }) => {
			const app = new App(page);
			await page.setViewportSize({ width, height });
			await app.createOrganization('Segment Dental', ['Humble', 'Hungry', 'Smart']);
			await app.addSeat('Managed IT', ['Help desk'], true);
			await app.addProvider('Acme IT');
			await app.startAssessment('Managed IT (service provider seat)', 'Acme IT');
			await expect(page.getByText('To pass:')).toBeVisible();
			await app.zoomText(zoom);
			// every word of every segment label sits on one line (a broken word has two boxes)
			const broken = await page.evaluate(() => {
				const out: string[] = [];
				for (const segment of document.querySelectorAll<HTMLElement>('.segment')) {
					const walker = document.createTreeWalker(segment, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const text = node.textContent ?? '';
						for (const match of text.matchAll(/\S+/g)) {
							const range = document.createRange();
							range.setStart(node, match.index);
							range.setEnd(node, match.index + match[0].length);
							const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
							if (lines.size > 1) out.push(match[0]);
						}
					}
					if (segment.scrollWidth > segment.clientWidth + 1) out.push(`${segment.innerText} overflows`);
				}
				return out;
			});
			expect(broken).toEqual([]);
			await app.expectFitsViewport('values step');
			// radio semantics: a group per value, arrow keys move the choice
			const humble = page.getByRole('group', { name: 'Humble' });
			await expect(humble.getByRole('radio')).toHaveCount(3);
			await humble.getByRole('radio', { name: /^\+ Most/ }).check();
			await page.keyboard.press('ArrowRight');
			await expect(humble.getByRole('radio', { name: /Sometimes/ })).toBeChecked();
			for (const segment of await humble.locator('.segment').all())
				expect((await segment.boundingBox())!.height).toBeGreaterThanOrEqual(44);
			await app.zoomText(100);
			await app.expectNoAxeViolations();
		});
});

test.describe('accessibility, light and dark', () => {
	for (const colorScheme of ['light', 'dark'] as const)
		test(`axe finds nothing on home, chart, values step, result, providers (${colorScheme})`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme });
			const app = new App(page);
			await app.openExample();
			const result = page.url();
			await app.expectNoAxeViolations();
			await page.goto('/assessments/new');
			await page.getByLabel('Seat').selectOption({ label: 'Managed IT & Security (service provider seat)' });
			await page.getByLabel('Provider').selectOption({ label: 'Blue Harbor MSP' });
			await page.getByRole('button', { name: 'Start' }).click();
			await expect(page.getByText('To pass:')).toBeVisible();
			await app.choose('Patients first', '+');
			await app.expectNoAxeViolations();
			for (const path of ['/', '/chart', '/providers', result]) {
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				await expect(page.getByText(/^Loading/)).toHaveCount(0);
				await app.expectNoAxeViolations();
			}
			await app.addProvider('Dark IT');
			await expect(page.getByRole('group', { name: 'Message' })).toBeVisible();
			await app.expectNoAxeViolations();
		});
});

test('offline, a reload logs no console errors (the update check waits for the network)', async ({
	page,
	context
}) => {
	const app = new App(page);
	await app.start();
	await app.waitForServiceWorker();
	await expect(page.locator('header .status .label')).toContainText('Ready to work offline');
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/right seat/i);
	await expect(page.locator('header .status .label')).toContainText('Offline');
	await page.getByRole('link', { name: 'How the method works' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Right provider, right seat');
	await page.waitForTimeout(1_000);
	expect(errors).toEqual([]);
	await context.setOffline(false);
});
