import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test.describe('app shell', () => {
	test('renders the shell with navigation and no accessibility violations', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/right seat/i);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
		expect([360, 1280]).toContain(page.viewportSize()?.width);
		// Nothing wider than the phone: no horizontal scrolling.
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const axe = await new AxeBuilder({ page }).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});

	test('every link and button in the shell is at least 44 px tall', async ({ page }) => {
		await page.goto('/');
		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('header a, header button, main a.button, main button')]
				.filter((el) => el.getBoundingClientRect().height < 44)
				.map((el) => el.textContent?.trim())
		);
		expect(small).toEqual([]);
	});

	test('client routes load from a deep link (SPA fallback)', async ({ page }) => {
		await page.goto('/about');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Right provider, right seat');
		await page.getByRole('link', { name: 'Home' }).click();
		await expect(page).toHaveURL(/\/$/);
	});
});

test('the API answers on the same origin as the app', async ({ page, baseURL }) => {
	await page.goto('/');
	const health = await page.evaluate(async () => {
		const res = await fetch('/api/health');
		return { status: res.status, body: await res.json() };
	});
	expect(health.status).toBe(200);
	expect(health.body.code).toBe(200);
	expect(new URL(page.url()).origin).toBe(baseURL);
});
