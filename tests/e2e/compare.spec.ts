import { expect, test, type Page } from '@playwright/test';
import { App } from './pages/app';

const SEAT = 'Managed IT & Security (service provider seat)';
const VALUES = ['Do the right thing', 'Own it', 'Patients first'];

test('the comparison shows verdicts, jumps, charts with tables and records a decision (cards at 360×740, a table at 1280×800)', async ({
	page
}) => {
	test.setTimeout(120_000);
	const app = new App(page);
	// the example: Northwind IT assessed (wrong seat: capacity no), Blue Harbor MSP not assessed
	await app.openExample();
	const compare = await page
		.getByRole('link', { name: 'Compare providers for this seat' })
		.getAttribute('href');
	await app.addProvider('Contoso MSP');
	await app.startAssessment(SEAT, 'Contoso MSP');
	await app.fillAssessment(VALUES, 'Keep systems, help desk and users running');

	await page.goto(compare!);
	const cards = page.locator('.cards');
	const blueHarbor = page.getByRole('article', { name: 'Blue Harbor MSP' });
	const table = page.getByRole('table', { name: 'Providers side by side, best first' });
	// 768 px and wider: a table with providers as columns instead of cards and the sticky switcher
	const wide = page.viewportSize()!.width >= 768;
	if (wide) await expectWideLayout(page);
	else await expectPhoneLayout(page);
	// the provider without an assessment offers to start one, seat and provider preselected
	await expect(blueHarbor.getByText('Not assessed yet')).toBeVisible();
	const startLink = blueHarbor.getByRole('link', { name: /Start an assessment/ });
	await expect(startLink).toHaveAttribute('href', /seat=[a-z0-9]+&provider=[a-z0-9]+/);

	// the radar is drawn by chart.js (loaded on demand), its numbers one tap away
	const radar = page.getByRole('figure', { name: /Checklist answers per question/ });
	await radar.scrollIntoViewIfNeeded();
	await expect
		.poll(() =>
			radar.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
				const { width, height } = canvas;
				const pixels = canvas.getContext('2d')?.getImageData(0, 0, width, height).data ?? [];
				return width > 0 && Array.prototype.some.call(pixels, (v: number) => v !== 0);
			})
		)
		.toBe(true);
	await radar.screenshot({ path: '/tmp/compare-360-radar.png' });
	await radar.getByRole('button', { name: 'Show table' }).click();
	const q1 = radar.getByRole('row', { name: /^Q1\./ });
	// Northwind answered 4 on the first question, Contoso 3 (columns follow the ranking)
	await expect(q1.getByRole('cell')).toHaveText(['3', '4']);
	const fit = page.getByRole('figure', { name: /Fit per responsibility/ });
	await fit.getByRole('button', { name: 'Show table' }).click();
	await expect(
		fit
			.getByRole('row', { name: /Keep systems, help desk/ })
			.getByRole('cell')
			.first()
	).toHaveText('100');

	// the trend over re-assessments: its table too, one column per provider
	const trend = page.getByRole('figure', { name: /Checklist score over re-assessments/ });
	await trend.getByRole('button', { name: 'Show table' }).click();
	await expect(trend.getByRole('columnheader', { name: 'Contoso MSP' })).toBeVisible();
	await expect(trend.getByRole('columnheader', { name: 'Northwind IT' })).toBeVisible();

	// decide, see it in the history; the form folds into the recorded decision (no filled form
	// inviting a second one) and opens empty on request
	await page.getByLabel('Provider for this seat').selectOption({ label: 'Contoso MSP' });
	await page.getByRole('textbox', { name: 'Why', exact: true }).fill('Capacity for our three clinics');
	await page.getByRole('button', { name: 'Record decision' }).click();
	await expect(page.getByText('Decision recorded.')).toBeVisible();
	await expect(
		page.getByText('Decision recorded: Contoso MSP — Capacity for our three clinics')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Record decision' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Record a different decision' }).click();
	await expect(page.getByRole('textbox', { name: 'Why', exact: true })).toHaveValue('');
	await expect(page.getByLabel('Provider for this seat')).toHaveValue('');
	const history = page.locator('.history');
	await expect(history.getByRole('listitem')).toHaveCount(1);
	await expect(history).toContainText('Contoso MSP — Capacity for our three clinics');
	await expect(history).toContainText('by You');

	await app.expectNoAxeViolations();
	await app.expectTapTargets();
	const size = `${page.viewportSize()!.width}`;
	await app.expectFitsViewport(`comparison at ${size}`);
	await page.screenshot({ path: `/tmp/compare-${size}.png`, fullPage: true });
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.screenshot({ path: `/tmp/compare-${size}-top.png` });
	if (wide) return;

	// a phone turned or a window widened: the same data as a table with providers as columns
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect(table).toBeVisible();
	await expect(table.getByRole('columnheader')).toHaveText(['#1 Contoso MSP', '#2 Northwind IT']);
	await expect(table.getByRole('row', { name: /GWC: Capacity/ })).toContainText('✗ no');
	await expect(cards).toBeHidden();
	await app.expectNoAxeViolations();
});

