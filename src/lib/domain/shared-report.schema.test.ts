import { describe, expect, it } from 'vitest';
import { shareLinkState, shareLinkUrl } from './shared-report.schema';

describe('share links', () => {
	it('builds the address from the origin and the token', () => {
		expect(shareLinkUrl('https://app.example/', 'Abc123')).toBe('https://app.example/share/Abc123');
	});

	it('is active until revoked or past its expiry', () => {
		const now = '2026-03-01 10:00:00.000Z';
		expect(shareLinkState({ revoked: false, expires: '' }, now)).toBe('active');
		expect(shareLinkState({ revoked: false, expires: '2026-03-01 10:00:01.000Z' }, now)).toBe('active');
		expect(shareLinkState({ revoked: false, expires: '2026-03-01 10:00:00.000Z' }, now)).toBe('expired');
		expect(
			shareLinkState({ revoked: false, expires: '2026-02-01T00:00:00.000Z' }, '2026-03-01T10:00:00.000Z')
		).toBe('expired');
		expect(shareLinkState({ revoked: true, expires: '' }, now)).toBe('revoked');
	});
});
