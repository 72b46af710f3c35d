import { expect, test } from '@playwright/test';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPocketBase, type TestPocketBase } from '../../scripts/test-pocketbase.mjs';

// This spec deploys a "new version" by changing sw.js, so it serves its own copy of the build.
let server: TestPocketBase;
let publicDir: string;

test.beforeAll(async () => {
	publicDir = await mkdtemp(join(tmpdir(), 'rightseat-build-'));
	await cp('build', publicDir, { recursive: true });
	server = await startPocketBase({ publicDir });
});

test.afterAll(async () => {
	await server?.stop();
	await rm(publicDir, { recursive: true, force: true });
});

test('a new deployment shows "new version available" and Reload switches to it', async ({ page }) => {
	await page.goto(server.url);
	const firstWorker = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.scriptURL;
	});
	expect(firstWorker).toMatch(/sw\.js$/);

	// Deploy: any byte change to sw.js is a new service worker version.
	await appendFile(join(publicDir, 'sw.js'), `\n// deployed ${Date.now()}\n`);
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		await registration.update();
	});

	const prompt = page.getByRole('alertdialog', { name: /new version/i });
	await expect(prompt).toBeVisible();
	const reloaded = page.waitForEvent('framenavigated');
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await reloaded;
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(prompt).toBeHidden();
	const waiting = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		return registration?.waiting ?? null;
	});
	expect(waiting).toBeNull();
});
