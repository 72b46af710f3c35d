import type { z } from 'zod';

/**
 * Small things this device remembers in localStorage (names of co-members, work waiting to be
 * moved), each under one key and checked by a zod schema on the way in and out. A missing,
 * unreadable or outdated value reads as the fallback; a full or blocked storage is reported to
 * `onProblem` listeners and the write answers false: remembering is a convenience, never a reason
 * for an action to fail.
 */
export interface DeviceMemory<T> {
	get(): T;
	/** Remembers `value`; false when the storage refused it (full, blocked) or the value is invalid. */
	set(value: T): boolean;
	remove(): void;
}

export type MemoryProblem = { key: string; kind: 'quota' | 'blocked' | 'invalid'; error: unknown };

const listeners = new Set<(problem: MemoryProblem) => void>();

/** Hears every write the storage refused; returns the unsubscribe. */
export function onMemoryProblem(listener: (problem: MemoryProblem) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function report(problem: MemoryProblem): void {
	for (const listener of listeners) listener(problem);
}

function storage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined; // storage blocked by the browser
	}
}

/** Whether `error` is the browser saying the storage is full (names differ by engine). */
export function isQuotaError(error: unknown): boolean {
	if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException))
		return false;
	const { name } = error as { name: string };
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The memory under `key`, read and written through `schema`; `fallback` when nothing valid is there. */
export function deviceMemory<S extends z.ZodType>(
	key: string,
	schema: S,
	fallback: z.output<S>
): DeviceMemory<z.output<S>> {
	return {
		get() {
			const raw = storage()?.getItem(key);
			if (raw == null) return fallback;
			try {
				const parsed = schema.safeParse(JSON.parse(raw));
				return parsed.success ? parsed.data : fallback;
			} catch {
				return fallback;
			}
		},
		set(value) {
			const checked = schema.safeParse(value);
			if (!checked.success) {
				report({ key, kind: 'invalid', error: checked.error });
				return false;
			}
			const store = storage();
			if (!store) return false;
			try {
				store.setItem(key, JSON.stringify(checked.data));
				return true;
			} catch (error) {
				report({ key, kind: isQuotaError(error) ? 'quota' : 'blocked', error });
				return false;
			}
		},
		remove() {
			try {
				storage()?.removeItem(key);
			} catch {
				// blocked storage holds nothing to remove
			}
		}
	};
}
