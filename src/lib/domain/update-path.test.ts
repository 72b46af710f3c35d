import { describe, expect, it } from 'vitest';
import { reloadOnWorkerState, updatePath } from './update-path';

describe('updatePath', () => {
	it('asks a waiting (installed) worker to skip waiting', () => {
		expect(updatePath('installed')).toBe('skip-waiting');
	});

	it('reloads at once when no worker is waiting (activated elsewhere first)', () => {
		expect(updatePath(null)).toBe('reload-now');
		expect(updatePath(undefined)).toBe('reload-now');
	});

	it('reloads at once when the former waiting worker is already activating, activated or gone', () => {
		for (const state of ['activating', 'activated', 'redundant'] as const) {
			expect(updatePath(state)).toBe('reload-now');
		}
	});
});

describe('reloadOnWorkerState', () => {
	it('reloads from activating on, not before', () => {
		expect(reloadOnWorkerState('installed')).toBe(false);
		expect(reloadOnWorkerState('installing')).toBe(false);
		expect(reloadOnWorkerState('activating')).toBe(true);
		expect(reloadOnWorkerState('activated')).toBe(true);
		expect(reloadOnWorkerState('redundant')).toBe(true);
	});
});
