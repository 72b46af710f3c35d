import { expect, test } from '@playwright/test';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPocketBase, type TestPocketBase } from '../../scripts/test-pocketbase.mjs';
import { newUser, seat, signIn, syncUntilSettled } from './sync-lab.fixture';

// Deploys a new version by changing sw.js, so it serves its own copy of the build.
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

test('an app update (new service worker) with a non-empty outbox loses nothing', async ({
	page,
	context
}) => {
	const ana = await newUser(server.url, 'ana');
	const org = await ana.client.collection('organizations').create({ name: 'Acme', kind: 'msp' });
	await page.goto(`${server.url}/sync-lab`);
	await expect(page.locator('[data-lab-ready="true"]')).toBeVisible();
	await signIn(page, ana.email);
	await syncUntilSettled(page);
	await page.evaluate(() => navigator.serviceWorker.ready);

	await context.setOffline(true);
	const ids = await page.evaluate(
		async (input) => {
			const { repository } = window.rightseatLab;
			return [
				(await repository.create('seats', input)).id,
				(await repository.create('seats', { ...input, name: 'Two' })).id
			];
		},
		seat(org.id, 'One')
	);
	await expect(page.getByTestId('pending')).toHaveText('2');
	// the server refuses pushes for now (as if overloaded), so the outbox is still full at the update
	await context.route('**/api/batch', (route) => route.fulfill({ status: 503, body: '{}' }));
	await context.setOffline(false);
	await page.evaluate(() => window.rightseatLab.sync.syncNow());
	await expect(page.getByTestId('pending')).toHaveText('2');

	await appendFile(join(publicDir, 'sw.js'), `\n// deployed ${Date.now()}\n`);
	await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
	const prompt = page.getByRole('alertdialog', { name: /new version/i });
	await expect(prompt).toBeVisible();
	const reloaded = page.waitForEvent('framenavigated');
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await reloaded;
	await expect(page.locator('[data-lab-ready="true"]')).toBeVisible();
	await expect(page.getByTestId('pending')).toHaveText('2');

	await context.unroute('**/api/batch');
	await syncUntilSettled(page);
	const seats = await ana.client
		.collection('seats')
		.getFullList({ filter: `organization = "${org.id}"`, fields: 'id' });
	expect(new Set(seats.map((s) => s.id))).toEqual(new Set(ids));
});
