import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessment } from './fixtures.testing';
import type { ComparableAssessment, ComparableDecision } from './seat-comparison';
import {
	addMonths,
	daysBetween,
	isoDay,
	reviewDue,
	reviewsByProvider,
	reviewIntervalOf,
	seatReviewSchedule
} from './seat-review';

function submitted(
	provider: string,
	date: string,
	status: 'submitted' | 'draft' = 'submitted'
): ComparableAssessment {
	return {
		...assessment({ status }),
		provider,
		assessor: 'ana',
		checklist: 'c',
		assessed_at: `${date} 09:00:00.000Z`
	};
}

describe('review interval', () => {
	it('is quarterly unless the seat sets 1–24 months', () => {
		expect(reviewIntervalOf({})).toBe(3);
		expect(reviewIntervalOf({ review_interval_months: 0 })).toBe(3);
		expect(reviewIntervalOf({ review_interval_months: 6 })).toBe(6);
	});

	it('names the UTC day of a moment', () => {
		expect(isoDay(Date.UTC(2026, 10, 26, 23, 59))).toBe('2026-11-26');
		expect(isoDay(Date.UTC(2026, 11, 31, 24))).toBe('2027-01-01');
	});

	it('adds months, ending on the last day of a shorter month', () => {
		expect(addMonths('2026-01-31 10:00:00.000Z', 1)).toBe('2026-02-28');
		expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
		expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
		expect(addMonths('2026-05-31', 24)).toBe('2028-05-31');
	});

	it('the due date is never before the assessment and at most interval × 31 days after', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
				fc.integer({ min: 1, max: 24 }),
				(date, months) => {
					const day = date.toISOString().slice(0, 10);
					const gap = daysBetween(day, addMonths(day, months));
					expect(gap).toBeGreaterThanOrEqual(months * 28);
					expect(gap).toBeLessThanOrEqual(months * 31);
				}
			)
		);
	});
});

describe('reviewDue', () => {
	const seat = { review_interval_months: 0 };
	it('counts from the newest submitted assessment, drafts ignored', () => {
		const list = [
			submitted('acme', '2026-01-10'),
			submitted('acme', '2025-10-01'),
			submitted('acme', '2026-03-01', 'draft')
		];
		expect(reviewDue('acme', seat, list, '2026-02-01')).toMatchObject({
			due: '2026-04-10',
			state: 'scheduled',
			daysLeft: 68
		});
		expect(reviewDue('acme', seat, list, '2026-04-01').state).toBe('due_soon');
		expect(reviewDue('acme', seat, list, '2026-04-11')).toMatchObject({ state: 'overdue', daysLeft: -1 });
		expect(reviewDue('bolt', seat, list, '2026-04-11')).toMatchObject({
			state: 'never_assessed',
			due: '2026-04-11'
		});
	});
});

describe('seatReviewSchedule', () => {
	const providers = [
		{ id: 'acme', status: 'current' },
		{ id: 'bolt', status: 'prospective' },
		{ id: 'cora', status: 'current' }
	];
	const list = [submitted('acme', '2026-01-10'), submitted('bolt', '2026-01-20')];
	it('without a decision: current providers started in this seat', () => {
		expect(seatReviewSchedule({}, providers, list, [], '2026-02-01').map((r) => r.providerId)).toEqual([
			'acme'
		]);
	});
	it("with decisions: the newest decision's provider", () => {
		const decision = (provider: string, at: string): ComparableDecision => ({
			provider,
			decided_by: 'ana',
			reason: 'r',
			decided_at: at,
			consensus_score: null,
			consensus_reason: ''
		});
		const decisions = [
			decision('acme', '2026-01-01 00:00:00.000Z'),
			decision('bolt', '2026-02-01 00:00:00.000Z')
		];
		const schedule = seatReviewSchedule(
			{ review_interval_months: 6 },
			providers,
			list,
			decisions,
			'2026-02-02'
		);
		expect(schedule).toEqual([
			expect.objectContaining({
				providerId: 'bolt',
				due: '2026-07-20',
				intervalMonths: 6,
				state: 'scheduled'
			})
		]);
	});
});

describe('reviewsByProvider', () => {
	it('lists each provider only in the seats it holds, with that seat’s interval', () => {
		const seats = [
			{ id: 'it', review_interval_months: 0 },
			{ id: 'web', review_interval_months: 12 }
		];
		const providers = [
			{ id: 'acme', status: 'current' },
			{ id: 'blue', status: 'prospective' }
		];
		const list = [
			{ ...submitted('acme', '2026-01-10'), seat: 'it' },
			{ ...submitted('blue', '2026-01-10'), seat: 'it' },
			{ ...submitted('acme', '2026-02-01'), seat: 'web' }
		];
		const map = reviewsByProvider(seats, providers, list, [], '2026-03-01');
		expect(map.get('blue')).toBeUndefined();
		expect(map.get('acme')?.map((r) => [r.seat, r.review.due])).toEqual([
			['it', '2026-04-10'],
			['web', '2027-02-01']
		]);
	});
});
