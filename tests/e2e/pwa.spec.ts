import { expect, test, type Page } from '@playwright/test';

/** Resolves once a service worker controls the page (first visit: after activation + claim). */
async function waitForServiceWorker(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise<void>((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true })
			);
		}
		const worker = registration.active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) =>
				worker.addEventListener('statechange', () => worker.state === 'activated' && resolve())
			);
		}
		return worker?.state ?? 'none';
	});
}

test('the web manifest is linked and installable', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const res = await request.get(href!);
	expect(res.ok()).toBe(true);
	const manifest = await res.json();
	expect(manifest).toMatchObject({
		name: 'RightSeat',
		short_name: 'RightSeat',
		display: 'standalone',
		start_url: '/',
		theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i)
	});
	const icons = manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[];
	expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(icons.some((i) => i.purpose?.includes('maskable'))).toBe(true);
	for (const icon of icons) {
		const png = await request.get(icon.src);
		expect(png.ok(), icon.src).toBe(true);
		expect(png.headers()['content-type']).toContain('image/png');
		// The PNG's own header holds its real size: it must match what the manifest claims.
		const bytes = await png.body();
		const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
		expect(`${w}x${h}`).toBe(icon.sizes);
	}
});

test('the service worker activates and controls the page', async ({ page }) => {
	await page.goto('/');
	expect(await waitForServiceWorker(page)).toBe('activated');
	const controlled = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
	expect(controlled).toMatch(/\/sw\.js$/);
});

test('after one online visit the app reloads and navigates offline', async ({ page, context }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await expect(page.locator('header .status .label')).toHaveText('Ready to work offline');

	await context.setOffline(true);
	// Prove the network really is gone: the API is unreachable now.
	const apiReachable = await page.evaluate(() =>
		fetch('/api/health').then(
			() => true,
			() => false
		)
	);
	expect(apiReachable).toBe(false);

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/right seat/i);
	await page.getByRole('link', { name: 'How the method works' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Right provider, right seat');
	// A deep link typed while offline is served from the precached shell too.
	await page.goto('/about');
	await expect(page.getByRole('heading', { name: 'Right provider, right seat' })).toBeVisible();
	await context.setOffline(false);
});
