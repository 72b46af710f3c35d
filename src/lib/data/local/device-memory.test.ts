import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { deviceMemory, onMemoryProblem, type MemoryProblem } from './device-memory';

/** A localStorage for Node; `full` makes every write throw the browser's quota error. */
function memoryStorage(state: { full: boolean }): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => {
			if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			items.set(key, String(value));
		}
	};
}

const schema = z.object({ name: z.string(), count: z.number().int() });
const FALLBACK = { name: '', count: 0 };
const state = { full: false };

beforeEach(() => {
	state.full = false;
	vi.stubGlobal('localStorage', memoryStorage(state));
});
afterEach(() => vi.unstubAllGlobals());

describe('device memory', () => {
	it('remembers a valid value and reads it back', () => {
		const memory = deviceMemory('k', schema, FALLBACK);
		expect(memory.set({ name: 'Ada', count: 2 })).toBe(true);
		expect(deviceMemory('k', schema, FALLBACK).get()).toEqual({ name: 'Ada', count: 2 });
	});

	it('missing, unparsable or wrongly shaped JSON reads as the fallback', () => {
		const memory = deviceMemory('k', schema, FALLBACK);
		expect(memory.get()).toBe(FALLBACK);
		localStorage.setItem('k', '{not json');
		expect(memory.get()).toBe(FALLBACK);
		localStorage.setItem('k', JSON.stringify({ name: 'Ada', count: 'two' }));
		expect(memory.get()).toBe(FALLBACK);
	});

	it('remove forgets the value', () => {
		const memory = deviceMemory('k', schema, FALLBACK);
		memory.set({ name: 'Ada', count: 1 });
		memory.remove();
		expect(localStorage.getItem('k')).toBeNull();
		expect(memory.get()).toBe(FALLBACK);
	});

	it('a full storage is reported, not thrown, and the old value stays', () => {
		const problems: MemoryProblem[] = [];
		const stop = onMemoryProblem((problem) => problems.push(problem));
		const memory = deviceMemory('k', schema, FALLBACK);
		memory.set({ name: 'Ada', count: 1 });
		state.full = true;
		expect(memory.set({ name: 'Bea', count: 2 })).toBe(false);
		stop();
		expect(problems.map((p) => [p.key, p.kind])).toEqual([['k', 'quota']]);
		expect(memory.get()).toEqual({ name: 'Ada', count: 1 });
	});

	it('an invalid value is refused before it reaches the storage', () => {
		const problems: MemoryProblem[] = [];
		const stop = onMemoryProblem((problem) => problems.push(problem));
		const memory = deviceMemory('k', schema, FALLBACK);
		expect(memory.set({ name: 'Ada', count: 1.5 })).toBe(false);
		stop();
		expect(problems.map((p) => p.kind)).toEqual(['invalid']);
		expect(localStorage.getItem('k')).toBeNull();
	});

	it('without a storage (blocked, or not a browser) reads give the fallback and writes answer false', () => {
		vi.stubGlobal('localStorage', undefined);
		const memory = deviceMemory('k', schema, FALLBACK);
		expect(memory.get()).toBe(FALLBACK);
		expect(memory.set({ name: 'Ada', count: 1 })).toBe(false);
	});
});
