import { chromium, expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { superuser } from './superuser.fixture';
import { newUser, openLab, seat, signIn, syncUntilSettled } from './sync-lab.fixture';

const browserOptions = {
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
	viewport: { width: 360, height: 740 }
};

test('the browser closes in the middle of a push and reopens: no loss, no duplicates', async ({
	baseURL
}) => {
	const ana = await newUser(baseURL!, 'ana');
	const org = await ana.client.collection('organizations').create({ name: 'Acme', kind: 'msp' });
	const profile = await mkdtemp(join(tmpdir(), 'rightseat-profile-'));
	try {
		let context = await chromium.launchPersistentContext(profile, { ...browserOptions, baseURL });
		let page = context.pages()[0] ?? (await context.newPage());
		await openLab(page);
		await signIn(page, ana.email);
		await syncUntilSettled(page);
		await context.setOffline(true);
		const ids = await page.evaluate(
			async (input) => {
				const made: string[] = [];
				for (let i = 0; i < 300; i++)
					made.push(
						(await window.rightseatLab.repository.create('seats', { ...input, name: `Seat ${i}` })).id
					);
				return made;
			},
			seat(org.id, '')
		);
		const onServer = () =>
			ana.client.collection('seats').getList(1, 1, { filter: `organization = "${org.id}"` });
		await context.setOffline(false);
		await expect.poll(async () => (await onServer()).totalItems, { intervals: [25] }).toBeGreaterThan(0);
		await context.close(); // mid-push: some batches landed, the rest did not
		const landedBeforeClose = (await onServer()).totalItems;
		expect(landedBeforeClose).toBeLessThan(300);

		context = await chromium.launchPersistentContext(profile, { ...browserOptions, baseURL });
		page = context.pages()[0] ?? (await context.newPage());
		await openLab(page);
		await syncUntilSettled(page);
		const seats = await ana.client
			.collection('seats')
			.getFullList({ filter: `organization = "${org.id}"`, fields: 'id' });
		expect(seats).toHaveLength(300);
		expect(new Set(seats.map((s) => s.id))).toEqual(new Set(ids));
		await context.close();
	} finally {
		await rm(profile, { recursive: true, force: true });
	}
});

test('a token that expires while offline does not stop work; on reconnect the person is asked to sign in, nothing is lost', async ({
	page,
	context,
	baseURL
}) => {
	const ana = await newUser(baseURL!, 'ana');
	const org = await ana.client.collection('organizations').create({ name: 'Acme', kind: 'msp' });
	await openLab(page);
	await signIn(page, ana.email);
	await syncUntilSettled(page);
	// controlled by the service worker, the app reloads offline
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await expect(page.locator('[data-lab-ready="true"]')).toBeVisible();
	// the device's token becomes one that expires in 2 s (issued by the superuser for this test)
	const admin = await superuser(baseURL!);
	const shortLived = await admin.collection('users').impersonate(ana.id, 2);
	await page.evaluate(
		([token, record]) => localStorage.setItem('pocketbase_auth', JSON.stringify({ token, record })),
		[shortLived.authStore.token, shortLived.authStore.record] as const
	);
	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('[data-lab-ready="true"]')).toBeVisible();
	await page.waitForTimeout(2_500);
	const created = await page.evaluate(
		(input) => window.rightseatLab.repository.create('seats', input),
		seat(org.id, 'Offline, token expired')
	);
	await expect(page.getByTestId('pending')).toHaveText('1');

	await context.setOffline(false);
	await page.evaluate(() => window.rightseatLab.sync.syncNow());
	await expect.poll(() => page.evaluate(() => window.rightseatLab.session.needsSignIn)).toBe(true);
	await expect(page.getByTestId('pending')).toHaveText('1');
	await signIn(page, ana.email);
	await syncUntilSettled(page);
	expect((await ana.client.collection('seats').getOne(created.id)).name).toBe('Offline, token expired');
});
