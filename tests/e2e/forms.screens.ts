// Screenshots of the forms for a before/after comparison (issue 8 item 6), on request only:
// `SHOT_DIR=/tmp/before UX_SCREENSHOTS=1 npx playwright test tests/e2e/forms.screens.ts --project=screens`.
import { expect, test } from '@playwright/test';
import { App } from './pages/app';

test('form screens', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 360, height: 740 });
	const dir = process.env.SHOT_DIR ?? '/tmp/arch-shots';
	const shot = (name: string) =>
		page.screenshot({ path: `${dir}/${name}.png`, fullPage: true, animations: 'disabled' });
	const app = new App(page);
	await app.start();
	await page.getByRole('link', { name: 'Start without an account' }).click();
	await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Acme');
	await page.getByRole('button', { name: 'Add a core value' }).click();
	await page.getByLabel('Value 1', { exact: true }).fill('Own it');
	await page.getByRole('button', { name: 'Add a core value' }).click();
	await page.getByRole('button', { name: 'Create organization' }).click();
	await page.waitForTimeout(300);
	await shot('organization-new');
	await app.openExample();
	await page.goto('/seats/new');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.waitForTimeout(300);
	await shot('seats-new');
	await page
		.getByRole('button', { name: /save|add seat|create/i })
		.first()
		.click();
	await page.waitForTimeout(300);
	await shot('seats-new-errors');
	await page.goto('/providers/new');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.waitForTimeout(300);
	await shot('providers-new');
	await page.goto('/account');
	await app.choose('What do you want to do?', 'Create an account');
	await page.waitForTimeout(300);
	await shot('account-signup');
});
