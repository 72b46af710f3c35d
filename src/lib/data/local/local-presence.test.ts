import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordId } from '$lib/domain/schemas';
import { localDbName, openLocalDb } from './local-db';
import { hasLocalData, IDENTITY_KEY, LOCAL_ACTOR_KEY, localActorId } from './local-presence';

/** A localStorage for Node. */
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, String(value))
	};
}

beforeEach(() => {
	vi.stubGlobal('localStorage', memoryStorage());
	vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => vi.unstubAllGlobals());

describe('what a first visit may know without the data layer', () => {
	it('a device that holds nothing of the app has no local data', async () => {
		localStorage.setItem(LOCAL_ACTOR_KEY, localActorId());
		(await openLocalDb('someone-else')).close();
		expect(await hasLocalData()).toBe(false);
	});

	it('a remembered user or organization means local data; a signed-out identity does not', async () => {
		localStorage.setItem(IDENTITY_KEY, JSON.stringify({ user: null, organizationId: '' }));
		expect(await hasLocalData()).toBe(false);
		localStorage.setItem(IDENTITY_KEY, JSON.stringify({ user: null, organizationId: 'abcdefghijklmno' }));
		expect(await hasLocalData()).toBe(true);
		localStorage.setItem(
			IDENTITY_KEY,
			JSON.stringify({ user: { id: 'abcdefghijklmno', email: 'a@b.c', name: 'A' }, organizationId: '' })
		);
		expect(await hasLocalData()).toBe(true);
	});

	it('a local database, with or without an account, means local data', async () => {
		for (const user of [null, 'abcdefghijklmno']) {
			vi.stubGlobal('indexedDB', new IDBFactory());
			(await openLocalDb(localDbName(user))).close();
			expect(await hasLocalData()).toBe(true);
		}
	});

	it('without a way to list databases, it assumes there is data (the data layer loads)', async () => {
		vi.stubGlobal('indexedDB', { open: () => {} });
		expect(await hasLocalData()).toBe(true);
	});

	it('the local actor id is a valid record id, generated once and then kept', () => {
		const first = localActorId();
		expect(recordId.safeParse(first).success).toBe(true);
		expect(localActorId()).toBe(first);
		localStorage.setItem(LOCAL_ACTOR_KEY, 'not an id');
		const replaced = localActorId();
		expect(replaced).not.toBe('not an id');
		expect(recordId.safeParse(replaced).success).toBe(true);
	});
});
