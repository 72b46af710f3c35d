import { expect, test } from '@playwright/test';
import { newUser, openLab, seat, signIn, syncUntilSettled } from './sync-lab.fixture';

test('sign-out, then another person signs in on the same browser: none of the first person’s data shows', async ({
	page,
	context,
	baseURL
}) => {
	const ana = await newUser(baseURL!, 'ana');
	const bo = await newUser(baseURL!, 'bo');
	const org = await ana.client.collection('organizations').create({ name: 'Ana Co', kind: 'msp' });
	await openLab(page);
	await signIn(page, ana.email);
	await page.evaluate(
		(input) => window.rightseatLab.repository.create('seats', input),
		seat(org.id, 'Secret')
	);
	await syncUntilSettled(page);
	expect(await page.evaluate(() => window.rightseatLab.session.signOut())).toBe('signed-out');
	expect(await page.evaluate(() => window.rightseatLab.repository.list('seats'))).toEqual([]);

	await signIn(page, bo.email);
	await syncUntilSettled(page);
	expect(await page.evaluate(() => window.rightseatLab.repository.list('seats'))).toEqual([]);
	expect(await page.evaluate(() => window.rightseatLab.repository.list('organizations'))).toEqual([]);
	const stores = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
	expect(stores.filter((name) => name?.includes(ana.id))).toEqual([]);

	// unsynced work: sign-out warns and keeps it
	const boOrg = await bo.client.collection('organizations').create({ name: 'Bo Co', kind: 'msp' });
	await context.setOffline(true);
	await page.evaluate(
		(input) => window.rightseatLab.repository.create('seats', input),
		seat(boOrg.id, 'Unsynced')
	);
	expect(await page.evaluate(() => window.rightseatLab.session.signOut())).toBe('has-unsynced');
	expect(
		(await page.evaluate(() => window.rightseatLab.repository.list('seats'))).map((s) => s.name)
	).toEqual(['Unsynced']);
	await context.setOffline(false);
});

test('work done without an account is uploaded into the organization chosen after sign-in', async ({
	page,
	baseURL
}) => {
	await openLab(page);
	await expect(page.getByTestId('mode')).toHaveText('local');
	const localOrg = 'localorg0000000';
	const ids = await page.evaluate(
		async (input) => {
			const { repository } = window.rightseatLab;
			const first = await repository.create('seats', input);
			const second = await repository.create('providers', {
				organization: input.organization,
				name: 'Acme IT',
				status: 'current'
			});
			return [first.id, second.id];
		},
		seat(localOrg, 'Drafted before sign-up')
	);
	const ana = await newUser(baseURL!, 'ana');
	const org = await ana.client.collection('organizations').create({ name: 'Acme', kind: 'msp' });
	await signIn(page, ana.email);
	expect(await page.evaluate((id) => window.rightseatLab.session.uploadLocalWork(id), org.id)).toBe(2);
	await syncUntilSettled(page);
	expect((await ana.client.collection('seats').getOne(ids[0]!)).organization).toBe(org.id);
	expect((await ana.client.collection('providers').getOne(ids[1]!)).organization).toBe(org.id);
});
