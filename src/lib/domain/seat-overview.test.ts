import { describe, expect, it } from 'vitest';
import { builtinChecklist } from './checklist';
import { assessment, context, gwc } from './fixtures.testing';
import type { ComparableAssessment, ComparableChecklist, ComparableDecision } from './seat-comparison';
import { preferredSeat, seatOverview } from './seat-overview';

const providers = [
	{ id: 'acme', name: 'Acme IT', status: 'current' as const },
	{ id: 'blue', name: 'Blue MSP', status: 'prospective' as const }
];

function made(
	provider: string,
	date: string,
	extra: Partial<ComparableAssessment> = {}
): ComparableAssessment {
	return {
		...assessment(),
		id: `${provider}${date}`,
		provider,
		assessor: 'ana',
		checklist: builtinChecklist.id,
		assessed_at: `${date} 09:00:00.000Z`,
		...extra
	};
}

const base = {
	seat: { responsibilities: [], review_interval_months: 0 },
	organization: context,
	providers,
	decisions: [] as ComparableDecision[],
	checklistOf: (id: string) =>
		id === builtinChecklist.id ? (builtinChecklist as ComparableChecklist) : undefined
};

describe('seatOverview', () => {
	it('holds the current provider with its latest verdict and review date', () => {
		const assessments = [
			made('acme', '2026-01-10', { gwc: gwc('yes', 'yes', 'no') }),
			made('acme', '2026-04-01'),
			made('blue', '2026-04-02')
		];
		const { holders, comparison } = seatOverview({ ...base, assessments }, '2026-06-20');
		expect(holders).toEqual([
			{
				providerId: 'acme',
				name: 'Acme IT',
				verdict: 'right_seat',
				decisiveReason: expect.stringContaining('Yes on Get it'),
				review: expect.objectContaining({ due: '2026-07-01', state: 'due_soon' })
			}
		]);
		expect(comparison.ranked.map((p) => p.providerId).sort()).toEqual(['acme', 'blue']);
	});

	it('follows the newest decision and the seat interval; a decided provider never assessed is due now', () => {
		const decisions: ComparableDecision[] = [
			{
				provider: 'acme',
				decided_by: 'ana',
				reason: 'First',
				decided_at: '2026-01-01 10:00:00.000Z',
				consensus_score: null,
				consensus_reason: ''
			},
			{
				provider: 'blue',
				decided_by: 'ana',
				reason: 'Switch',
				decided_at: '2026-05-01 10:00:00.000Z',
				consensus_score: null,
				consensus_reason: ''
			}
		];
		const seat = { responsibilities: [], review_interval_months: 1 };
		const onlyAcme = seatOverview(
			{ ...base, seat, decisions, assessments: [made('acme', '2026-04-01')] },
			'2026-06-20'
		);
		expect(onlyAcme.holders).toEqual([
			expect.objectContaining({ providerId: 'blue', verdict: null, decisiveReason: 'Not assessed yet' })
		]);
		expect(onlyAcme.holders[0]!.review.state).toBe('never_assessed');
		const both = seatOverview(
			{ ...base, seat, decisions, assessments: [made('blue', '2026-05-10')] },
			'2026-06-20'
		);
		expect(both.holders[0]!.review).toMatchObject({ due: '2026-06-10', state: 'overdue', intervalMonths: 1 });
		expect(both.comparison.decisions.current?.providerName).toBe('Blue MSP');
	});
});

describe('preferredSeat', () => {
	const seats = [
		{ id: 'ceo', kind: 'team' },
		{ id: 'it', kind: 'service_provider' },
		{ id: 'web', kind: 'service_provider' }
	];
	const a = (provider: string, seat: string, date: string) => ({
		provider,
		seat,
		assessed_at: '',
		updated: `${date} 09:00:00.000Z`
	});

	it('picks the seat the provider was last assessed in', () => {
		const list = [
			a('acme', 'it', '2026-01-01'),
			a('acme', 'web', '2026-03-01'),
			a('blue', 'ceo', '2026-04-01')
		];
		expect(preferredSeat('acme', seats, list)).toBe('web');
	});

	it('else the only service-provider seat, else the only seat, else none', () => {
		expect(preferredSeat('acme', seats.slice(0, 2), [])).toBe('it');
		expect(preferredSeat('acme', [{ id: 'ceo', kind: 'team' }], [])).toBe('ceo');
		expect(preferredSeat('acme', seats, [])).toBe('');
		expect(preferredSeat('acme', [], [])).toBe('');
		// an assessment of a deleted seat does not count
		expect(preferredSeat('acme', seats.slice(0, 2), [a('acme', 'gone', '2026-01-01')])).toBe('it');
	});
});
