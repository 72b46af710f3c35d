// Issue 9 item 10: design tokens with a dark theme, GWC marks and verdict chips, the Accountability
// Chart as an org chart from 768 px (an indented tree on phones), and its Edit / Move / Delete.
// DESIGN_SCREENSHOTS=1 also writes /tmp/design-shots/*.png for a person to look at.
import { expect, test, type Page } from '@playwright/test';
import { App } from './pages/app';

const shoot = async (page: Page, name: string, fullPage = false) => {
	if (process.env.DESIGN_SCREENSHOTS)
		await page.screenshot({ path: `/tmp/design-shots/${name}.png`, fullPage });
};

/** The example organization; returns the paths of its result, seat and compare screens. */
async function example(app: App) {
	await app.openExample();
	const result = new URL(app.page.url()).pathname;
	const compare = (await app.page
		.getByRole('link', { name: 'Compare providers for this seat' })
		.getAttribute('href'))!;
	return { result, compare, seat: compare.replace('/compare', '') };
}

async function settle(page: Page, path: string) {
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText(/^Loading/)).toHaveCount(0);
}

/** Box of each seat on the chart, by seat name. */
async function seatBoxes(page: Page) {
	await expect(page.locator('.org [data-seat]')).toHaveCount(5);
	const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
	for (const box of await page.locator('.org [data-seat]').all()) {
		const name = (await box.locator('a.name').innerText()).trim();
		boxes[name] = (await box.boundingBox())!;
	}
	return boxes;
}

/** Whether the org chart's connecting lines are drawn: the stub above a level and the rail over siblings. */
const linesDrawn = (page: Page) =>
	page.evaluate(() => {
		// a level with several seats: the stub down from its parent and the rail across them
		const nested = [...document.querySelectorAll('.org ul ul')].find((ul) => ul.children.length > 1);
		const sibling = nested?.children[1];
		if (!nested || !sibling) return false;
		const stub = getComputedStyle(nested, '::before');
		const rail = getComputedStyle(sibling, '::before');
		return (
			stub.content !== 'none' &&
			stub.borderLeftStyle === 'solid' &&
			parseFloat(stub.height) > 0 &&
			rail.content !== 'none' &&
			rail.borderTopStyle === 'solid' &&
			parseFloat(rail.width) > 0
		);
	});

for (const colorScheme of ['light', 'dark'] as const)
	test(`axe finds nothing on Home, chart, a seat, providers, result and compare (${colorScheme})`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme });
		const app = new App(page);
		await app.start();
		await shoot(page, `360-${colorScheme}-welcome`);
		const { result, compare, seat } = await example(app);
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		// the theme really switched (a dark test on a light page would prove nothing)
		expect(background).toBe(colorScheme === 'dark' ? 'rgb(15, 23, 42)' : 'rgb(255, 255, 255)');
		const themeColor = await page.evaluate(
			() =>
				[...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find(
					(meta) => matchMedia(meta.media).matches
				)?.content
		);
		expect(themeColor).toBe(colorScheme === 'dark' ? '#0f172a' : '#1d4ed8');
		for (const [name, path] of Object.entries({
			home: '/',
			chart: '/chart',
			seat,
			providers: '/providers',
			result,
			compare
		})) {
			await test.step(name, async () => {
				await settle(page, path);
				await app.expectNoAxeViolations();
				await shoot(page, `360-${colorScheme}-${name}`);
			});
		}
		await test.step('chart with the Move list open', async () => {
			await settle(page, '/chart');
			await page.getByRole('button', { name: 'Move Finance' }).click();
			await expect(page.getByRole('group', { name: '“Finance” reports to' })).toBeVisible();
			await app.expectNoAxeViolations();
		});
	});

test('GWC marks read the same on the result, compare, report and providers: symbol and words', async ({
	page
}) => {
	const app = new App(page);
	const { compare, seat } = await example(app);
	// Northwind IT: Get it yes, Want it yes, Capacity no
	const marks = page.getByRole('list', { name: /^GWC/ }).first();
	await expect(marks.getByRole('listitem')).toHaveText([
		'✓ Get it: yes',
		'✓ Want it: yes',
		'✗ Capacity to do it: no'
	]);
	await settle(page, compare);
	await expect(page.getByRole('list', { name: /^GWC/ }).first().getByRole('listitem')).toHaveText([
		'✓ Get it: yes',
		'✓ Want it: yes',
		'✗ Capacity to do it: no'
	]);
	await settle(page, '/providers');
	const northwind = page.getByRole('listitem').filter({ hasText: 'Northwind IT' }).first();
	await expect(northwind.getByRole('list', { name: /^GWC/ }).getByRole('listitem')).toHaveText([
		'✓ Get it: yes',
		'✓ Want it: yes',
		'✗ Capacity: no'
	]);
	await settle(page, `${seat}/report`);
	await expect(page.getByRole('cell', { name: '✗ no' }).first()).toBeVisible();
});

