import { expect, test, type Page } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPocketBase, type TestPocketBase } from '../../scripts/test-pocketbase.mjs';
import { deployNewServiceWorker, documentReplaced, markDocument } from './deploy.fixture';
import { isRefusedBatch, refuseBatches } from './server-refusal.fixture';
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
	const ids = await queueTwoSeats(page, org.id);
	// the server refuses pushes for now (its batch API off), so the outbox is still full at the
	// update: the push is really tried and refused by PocketBase, not just never sent
	const acceptBatches = await refuseBatches(server.url);
	try {
		const refused = page.waitForResponse(isRefusedBatch);
		await context.setOffline(false);
		await page.evaluate(() => window.rightseatLab.sync.syncNow());
		await refused;
		await expect(page.getByTestId('pending')).toHaveText('2');

		await deployNewServiceWorker(publicDir);
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		const prompt = page.getByRole('alertdialog', { name: /new version/i });
		await expect(prompt).toBeVisible();
		await markDocument(page);
		await prompt.getByRole('button', { name: 'Reload' }).click();
		// a new document under the new worker (the marker is gone): the 2 it shows come from IndexedDB
		await expect.poll(() => documentReplaced(page)).toBe(true);
		await expect(page.locator('[data-lab-ready="true"]')).toBeVisible();
		expect(
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)
		).toBeNull();
		// the counter showed 2 before the update too: what must hold is the outbox itself, read with raw
		// IndexedDB in the new document, and the new app reading it (issue 12 item 17)
		const held = await readStore(page, `rightseat-user-${ana.id}`);
		expect(held.outbox.map((operation) => (operation as { recordId: string }).recordId)).toEqual(ids);
		await expect(page.getByTestId('pending')).toHaveText('2');
	} finally {
		await acceptBatches();
	}
	await syncUntilSettled(page);
	const seats = await ana.client
		.collection('seats')
		.getFullList({ filter: `organization = "${org.id}"`, fields: 'id' });
	expect(new Set(seats.map((s) => s.id))).toEqual(new Set(ids));
});

/** Creates seats "One" and "Two" in the lab while nothing can be pushed; resolves to their ids. */
async function queueTwoSeats(page: Page, organization: string): Promise<string[]> {
	const ids = await page.evaluate(
		async (input) => {
			const { repository } = window.rightseatLab;
			return [
				(await repository.create('seats', input)).id,
				(await repository.create('seats', { ...input, name: 'Two' })).id
			];
		},
		seat(organization, 'One')
	);
	await expect(page.getByTestId('pending')).toHaveText('2');
	return ids;
}

type StoreContents = { records: object[]; outbox: ({ seq?: number } & object)[]; meta: object[] };

/** Every value of the device's local store, read with raw IndexedDB (no app code). */
function readStore(page: Page, name: string): Promise<StoreContents> {
	return page.evaluate(async (dbName) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open(dbName);
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const all = (store: string) =>
			new Promise<object[]>((resolve, reject) => {
				const request = db.transaction(store).objectStore(store).getAll();
				request.onsuccess = () => resolve(request.result as object[]);
				request.onerror = () => reject(request.error);
			});
		const contents = { records: await all('records'), outbox: await all('outbox'), meta: await all('meta') };
		db.close();
		return contents;
	}, name);
}

/**
 * Replaces the device's store by one at `version` exactly as that version's upgrade steps built it
 * (local-db.ts, LOCAL_DB_UPGRADES 1..version, shipped steps never change), holding `contents`; the
 * outbox operations are queued anew in order, as the old app queued them.
 */
