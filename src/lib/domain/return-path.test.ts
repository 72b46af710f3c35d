import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path';

describe('returnPath', () => {
	it('keeps a path of this app with its query and hash', () => {
		expect(returnPath('/chart')).toBe('/chart');
		expect(returnPath('/seats/abc?tab=1#top')).toBe('/seats/abc?tab=1#top');
		expect(returnPath('/')).toBe('/');
	});

	it('refuses anything that could leave the origin', () => {
		for (const bad of [
			'//evil.test',
			'/\\evil.test',
			'https://evil.test/',
			'javascript:alert(1)',
			'chart',
			'/\tx'
		])
			expect(returnPath(bad), bad).toBeNull();
	});

	it('refuses nothing given and the account page itself', () => {
		expect(returnPath(null)).toBeNull();
		expect(returnPath('')).toBeNull();
		expect(returnPath('/account')).toBeNull();
		expect(returnPath('/account?next=/chart')).toBeNull();
		expect(returnPath('/account/members')).toBe('/account/members');
	});
});
