import { describe, expect, it } from 'vitest';
import { shareLinkExpiry } from './share-links';

describe('shareLinkExpiry', () => {
	const now = new Date('2026-11-26T15:00:00.000Z');
	it('adds the chosen number of days', () => {
		expect(shareLinkExpiry('7d', now)).toBe('2026-12-03T15:00:00.000Z');
		expect(shareLinkExpiry('30d', now)).toBe('2026-12-26T15:00:00.000Z');
	});
	it('leaves the expiry empty for a link that never expires', () => {
		expect(shareLinkExpiry('never', now)).toBe('');
	});
});