/** Phone: one card per provider, ranked, with verdict chips and GWC in words; a sticky switcher. */
async function expectPhoneLayout(page: Page): Promise<void> {
	const cards = page.locator('.cards');
	const northwind = cards.getByRole('article', { name: /Northwind IT/ });
	const contoso = cards.getByRole('article', { name: /Contoso MSP/ });
	const blueHarbor = page.getByRole('article', { name: 'Blue Harbor MSP' });
	await expect(page.getByRole('table', { name: 'Providers side by side, best first' })).toBeHidden();

	// verdict chips with their decisive reason, ranked: right seat first
	await expect(contoso.getByRole('heading', { name: '#1 Contoso MSP' })).toBeVisible();
	await expect(contoso.locator('.verdict')).toHaveText(/Right seat\s+Yes on Get it, Want it and Capacity/);
	await expect(northwind.getByRole('heading', { name: '#2 Northwind IT' })).toBeVisible();
	await expect(northwind.locator('.verdict')).toHaveText(/Wrong seat\s+Capacity to do it: no/);
	// GWC in words, not colour alone
	await expect(northwind.locator('.gwc li')).toHaveText([
		/Get it: yes/,
		/Want it: yes/,
		/Capacity to do it: no/
	]);
	await expect(contoso.locator('.gwc li')).toHaveText([
		/Get it: yes/,
		/Want it: yes/,
		/Capacity to do it: yes/
	]);
	// the sticky switcher jumps to each card
	const switcher = page.getByRole('navigation', { name: 'Jump to a provider' });
	await expect(switcher.getByRole('link')).toHaveCount(3);
	await switcher.getByRole('link', { name: 'Blue Harbor MSP' }).click();
	await expect(blueHarbor).toBeInViewport();
	await expect(switcher).toBeInViewport();
	await switcher.getByRole('link', { name: 'Contoso MSP' }).click();
	await expect(contoso.getByRole('heading', { name: '#1 Contoso MSP' })).toBeInViewport();
}

/** Wide: the cards and the switcher give way to one table, providers as columns, best first. */
async function expectWideLayout(page: Page): Promise<void> {
	const table = page.getByRole('table', { name: 'Providers side by side, best first' });
	await expect(table).toBeVisible();
	await expect(page.locator('.cards')).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Jump to a provider' })).toBeHidden();
	await expect(table.getByRole('columnheader')).toHaveText(['#1 Contoso MSP', '#2 Northwind IT']);
	const row = (name: RegExp) => table.getByRole('row', { name }).getByRole('cell');
	await expect(row(/^Verdict/)).toHaveText([
		/Right seat\s*Yes on Get it, Want it and Capacity/,
		/Wrong seat\s*Capacity to do it: no/
	]);
	// GWC in words, not colour alone
	await expect(row(/^GWC: Get it/)).toHaveText(['✓ yes', '✓ yes']);
	await expect(row(/^GWC: Capacity/)).toHaveText(['✓ yes', '✗ no']);
	// the table fits: no sideways scrolling of its region at 1280
	const region = page.getByRole('region', { name: 'Providers side by side' });
	expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
}
