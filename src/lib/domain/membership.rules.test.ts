import { describe, expect, it } from 'vitest';
import { lastOwnerProblem } from './membership.rules';

const m = (id: string, role: 'owner' | 'editor' | 'viewer') => ({ id, role });

describe('lastOwnerProblem', () => {
	it('stops the only owner leaving or stepping down', () => {
		const members = [m('a', 'owner'), m('b', 'editor')];
		expect(lastOwnerProblem(members, 'a', 'gone')).toMatch(/only owner/);
		expect(lastOwnerProblem(members, 'a', 'editor')).toMatch(/needs an owner/);
		expect(lastOwnerProblem(members, 'a', 'owner')).toBeNull();
	});

	it('lets an owner go when another owner stays, and anyone else at any time', () => {
		const members = [m('a', 'owner'), m('b', 'owner'), m('c', 'viewer')];
		expect(lastOwnerProblem(members, 'a', 'gone')).toBeNull();
		expect(lastOwnerProblem(members, 'b', 'viewer')).toBeNull();
		expect(lastOwnerProblem([m('a', 'owner'), m('c', 'viewer')], 'c', 'gone')).toBeNull();
	});
});
