// Screenshots for a person to look at (issue 9), not assertions: `UX_SCREENSHOTS=1 npx playwright test
// --project=screens` (the project exists only then, so the test suite never lists it as skipped).
// Writes /tmp/ux-<size>-<screen>.png for Home, chart, a checklist question, the values step and the result.
import { expect, test } from '@playwright/test';
import { App } from './pages/app';

for (const [width, height, scheme] of [
	[360, 740, 'light'],
	[320, 640, 'light'],
	[768, 1024, 'light'],
	[360, 740, 'dark']
] as const)
	test(`screens at ${width}×${height} (${scheme})`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width, height });
		await page.emulateMedia({ colorScheme: scheme });
		const app = new App(page);
		const shot = (name: string) =>
			page.screenshot({ path: `/tmp/ux-${width}${scheme === 'dark' ? '-dark' : ''}-${name}.png` });
		await app.start();
		await shot('welcome');
		await app.openExample();
		await shot('result');
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await shot('home');
		await page.goto('/chart');
		await expect(page.getByRole('heading', { name: 'Accountability Chart' })).toBeVisible();
		await shot('chart');
		await page.goto('/assessments/new');
		await page.getByLabel('Seat').selectOption({ label: 'Managed IT & Security (service provider seat)' });
		await page.getByLabel('Provider').selectOption({ label: 'Blue Harbor MSP' });
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.getByText('To pass:')).toBeVisible();
		await app.choose('Own it', '+/−');
		await shot('values');
		await page.goto(page.url().replace('/values', '/q-q02'));
		await app.expectQuestion(2);
		await shot('question');
		await app.addProvider('Acme IT');
		await shot('notice');
	});
