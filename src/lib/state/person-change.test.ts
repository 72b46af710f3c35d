import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeOf } from './person-change';

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

const NAMES = { abcdefghijklmno: { name: 'Ada', email: 'ada@example.com' } };
const HELD = {
	id: 'bcdefghijklmnop',
	name: 'Acme',
	kind: 'business',
	core_values: [],
	values_bar: { max_mixed: 1, max_minus: 0 }
};

/** Fresh modules over a storage that already remembers names and held work, as after a reload. */
async function reloaded() {
	vi.resetModules();
	localStorage.setItem('rightseat-people', JSON.stringify(NAMES));
	localStorage.setItem('rightseat-local-work', JSON.stringify(HELD));
	const { people } = await import('./people.svelte');
	const { localWork } = await import('./local-work.svelte');
	const events = await import('./person-change');
	return { people, localWork, personChanged: events.personChanged };
}

beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
afterEach(() => vi.unstubAllGlobals());

// loading the state modules fresh (with the store's code) is slow on a busy machine
describe('the person changes', { timeout: 30_000 }, () => {
	it('only a signed-in account leaving or being replaced is a change', () => {
		expect(changeOf(null, 'abcdefghijklmno')).toBeNull();
		expect(changeOf('abcdefghijklmno', 'abcdefghijklmno')).toBeNull();
		expect(changeOf('abcdefghijklmno', null)).toEqual({ type: 'signed-out', previous: 'abcdefghijklmno' });
		expect(changeOf('abcdefghijklmno', 'bcdefghijklmnop')).toEqual({
			type: 'switched',
			previous: 'abcdefghijklmno',
			next: 'bcdefghijklmnop'
		});
	});

	it('after sign-out the stored names are gone; work from this device stays offered', async () => {
		const { people, localWork, personChanged } = await reloaded();
		expect(people.label('abcdefghijklmno')).toBe('Ada (ada@example.com)');
		await personChanged({ type: 'signed-out', previous: 'abcdefghijklmno' });
		expect(people.known).toEqual({});
		expect(localStorage.getItem('rightseat-people')).toBeNull();
		expect(localWork.held?.name).toBe('Acme');
	});

	it('after a switch to another account the names and the held work are gone', async () => {
		const { people, localWork, personChanged } = await reloaded();
		expect(localWork.held?.name).toBe('Acme');
		await personChanged({ type: 'switched', previous: 'abcdefghijklmno', next: 'bcdefghijklmnop' });
		expect(people.known).toEqual({});
		expect(localStorage.getItem('rightseat-people')).toBeNull();
		expect(localWork.held).toBeNull();
		expect(localStorage.getItem('rightseat-local-work')).toBeNull();
	});

	it('every memory hears the event even when no screen has loaded it yet', async () => {
		vi.resetModules();
		localStorage.setItem('rightseat-people', JSON.stringify(NAMES));
		const events = await import('./person-change');
		await events.personChanged({ type: 'signed-out', previous: 'abcdefghijklmno' });
		expect(localStorage.getItem('rightseat-people')).toBeNull();
	});
});
