import { describe, expect, it } from 'vitest';
import { dateTime, newRecordId, optionalDateTime, optionalRelation, recordId, slug } from './record.schema';

describe('recordId', () => {
	it('accepts 15 characters a–z 0–9', () => {
		expect(recordId.safeParse('abc123def456ghi').success).toBe(true);
	});

	it.each(['abc', 'ABC123DEF456GHI', 'abc123def456gh_', 'abc123def456ghij', ''])('refuses %j', (id) => {
		expect(recordId.safeParse(id).success).toBe(false);
	});

	it('lets an optional relation be empty', () => {
		expect(optionalRelation.parse(undefined)).toBe('');
		expect(optionalRelation.parse('')).toBe('');
		expect(optionalRelation.safeParse('nope').success).toBe(false);
	});
});

describe('newRecordId', () => {
	it('makes valid, distinct ids', () => {
		const ids = Array.from({ length: 2000 }, () => newRecordId());
		expect(ids.every((id) => recordId.safeParse(id).success)).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('uses the whole alphabet', () => {
		const seen = new Set(Array.from({ length: 500 }, () => newRecordId()).join(''));
		expect(seen.size).toBe(36);
	});
});

describe('slug', () => {
	it('accepts lowercase ids up to 40 characters', () => {
		expect(slug.safeParse('q01').success).toBe(true);
		expect(slug.safeParse('rightseat-msp_2').success).toBe(true);
		expect(slug.safeParse('x'.repeat(40)).success).toBe(true);
	});

	it.each(['', 'Q01', 'a b', 'x'.repeat(41), 'é'])('refuses %j', (value) => {
		expect(slug.safeParse(value).success).toBe(false);
	});
});

describe('dateTime', () => {
	it('accepts PocketBase and ISO datetimes', () => {
		expect(dateTime.safeParse('2026-01-31 09:00:00.000Z').success).toBe(true);
		expect(dateTime.safeParse('2026-01-31T09:00:00Z').success).toBe(true);
	});

	it.each(['2026-02-31 09:00:00.000Z', '2026-13-01 09:00:00.000Z', '31/01/2026', '2026-01-31', ''])(
		'refuses %j',
		(value) => {
			expect(dateTime.safeParse(value).success).toBe(false);
		}
	);

	it('lets an optional date be empty', () => {
		expect(optionalDateTime.parse(undefined)).toBe('');
	});
});
