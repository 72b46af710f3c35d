import { expect, test } from '@playwright/test';
import { watchPolicyViolations } from './csp.fixture';

// The headers and the Content-Security-Policy of the served app (pocketbase/cmd/rightseat/headers.go,
// kit.csp in svelte.config.js), seen by the browser.

test('the app page carries its policies and the security headers', async ({ page }) => {
	const response = await page.goto('/providers');
	const headers = response!.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['permissions-policy']).toContain('camera=()');
	const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	const scriptSrc = meta!.split(';').find((directive) => directive.trim().startsWith('script-src'));
	expect(scriptSrc).toMatch(/^ ?script-src 'self' 'sha256-[^']+'$/);
	expect(meta).toContain("style-src 'self';");
	const api = await page.request.get('/api/health');
	expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
});

test('an injected inline script does not run, and the watcher sees it refused', async ({ page }) => {
	const watch = await watchPolicyViolations(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.injected = true';
		document.head.append(script);
		return (window as unknown as { injected?: boolean }).injected === true;
	});
	expect(ran).toBe(false);
	await expect.poll(() => watch.violations.length).toBeGreaterThan(0);
	expect(watch.violations.join('\n')).toMatch(/script-src/);
});

test('another site cannot frame the app', async ({ page, baseURL }) => {
	const watch = await watchPolicyViolations(page);
	// a page of another origin (127.0.0.1 vs localhost) embedding the app
	const app = new URL(baseURL!);
	await page.goto(`${app.protocol}//localhost:${app.port}/api/health`);
	await page.setContent(`<iframe src="${baseURL}/" title="app"></iframe>`);
	await expect.poll(() => watch.violations.join('\n')).toMatch(/frame/i);
	const framed = page.frames().find((frame) => frame.url().startsWith(baseURL!));
	expect(
		await framed
			?.locator('h1')
			.count()
			.catch(() => 0)
	).toBeFalsy();
});
