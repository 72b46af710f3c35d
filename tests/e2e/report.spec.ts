import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { App } from './pages/app';
import { PASSWORD } from './sync-lab.fixture';

async function openSeatReport(page: Page, seat: string): Promise<void> {
	await page.goto('/chart');
	await page.getByRole('link', { name: seat, exact: true }).click();
	await page.getByRole('link', { name: 'Report', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Seat report: ${seat}` })).toBeVisible();
}

test('the seat report shows the comparison and prints to a PDF with the same names, verdicts and scores', async ({
	page
}) => {
	const app = new App(page);
	await app.openExample();
	await openSeatReport(page, 'Managed IT & Security');
	const report = page.locator('article.report');
	await expect(report.getByText('Harbor Dental Group (example)')).toBeVisible();
	await expect(report.getByRole('heading', { name: /#1 Northwind IT/ })).toBeVisible();
	await expect(report.getByRole('heading', { name: 'Blue Harbor MSP' })).toBeVisible();
	const scoreLine = report.getByText(/^Score \d+(\.\d)? \/ 100/).first();
	const score = /Score (\d+(?:\.\d)?)/.exec((await scoreLine.textContent()) ?? '')![1]!;
	const verdict = (await report.locator('.badge').first().textContent())!.trim().replace(/^[✓✗?]\s*/, '');
	await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeVisible();

	// the charts as images (alt text, drawn pixels) with their tables, so print carries them
	const radar = report.getByRole('img', { name: /^Checklist answers per question \(0–4\): Northwind IT/ });
	await expect(radar).toBeVisible();
	expect(await radar.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	await expect(report.getByRole('img', { name: /^Fit per responsibility/ })).toBeVisible();
	await expect(report.getByRole('table', { name: /Checklist answers per question, median/ })).toBeVisible();
	await expect(report.getByText(/checklist .+ v\d+/)).toBeVisible();
	// wide, it keeps the app's reading width even after the org chart (which widens its own page) was open
	if (page.viewportSize()!.width >= 768)
		expect(await page.locator('main').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(
			41 * 16
		);
	await app.expectNoAxeViolations();
	await page.screenshot({ path: `/tmp/report-screen-${page.viewportSize()!.width}.png`, fullPage: true });

	// US Letter: the page size follows the choice; the PDF holds names, verdicts, scores and images
	await page.getByLabel('Paper size').selectOption({ label: 'Letter (US)' });
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'RightSeat' })).toBeHidden();
	await page.pdf({ path: '/tmp/report.pdf', preferCSSPageSize: true, format: 'A4' });
	expect(execFileSync('pdfinfo', ['/tmp/report.pdf'], { encoding: 'utf8' })).toMatch(
		/Page size:\s+612 x 792 pts \(letter\)/
	);
	const text = execFileSync('pdftotext', ['-layout', '/tmp/report.pdf', '-'], { encoding: 'utf8' });
	expect(text).toContain('Harbor Dental Group (example)');
	expect(text).toContain('Northwind IT');
	expect(text).toContain('Blue Harbor MSP');
	expect(text).toContain(verdict);
	// the values line names its status once, then the counts (it used to say the words twice:
	// "Core values: Good enough — Core values: good enough (…)")
	expect(text).toMatch(
		/Core values:\s+(Good enough|Below what is allowed|Not all values rated)\s+\(\d+ \+\/−, \d+ −/
	);
	expect(text).not.toMatch(/Core values:[^\n]*core values:/i);
	expect(text).toMatch(new RegExp(`Score\\s+${score.replace('.', '\\.')}\\s+/\\s+100`));
	expect(text).toContain('Top five responsibilities');
	expect(text).toContain('Checklist answers per question');
	expect(text).not.toContain('Print / Save as PDF');
	expect(text).not.toContain('Paper size');
	const images = execFileSync('pdfimages', ['-list', '/tmp/report.pdf'], { encoding: 'utf8' });
	// two header lines, then one line per image: the radar and the fit bars at least
	expect(images.trim().split('\n').length - 2).toBeGreaterThanOrEqual(2);
	execFileSync('pdftoppm', ['-png', '-r', '60', '/tmp/report.pdf', '/tmp/report-letter']);

	// A4, chosen on the same page (the format passed to page.pdf loses to the page's own size)
	await page.emulateMedia({ media: 'screen' });
	await page.getByLabel('Paper size').selectOption({ label: 'A4' });
	await page.emulateMedia({ media: 'print' });
	await page.pdf({ path: '/tmp/report-a4.pdf', preferCSSPageSize: true, format: 'Letter' });
	expect(execFileSync('pdfinfo', ['/tmp/report-a4.pdf'], { encoding: 'utf8' })).toMatch(
		/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/
	);
});

test('answers download as CSV; the organization exports as JSON and imports as a second organization', async ({
	page
}) => {
	const app = new App(page);
	await app.openExample();
	await page.goto('/organization');
	await expect(page.getByRole('heading', { name: 'Export and import' })).toBeVisible();

	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download answers (CSV)' }).click()
	]);
	const csvText = readFileSync(await csv.path(), 'utf8');
	expect(csvText.startsWith('\uFEFF')).toBe(true);
	const [header, first] = csvText.slice(1).split(/\r?\n/);
	expect(header).toMatch(/^"?provider"?,/i);
	expect(first).toMatch(/^"Northwind IT",/);

	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export organization (JSON)' }).click()
	]);
	const jsonPath = await json.path();
	const exported = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
		seats: { name: string }[];
		providers: { name: string }[];
	};
	expect(exported.providers.map((p) => p.name).sort()).toEqual(['Blue Harbor MSP', 'Northwind IT']);

	// a foreign file is refused and changes nothing
	await page.getByLabel('Import organization from file').setInputFiles({
		name: 'foreign.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"hello":"world"}')
	});
	await expect(page.getByRole('alert')).toContainText('not a RightSeat organization export');

	await page.getByLabel('Import organization from file').setInputFiles(jsonPath);
	await expect(page.getByText('Imported as a new organization')).toBeVisible();
	const [again] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export organization (JSON)' }).click()
	]);
	const reimported = JSON.parse(readFileSync(await again.path(), 'utf8')) as typeof exported;
	expect(reimported.seats.map((s) => s.name).sort()).toEqual(exported.seats.map((s) => s.name).sort());
	expect(reimported.providers.map((p) => p.name).sort()).toEqual(['Blue Harbor MSP', 'Northwind IT']);
	await page.goto('/account');
	// two organizations of that name now: the imported one (open) and the original
	const organizations = page
		.getByRole('main')
		.getByRole('listitem')
		.filter({ hasText: 'Harbor Dental Group (example)' });
	await expect(organizations).toHaveCount(2);
	await expect(organizations.filter({ hasText: '(open)' })).toHaveCount(1);
});

test('an owner shares a seat report; signed out it opens; after revoke it says so', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const owner = new App(page);
	await owner.signUp('Ana Owner', `ana-share-${Date.now()}@rightseat.test`, PASSWORD);
	await page.goto('/');
	await page.getByRole('link', { name: 'Create your organization' }).click();
	await owner.fillOrganization('Share Dental', ['Humble', 'Hungry', 'Smart']);
	await owner.addSeat('Managed IT', ['Help desk'], true);
	await owner.addProvider('Contoso MSP');
	await openSeatReport(page, 'Managed IT');
	await expect(page.getByRole('heading', { name: 'Share this report' })).toBeVisible();
	// the seat must reach the server before a link to it can be made
	await expect(async () => {
		await page.getByRole('button', { name: 'Create share link' }).click();
		await expect(page.getByLabel('Link address')).toBeVisible({ timeout: 2000 });
	}).toPass({ timeout: 30_000 });
	const url = await page.getByLabel('Link address').inputValue();
	expect(url).toMatch(/\/share\/[A-Za-z0-9]{43}$/);
	await owner.expectNoAxeViolations();
	await page.screenshot({ path: '/tmp/report-share-owner.png', fullPage: true });

	const context = await browser.newContext({ viewport: page.viewportSize() });
	const guest = await context.newPage();
	await guest.goto(url);
	await expect(guest.getByRole('heading', { level: 1, name: 'Seat report: Managed IT' })).toBeVisible();
	await expect(guest.getByText('Share Dental')).toBeVisible();
	// the link carries only providers assessed in this seat: none yet
	await expect(guest.getByText('No submitted assessments in this seat yet.')).toBeVisible();
	await expect(guest.getByText('Help desk')).toBeVisible();
	// a guest sees the report and the brand, not the app's tabs or a sync status for data they lack
	await expect(guest.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
	await expect(guest.locator('header .status')).toHaveCount(0);
	await new App(guest).expectNoAxeViolations();
	await guest.screenshot({ path: '/tmp/report-share-guest.png', fullPage: true });

	await page.getByRole('button', { name: /^Revoke/ }).click();
	await expect(page.getByLabel('Link address')).toHaveCount(0);
	await guest.reload();
	await expect(guest.getByText('This link was revoked or has expired')).toBeVisible();
	await new App(guest).expectNoAxeViolations();
	await context.close();
});
