import { beforeEach, describe, expect, it } from 'vitest';
import { emitPersonChanged } from './person-events';

const stored = new Map<string, string>();
beforeEach(() => {
	stored.clear();
	Object.assign(globalThis, {
		localStorage: {
			getItem: (k: string) => stored.get(k) ?? null,
			setItem: (k: string, v: string) => void stored.set(k, v),
			removeItem: (k: string) => void stored.delete(k)
		}
	});
});

describe('people', () => {
	it('forgets every remembered name when the person on this device changes', async () => {
		stored.set('rightseat-people', JSON.stringify({ u1: { name: 'Ann', email: '' } }));
		const { people } = await import('./people.svelte');
		people.known = { u1: { name: 'Ann', email: '' } };
		expect(people.label('u1')).toBe('Ann');
		emitPersonChanged({ type: 'person-changed', from: 'me', to: null });
		expect(people.label('u1')).toMatch(/name not synced/);
		expect(stored.has('rightseat-people')).toBe(false);
	});
});