async function writeOldStore(page: Page, name: string, version: 1 | 2, contents: StoreContents) {
	const built = await page.evaluate(
		async ({ dbName, version, contents }) => {
			await new Promise((resolve, reject) => {
				const request = indexedDB.deleteDatabase(dbName);
				request.onsuccess = resolve;
				request.onerror = () => reject(request.error);
			});
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open(dbName, version);
				open.onupgradeneeded = () => {
					const old = open.result;
					const tx = open.transaction!;
					// 1: records and the outbox
					old.createObjectStore('records', { keyPath: 'key' }).createIndex('by-collection', 'collection');
					old.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
					if (version >= 2) {
						// 2: sync cursors and status, and a record's queued operations
						old.createObjectStore('meta', { keyPath: 'key' });
						tx.objectStore('outbox').createIndex('by-record', 'recordId');
					}
					for (const record of contents.records) tx.objectStore('records').put(record);
					for (const { seq: _seq, ...operation } of contents.outbox) tx.objectStore('outbox').add(operation);
					if (version >= 2) for (const value of contents.meta) tx.objectStore('meta').put(value);
				};
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const shape = {
				version: db.version,
				stores: [...db.objectStoreNames],
				outboxIndexes: [...db.transaction('outbox').objectStore('outbox').indexNames]
			};
			db.close();
			return shape;
		},
		{ dbName: name, version, contents }
	);
	expect(built).toEqual({
		version,
		stores: version === 1 ? ['outbox', 'records'] : ['meta', 'outbox', 'records'],
		outboxIndexes: version === 1 ? [] : ['by-record']
	});
}

for (const from of [1, 2] as const) {
	test(`an app update from local store version ${from} with a non-empty outbox loses nothing`, async ({
		page
	}) => {
		const ana = await newUser(server.url, 'ana');
		const org = await ana.client.collection('organizations').create({ name: 'Acme', kind: 'msp' });
		await page.goto(`${server.url}/sync-lab`);
		await expect(page.locator('[data-lab-ready="true"]')).toBeVisible();
		await signIn(page, ana.email);
		await syncUntilSettled(page);
		// the device's database is the signed-in person's (local-db.ts, localDbName)
		const name = `rightseat-user-${ana.id}`;
		expect(await page.evaluate(() => JSON.parse(localStorage.getItem('rightseat.identity')!).user.id)).toBe(
			ana.id
		);

		// the old app queued two creates the server has not received (it refused pushes: its batch API off)
		const acceptBatches = await refuseBatches(server.url);
		let ids: string[] = [];
		try {
			ids = await queueTwoSeats(page, org.id);
			const held = await readStore(page, name);
			expect(held.outbox.map((operation) => (operation as { recordId: string }).recordId)).toEqual(ids);

			// the app closed (a page of the same origin the app does not serve), the store put back as the
			// old version left it: its stores, its indexes, the same records and queued operations
			await page.goto(`${server.url}/api/health`);
			await writeOldStore(page, name, from, held);

			// the new app opens the store: it upgrades in place, the outbox intact
			await page.goto(`${server.url}/sync-lab`);
			await expect(page.locator('[data-lab-ready="true"]')).toBeVisible();
			await expect(page.getByTestId('pending')).toHaveText('2');
			const upgraded = await page.evaluate(async (dbName) => {
				const db = await new Promise<IDBDatabase>((resolve, reject) => {
					const open = indexedDB.open(dbName);
					open.onsuccess = () => resolve(open.result);
					open.onerror = () => reject(open.error);
				});
				const outbox = db.transaction('outbox').objectStore('outbox');
				const pending = await new Promise<number>((resolve, reject) => {
					const request = outbox.index('by-status').count('pending');
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				const shape = {
					version: db.version,
					stores: [...db.objectStoreNames],
					outboxIndexes: [...outbox.indexNames],
					pending
				};
				db.close();
				return shape;
			}, name);
			expect(upgraded).toEqual({
				version: 3,
				stores: ['meta', 'outbox', 'records'],
				outboxIndexes: ['by-record', 'by-status'],
				pending: 2
			});
			expect((await readStore(page, name)).outbox.map((o) => (o as { recordId: string }).recordId)).toEqual(
				ids
			);

			// the server accepts again: it holds exactly those records, once, and the outbox empties
		} finally {
			await acceptBatches();
		}
		await syncUntilSettled(page);
		await expect(page.getByTestId('pending')).toHaveText('0');
		await expect(page.getByTestId('parked')).toHaveText('0');
		expect((await readStore(page, name)).outbox).toEqual([]);
		const seats = await ana.client
			.collection('seats')
			.getFullList({ filter: `organization = "${org.id}"`, fields: 'id,name' });
		expect(seats.map((s) => s.id).sort()).toEqual([...ids].sort());
		expect(seats.map((s) => s.name).sort()).toEqual(['One', 'Two']);
	});
}
