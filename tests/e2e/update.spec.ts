import { expect, test } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPocketBase, type TestPocketBase } from '../../scripts/test-pocketbase.mjs';
import { deployNewServiceWorker, documentReplaced, markDocument } from './deploy.fixture';

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

	await deployNewServiceWorker(publicDir);
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

test('Reload switches even when the new version was activated elsewhere first', async ({ page, context }) => {
	// first visit: the page was not controlled at load, so workbox-window does not reload it itself
	await page.goto(server.url);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
	});
	await markDocument(page);
	await deployNewServiceWorker(publicDir);
	await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
	const prompt = page.getByRole('alertdialog', { name: /new version/i });
	await expect(prompt).toBeVisible();

	// Reload chosen in another tab (its own prompt, the app's whole switch: SKIP_WAITING, then a
	// navigation, which also asks Chrome again to activate if a late request of that tab's page load
	// woke the old worker meanwhile; docs/operations.md, "Updates"): the waiting worker activates and
	// takes this page too. Here the prompt stays, with no worker waiting any more.
	const other = await context.newPage();
	await other.goto(`${server.url}/about`);
	const otherPrompt = other.getByRole('alertdialog', { name: /new version/i });
	await otherPrompt.getByRole('button', { name: 'Reload' }).click();
	await expect
		.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null))
		.toBeNull();
	await other.close();
	await expect(prompt).toBeVisible();

	await prompt.getByRole('button', { name: 'Reload' }).click();
	// a new document (the marker is gone), controlled by the new worker
	await expect.poll(() => documentReplaced(page)).toBe(true);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
	await expect(prompt).toBeHidden();
});

test('API requests go to the network without waking the service worker', async ({ page, context }) => {
	// While a new version switches in, Chrome stops the old worker; a request reaching it then starts
	// it again and the switch waits (docs/operations.md, "Updates"). /api/ is routed past the worker.
	await page.goto(server.url);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
	});
	const cdp = await context.newCDPSession(page);
	const states: string[] = [];
	let versionId = '';
	cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
		for (const version of versions)
			if (version.status === 'activated') {
				versionId = version.versionId;
				states.push(version.runningStatus);
			}
	});
	await cdp.send('ServiceWorker.enable');
	await expect.poll(() => versionId).not.toBe('');
	await cdp.send('ServiceWorker.stopWorker', { versionId });
	await expect.poll(() => states.at(-1)).toBe('stopped');
	states.length = 0;

	const health = await page.evaluate(async () => (await fetch('/api/health')).status);
	expect(health).toBe(200);
	// the request was answered without starting the worker
	expect(states).toEqual([]);
	// a request the worker serves (a precached file) does start it: the check above can fail
	await page.evaluate(async () => (await fetch('/favicon.png')).status);
	await expect.poll(() => states.includes('running')).toBe(true);
});