for (const [width, height] of [
	[768, 1024],
	[1280, 800]
] as const)
	test(`the chart is an org chart at ${width}×${height}: levels, lines, the provider seat marked`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		const app = new App(page);
		await example(app);
		await settle(page, '/chart');
		const boxes = await seatBoxes(page);
		expect(Object.keys(boxes)).toHaveLength(5);
		const below = (child: string, parent: string) =>
			expect(boxes[child]!.y, `${child} below ${parent}`).toBeGreaterThanOrEqual(
				boxes[parent]!.y + boxes[parent]!.height
			);
		below('Integrator', 'Visionary');
		const level = ['Clinical Operations', 'Finance', 'Managed IT & Security'];
		for (const seat of level) below(seat, 'Integrator');
		// one level is one row, side by side, none overlapping the next
		for (const seat of level) expect(boxes[seat]!.y).toBe(boxes['Finance']!.y);
		for (const i of [1, 2])
			expect(boxes[level[i]!]!.x).toBeGreaterThanOrEqual(
				boxes[level[i - 1]!]!.x + boxes[level[i - 1]!]!.width
			);
		// the parent sits centred over its reports
		const centre = (b: { x: number; width: number }) => b.x + b.width / 2;
		expect(Math.abs(centre(boxes['Integrator']!) - centre(boxes['Finance']!))).toBeLessThan(2);
		expect(await linesDrawn(page)).toBe(true);
		// the example's chart fits the width: no sideways scrolling inside the chart either
		expect(await page.locator('.org').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

		const providerSeat = page.locator('.org [data-seat]').filter({ hasText: 'Managed IT & Security' });
		await expect(providerSeat).toContainText('Service provider seat');
		await expect(providerSeat).toContainText('Accountable: Integrator');
		await expect(providerSeat).toContainText('Provider: Northwind IT');
		expect(await providerSeat.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
		const finance = page.locator('.org [data-seat]').filter({ hasText: 'Finance' });
		expect(await finance.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
		await expect(finance).not.toContainText('Service provider seat');

		// reading and Tab order follow the hierarchy: a seat, then the seats under it (nested lists)
		const links = await page.locator('.org a.name').allInnerTexts();
		expect(links).toEqual(['Visionary', 'Integrator', ...level]);
		const integratorItem = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: 'Integrator' }) });
		await expect(
			integratorItem.last().getByRole('list').getByRole('link', { name: 'Finance' })
		).toBeVisible();
		await app.expectNoAxeViolations();
		if (width === 1280) await shoot(page, '1280-light-org-chart', true);
		if (width === 768) {
			await shoot(page, '768-light-org-chart', true);
			await page.setViewportSize({ width: 1024, height: 768 });
			await shoot(page, '1024-light-org-chart', true);
			await page.emulateMedia({ colorScheme: 'dark' });
			await shoot(page, '1024-dark-org-chart', true);
			await app.expectNoAxeViolations();
		}
	});

test('on a phone the chart is an indented tree; Edit, Move and Delete say what they do', async ({ page }) => {
	const app = new App(page);
	await example(app);
	await settle(page, '/chart');
	const boxes = await seatBoxes(page);
	// indented: each report starts further right than its parent, and below it
	expect(boxes['Integrator']!.x).toBeGreaterThan(boxes['Visionary']!.x);
	expect(boxes['Finance']!.x).toBeGreaterThan(boxes['Integrator']!.x);
	expect(boxes['Finance']!.y).toBeGreaterThan(boxes['Integrator']!.y);
	expect(boxes['Finance']!.x).toBe(boxes['Clinical Operations']!.x);
	expect(await linesDrawn(page)).toBe(false);
	for (const label of ['Edit', 'Move', 'Delete']) {
		const button = page.getByRole('button', { name: `${label} Finance`, exact: true });
		// the word on the button is the action; the seat's name is there for screen readers
		await expect(button).toHaveText(`${label} Finance`);
		expect(await button.evaluate((el) => el.firstChild?.textContent?.trim())).toBe(label);
		expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	}
	await expect(page.getByRole('button', { name: /^Change/ })).toHaveCount(0);
	await app.expectTapTargets();
});

test('at 320×640 the chart never scrolls sideways; a long seat name wraps in the Move list', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 640 });
	const app = new App(page);
	await example(app);
	await settle(page, '/chart');
	const long = 'Clinical Operations, Patient Experience and Multi-Site Scheduling Coordination';
	await page.getByRole('button', { name: 'Edit Clinical Operations' }).click();
	await page.getByLabel('Seat name').fill(long);
	await page.getByRole('button', { name: 'Save name' }).click();
	await expect(page.getByRole('link', { name: long })).toBeVisible();
	await app.expectFitsViewport('chart with a long seat name');

	await page.getByRole('button', { name: 'Move Finance' }).click();
	const choice = page.getByRole('radio', { name: long });
	const label = page.locator('label').filter({ has: choice });
	// the whole name is there and inside the screen: it wraps instead of being cut off
	await expect(label).toHaveText(long);
	const fits = await label.evaluate((el) => {
		const box = el.getBoundingClientRect();
		return el.scrollWidth <= el.clientWidth + 1 && box.right <= window.innerWidth && box.height > 44;
	});
	expect(fits).toBe(true);
	await app.expectFitsViewport('chart with the Move list open');
	await shoot(page, '320-light-chart-move');
	await choice.check();
	await page.getByRole('button', { name: 'Move here (Finance)' }).click();
	await expect(page.getByRole('group', { name: 'Message' })).toContainText(
		`“Finance” now reports to “${long}”.`
	);
	// Finance now hangs under the renamed seat, one level deeper than before
	const moved = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: long }) });
	await expect(moved.last().getByRole('list').getByRole('link', { name: 'Finance' })).toBeVisible();
	await app.expectFitsViewport('chart after the move');
});
