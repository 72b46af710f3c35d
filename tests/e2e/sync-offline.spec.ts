import { expect, test } from '@playwright/test';
import { refuseBatches } from './server-refusal.fixture';
import { newUser, openLab, outboxRows, seat, signIn, syncUntilSettled } from './sync-lab.fixture';

test('create, edit and delete offline, reconnect: the server holds exactly the expected records', async ({
	page,
	context,
	baseURL
}) => {
	const ana = await newUser(baseURL!, 'ana');
	const org = await ana.client.collection('organizations').create({ name: 'Acme', kind: 'msp' });
	await openLab(page);
	await signIn(page, ana.email);
	await syncUntilSettled(page);

	await context.setOffline(true);
	const ids = await page.evaluate(
		async ([orgId, a, b]) => {
			const { repository } = window.rightseatLab;
			const kept = await repository.create('seats', a!);
			const gone = await repository.create('seats', b!);
			const provider = await repository.create('providers', {
				organization: orgId,
				name: 'Acme IT',
				status: 'current'
			});
			await repository.update('seats', kept.id, { name: 'Strategy, renamed offline' });
			await repository.remove('seats', gone.id);
			return { kept: kept.id, provider: provider.id };
		},
		[org.id, seat(org.id, 'Strategy'), seat(org.id, 'Help desk')] as const
	);
	await expect(page.getByTestId('pending')).toHaveText('5');
	await expect(page.getByTestId('online')).toHaveText('false');

	await context.setOffline(false);
	await syncUntilSettled(page);
	await expect(page.getByTestId('pending')).toHaveText('0');
	const seats = await ana.client.collection('seats').getFullList({ filter: `organization = "${org.id}"` });
	expect(seats.map((s) => [s.id, s.name])).toEqual([[ids.kept, 'Strategy, renamed offline']]);
	const providers = await ana.client
		.collection('providers')
		.getFullList({ filter: `organization = "${org.id}"` });
	expect(providers.map((p) => p.id)).toEqual([ids.provider]);
});

test('a server-side rejection parks one operation while the rest sync', async ({ page, baseURL }) => {
	const ana = await newUser(baseURL!, 'ana');
	const bo = await newUser(baseURL!, 'bo');
	const mine = await ana.client.collection('organizations').create({ name: 'Mine', kind: 'msp' });
	const theirs = await bo.client.collection('organizations').create({ name: 'Not mine', kind: 'msp' });
	await openLab(page);
	await signIn(page, ana.email);
	const ids = await page.evaluate(
		async ([refused, fine]) => {
			const { repository } = window.rightseatLab;
			return {
				refused: (await repository.create('seats', refused!)).id,
				fine: (await repository.create('seats', fine!)).id
			};
		},
		[seat(theirs.id, 'Planted'), seat(mine.id, 'Fine')] as const
	);
	await syncUntilSettled(page);
	await expect(page.getByTestId('parked')).toHaveText('1');
	const parked = await page.evaluate(() => window.rightseatLab.sync.parked);
	expect(parked.map((p) => p.recordId)).toEqual([ids.refused]);
	expect(parked[0]!.message).not.toBe('');
	expect((await ana.client.collection('seats').getOne(ids.fine)).name).toBe('Fine');
	expect(
		await bo.client.collection('seats').getFullList({ filter: `organization = "${theirs.id}"` })
	).toEqual([]);
	// still kept on the device, still visible, never dropped
	expect(
		await page.evaluate((id) => window.rightseatLab.repository.get('seats', id), ids.refused)
	).toBeTruthy();
	// parking lives in the outbox, not in memory: the row is in IndexedDB (read raw, no app code)...
	const stored = await outboxRows(page, `rightseat-user-${ana.id}`);
	const parkedRow = stored.find((row) => row.recordId === ids.refused);
	expect(parkedRow).toMatchObject({ status: 'parked', kind: 'create', collection: 'seats' });
	expect(parkedRow!.error).not.toBe('');
	// ...and after a full reload with every push refused by the server as a whole (its batch API
	// off: nothing can be refused and parked anew), the same row is still there and still shown
	const acceptBatches = await refuseBatches(baseURL!);
	try {
		await openLab(page);
		await expect(page.getByTestId('parked')).toHaveText('1');
		expect((await page.evaluate(() => window.rightseatLab.sync.parked)).map((p) => p.recordId)).toEqual([
			ids.refused
		]);
		const reloaded = await outboxRows(page, `rightseat-user-${ana.id}`);
		expect(reloaded.find((row) => row.recordId === ids.refused)).toEqual(parkedRow);
		expect(reloaded.filter((row) => row.status === 'parked')).toHaveLength(1);
	} finally {
		await acceptBatches();
	}
});
