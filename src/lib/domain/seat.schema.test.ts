import { describe, expect, it } from 'vitest';
import { PLAIN_TEXT_MESSAGE } from './plain-text.schema';
import { responsibilitiesSchema, seatInputSchema, seatSchema, wouldCreateCycle } from './seat.schema';

const seat = {
	id: 'seat00000000001',
	organization: 'org000000000001',
	name: 'Managed IT and Security',
	purpose: 'Keep us running and secure while we grow.',
	parent: '',
	kind: 'service_provider',
	accountable_owner: 'Dana (COO)',
	responsibilities: ['IT roadmap and budget', 'Security', 'Backups', 'Helpdesk', 'Vendor management'],
	metrics: [{ name: 'Tickets closed same day', target: '90', unit: '%', cadence: 'weekly' }]
};

function messages(value: unknown): string[] {
	return responsibilitiesSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];
}

describe('responsibilitiesSchema', () => {
	it('accepts one to five lines and trims them', () => {
		expect(responsibilitiesSchema.parse(['  Backups '])).toEqual(['Backups']);
		expect(responsibilitiesSchema.safeParse(seat.responsibilities).success).toBe(true);
	});

	it('refuses a sixth responsibility', () => {
		expect(messages([...seat.responsibilities, 'Printers'])).toEqual([
			"At most five responsibilities: the seat's top five."
		]);
	});

	it('refuses none', () => {
		expect(messages([])).toEqual(['Name at least one responsibility.']);
	});

	it('refuses duplicates, case-insensitively after trim, pointing at the repeat', () => {
		const result = responsibilitiesSchema.safeParse(['Backups', 'Security', ' backups ']);
		expect(result.error?.issues.map((i) => [i.message, i.path])).toEqual([
			['Each responsibility must be different.', [2]]
		]);
	});

	it('refuses an empty line', () => {
		expect(messages(['Backups', '   '])).toEqual(['A responsibility cannot be empty.']);
	});

	it('refuses 161 characters and allows 160', () => {
		expect(messages(['x'.repeat(161)])).toEqual(['At most 160 characters.']);
		expect(messages(['x'.repeat(160)])).toEqual([]);
	});

	it('refuses <script> and allows a < b', () => {
		expect(messages(['<script>alert(1)</script>'])).toEqual([PLAIN_TEXT_MESSAGE]);
		expect(messages(['Keep cost a < b'])).toEqual([]);
	});

	it('refuses something that is not a list of strings', () => {
		expect(responsibilitiesSchema.safeParse('Backups').success).toBe(false);
		expect(responsibilitiesSchema.safeParse([42]).success).toBe(false);
	});
});

describe('seatInputSchema', () => {
	it('accepts a full seat and defaults optional fields', () => {
		expect(seatInputSchema.safeParse(seat).success).toBe(true);
		const minimal = seatInputSchema.parse({ ...seat, purpose: undefined, parent: undefined, metrics: null });
		expect(minimal).toMatchObject({ purpose: '', parent: '', metrics: [] });
	});

	it('refuses a seat that reports to itself', () => {
		const result = seatInputSchema.safeParse({ ...seat, parent: seat.id });
		expect(result.error?.issues.map((i) => i.message)).toEqual(['A seat cannot report to itself.']);
	});

	it('refuses bad fields', () => {
		const bad = (patch: object) => seatInputSchema.safeParse({ ...seat, ...patch }).success;
		expect(bad({ name: '' })).toBe(false);
		expect(bad({ purpose: 'x'.repeat(501) })).toBe(false);
		expect(bad({ kind: 'vendor' })).toBe(false);
		expect(bad({ accountable_owner: 'x'.repeat(121) })).toBe(false);
		expect(bad({ responsibilities: undefined })).toBe(false);
		expect(bad({ parent: 'not-an-id' })).toBe(false);
	});

	it('checks metrics', () => {
		const metric = seat.metrics[0];
		const bad = (metrics: unknown) => seatInputSchema.safeParse({ ...seat, metrics }).success;
		expect(bad(Array.from({ length: 10 }, () => metric))).toBe(true);
		expect(bad(Array.from({ length: 11 }, () => metric))).toBe(false);
		expect(bad([{ ...metric, name: '' }])).toBe(false);
		expect(bad([{ ...metric, name: 'x'.repeat(81) }])).toBe(false);
		expect(bad([{ ...metric, target: 'x'.repeat(41) }])).toBe(false);
		expect(bad([{ ...metric, unit: 'x'.repeat(21) }])).toBe(false);
		expect(bad([{ ...metric, cadence: 'daily' }])).toBe(false);
		expect(bad([{ ...metric, owner: 'Dana' }])).toBe(false);
	});

	it('reads a record with system fields', () => {
		expect(seatSchema.safeParse({ ...seat, created: 'c', updated: 'u' }).success).toBe(true);
		expect(seatSchema.safeParse(seat).success).toBe(false);
	});
});

describe('wouldCreateCycle', () => {
	const seats = [
		{ id: 'ceo', parent: '' },
		{ id: 'coo', parent: 'ceo' },
		{ id: 'it', parent: 'coo' }
	];

	it('spots a seat placed under itself or its own report', () => {
		expect(wouldCreateCycle(seats, 'ceo', 'ceo')).toBe(true);
		expect(wouldCreateCycle(seats, 'ceo', 'it')).toBe(true);
		expect(wouldCreateCycle(seats, 'coo', 'it')).toBe(true);
	});

	it('allows moves that keep a tree', () => {
		expect(wouldCreateCycle(seats, 'it', 'ceo')).toBe(false);
		expect(wouldCreateCycle(seats, 'it', '')).toBe(false);
		expect(wouldCreateCycle(seats, 'new', 'it')).toBe(false);
	});

	it('terminates on an existing loop elsewhere', () => {
		const looped = [
			{ id: 'a', parent: 'b' },
			{ id: 'b', parent: 'a' }
		];
		expect(wouldCreateCycle(looped, 'c', 'a')).toBe(false);
	});
});
