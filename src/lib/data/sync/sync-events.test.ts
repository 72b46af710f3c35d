import { describe, expect, it } from 'vitest';
import { signInNeededAfter, type SyncEvent } from './sync-events';

describe('signInNeededAfter', () => {
	const cases: [boolean, SyncEvent, boolean][] = [
		[false, { type: 'sign-in-required' }, true],
		[true, { type: 'sign-in-required' }, true],
		// a stale refusal followed by a cycle that went through: the token works, stop asking
		[true, { type: 'cycle-finished', error: '' }, false],
		// the refusal's own cycle ends with an error: keep asking
		[true, { type: 'cycle-finished', error: 'Sign in again to sync your changes.' }, true],
		[true, { type: 'cycle-started' }, true],
		[true, { type: 'reachable', online: true }, true],
		[false, { type: 'cycle-finished', error: 'No connection' }, false]
	];
	it.each(cases)('needed %s, then %o: %s', (needed, event, after) => {
		expect(signInNeededAfter(needed, event)).toBe(after);
	});
});
