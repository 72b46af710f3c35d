import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinChecklist } from './checklist';
import { answersOf, assessment, context, gwc, ratings } from './fixtures.testing';
import {
	BLIND_REASON,
	compareSeat,
	consensusRatings,
	latestPerAssessor,
	RIGHT_SEAT_REASON,
	type ComparableAssessment,
	type ComparableDecision,
	type ComparisonInput,
	decidedWhen,
	valuesCounts
} from './seat-comparison';

const seat = { responsibilities: ['Backups', 'Help desk'] };
const providers = [
	{ id: 'acme', name: 'Acme IT', status: 'current' as const },
	{ id: 'bolt', name: 'Bolt MSP', status: 'prospective' as const },
	{ id: 'cora', name: 'Cora Tech', status: 'prospective' as const },
	{ id: 'gone', name: 'Gone Ltd', status: 'former' as const }
];

let counter = 0;
function made(
	provider: string,
	assessor: string,
	date: string,
	overrides: Partial<ComparableAssessment> = {}
): ComparableAssessment {
	counter += 1;
	return {
		...assessment(),
		id: `a${String(counter).padStart(3, '0')}`,
		provider,
		assessor,
		checklist: builtinChecklist.id,
		assessed_at: `${date} 10:00:00.000Z`,
		...overrides
	};
}

function input(assessments: ComparableAssessment[], decisions: ComparableDecision[] = []): ComparisonInput {
	return {
		seat,
		organization: context,
		providers,
		assessments,
		decisions,
		checklistOf: (id) => (id === builtinChecklist.id ? builtinChecklist : undefined),
		personName: (id) => ({ ana: 'Ana', ben: 'Ben', cy: 'Cy' })[id] ?? ''
	};
}

describe('compareSeat', () => {
	it('leaves out every answer of a provider whose blind round is not revealed, then shows them once it is', () => {
		const answers = [made('acme', 'ana', '2026-01-10'), made('acme', 'ben', '2026-01-11')];
		const blind = { blind: true, revealed: false, blind_assessors: ['ana', 'ben'] };
		const during = compareSeat({
			...input(answers),
			providers: providers.map((p) => (p.id === 'acme' ? { ...p, ...blind } : p))
		});
		expect(during.ranked.map((p) => p.providerId)).not.toContain('acme');
		expect(during.notAssessed.find((p) => p.providerId === 'acme')?.reason).toBe(BLIND_REASON);
		const after = compareSeat({
			...input(answers),
			providers: providers.map((p) => (p.id === 'acme' ? { ...p, ...blind, revealed: true } : p))
		});
		expect(after.ranked.find((p) => p.providerId === 'acme')?.consensus.assessors).toBe(2);
	});

	it('ranks assessed providers, says why, and lists the rest as not assessed yet', () => {
		const result = compareSeat(
			input([
				made('acme', 'ana', '2026-01-10', { answers: answersOf([3, 3, 3, 3, 3, 3, 3, 3, 3, 3]) }),
				made('bolt', 'ana', '2026-01-11', { gwc: gwc('yes', 'no', 'yes', { want: 'Not keen on us.' }) }),
				made('cora', 'ana', '2026-01-12', { status: 'draft' })
			])
		);
		expect(result.ranked.map((p) => [p.name, p.rank, p.verdict])).toEqual([
			['Acme IT', 1, 'right_seat'],
			['Bolt MSP', 2, 'wrong_seat']
		]);
		expect(result.ranked[1]?.decisiveReason).toBe('Want it: no — Not keen on us.');
		// a right seat's first reason ("Get it: yes") decides nothing: it gets its own sentence
		expect(result.ranked[0]?.decisiveReason).toBe(RIGHT_SEAT_REASON);
		expect(result.ranked[1]?.why).toContain('Below Acme IT on verdict');
		expect(result.ranked[1]?.gwc).toEqual({ get: 'yes', want: 'no', capacity: 'yes' });
		expect(result.ranked[0]?.score).toBe(75);
		expect(result.ranked[0]?.dimensions).toEqual({ get: 75, want: 75, capacity: 75 });
		expect(result.ranked[0]?.values.status).toBe('met');
		// Cora has only a draft; Gone is a former provider never assessed here
		expect(result.notAssessed.map((p) => [p.name, p.hasDraft, p.reason])).toEqual([
			['Cora Tech', true, 'Not assessed yet']
		]);
	});

	it("counts each assessor's newest submission only, and shows their disagreement with each answer", () => {
		const old = made('acme', 'ana', '2025-10-01', { answers: answersOf([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) });
		const ana = made('acme', 'ana', '2026-01-10', {
			answers: { ...answersOf([4, 4, 4, 4, 4, 4, 4, 4, 4, 4]), q02: { score: 4, note: 'Always on time.' } }
		});
		const ben = made('acme', 'ben', '2026-01-12', {
			gwc: gwc('yes', 'yes', 'no'),
			answers: { ...answersOf([4, 4, 4, 4, 4, 4, 4, 4, 4, 4]), q02: { score: 1, note: 'Missed two SLAs.' } }
		});
		const [acme] = compareSeat(input([old, ana, ben])).ranked;
		expect(acme?.consensus.assessors).toBe(2);
		expect(acme?.assessors.map((a) => a.name)).toEqual(['Ben', 'Ana']);
		expect(acme?.verdict).toBe('undecided');
		expect(acme?.gwc.capacity).toBe('split');
		const q02 = acme?.disagreements.find((d) => d.key === 'q02');
		expect(q02?.answers).toEqual([
			{ assessor: 'ben', name: 'Ben', score: 1, note: 'Missed two SLAs.' },
			{ assessor: 'ana', name: 'Ana', score: 4, note: 'Always on time.' }
		]);
		const capacity = acme?.disagreements.find((d) => d.key === 'gwc:capacity');
		expect(capacity?.answers.map((a) => [a.name, a.answer])).toEqual([
			['Ben', 'no'],
			['Ana', 'yes']
		]);
		expect(acme?.lastAssessedAt).toBe('2026-01-12 10:00:00.000Z');
	});

	it("applies the newest decision's consensus score and keeps every decision as history", () => {
		const decisions: ComparableDecision[] = [
			{
				provider: 'acme',
				decided_by: 'ana',
				reason: 'First call.',
				decided_at: '2026-01-01 09:00:00.000Z',
				consensus_score: null,
				consensus_reason: ''
			},
			{
				provider: 'acme',
				decided_by: 'ben',
				reason: 'Keep Acme.',
				decided_at: '2026-02-01 09:00:00.000Z',
				consensus_score: 60,
				consensus_reason: 'We agreed on 60.'
			}
		];
		const result = compareSeat(input([made('acme', 'ana', '2026-01-10')], decisions));
		expect(result.ranked[0]?.score).toBe(60);
		expect(result.ranked[0]?.consensus.headline.median).toBe(100);
		expect(result.decisions.current).toMatchObject({
			providerName: 'Acme IT',
			decidedByName: 'Ben',
			reason: 'Keep Acme.',
			override: { score: 60, reason: 'We agreed on 60.' }
		});
		expect(result.decisions.history.map((d) => d.reason)).toEqual(['Keep Acme.', 'First call.']);
	});

	it('gives the fit per responsibility in seat order, lines the seat dropped last', () => {
		const fit = (backups: number | null, desk: number | null) => [
			{ responsibility: ' backups ', score: backups, note: '' },
			{ responsibility: 'Help desk', score: desk, note: '' },
			{ responsibility: 'Printers', score: 2, note: '' }
		];
		const [acme] = compareSeat(
			input([
				made('acme', 'ana', '2026-01-10', { responsibility_fit: fit(4, 1) }),
				made('acme', 'ben', '2026-01-10', { responsibility_fit: fit(2, null) })
			])
		).ranked;
		expect(acme?.fitRows).toEqual([
			{ responsibility: 'Backups', inSeat: true, scores: [2, 4], median: 3, percent: 75 },
			{ responsibility: 'Help desk', inSeat: true, scores: [1], median: 1, percent: 25 },
			{ responsibility: 'Printers', inSeat: false, scores: [2, 2], median: 2, percent: 50 }
		]);
	});

	it('says so when the checklist version is not on this device', () => {
		const result = compareSeat(input([made('acme', 'ana', '2026-01-10', { checklist: 'missingchecklst' })]));
		expect(result.ranked).toEqual([]);
		expect(result.notAssessed[0]?.reason).toMatch(/not on this device/);
	});

	it('leaves an assessor on an older checklist version out and counts them as set aside', () => {
		const other = { ...builtinChecklist, id: 'customchecklst1', version: 2 };
		const result = compareSeat({
			...input([
				made('acme', 'ana', '2026-01-10', { checklist: other.id }),
				made('acme', 'ben', '2025-12-01')
			]),
			checklistOf: (id) => (id === other.id ? other : builtinChecklist)
		});
		expect(result.ranked[0]?.consensus.assessors).toBe(1);
		expect(result.ranked[0]?.setAside).toBe(1);
		expect(result.ranked[0]?.checklist.version).toBe(2);
	});
});

describe('consensusRatings', () => {
	it('takes the median rating, the lower middle on a tie, null when nobody rated', () => {
		const result = consensusRatings(
			[{ core_values: ratings('plus', 'plus', null) }, { core_values: ratings('minus', 'plus_minus', null) }],
			context
		);
		expect(result.map((r) => r.rating)).toEqual(['minus', 'plus_minus', null]);
	});
});

describe('properties', () => {
	const score = fc.constantFrom(0, 1, 2, 3, 4, 'n/a' as const);
	const anAssessment = fc.record({
		provider: fc.constantFrom('acme', 'bolt', 'cora'),
		assessor: fc.constantFrom('ana', 'ben', 'cy'),
		day: fc.integer({ min: 1, max: 28 }),
		scores: fc.array(score, { minLength: 10, maxLength: 10 }),
		capacity: fc.constantFrom('yes' as const, 'no' as const)
	});
	const toAssessment = (a: Parameters<Parameters<typeof anAssessment.map>[0]>[0], i: number) =>
		made(a.provider, a.assessor, `2026-01-${String(a.day).padStart(2, '0')}`, {
			id: `p${String(i).padStart(3, '0')}`,
			answers: answersOf(a.scores),
			gwc: gwc('yes', 'yes', a.capacity)
		});

	it('the comparison does not depend on the order assessments arrive in', () => {
		fc.assert(
			fc.property(fc.array(anAssessment, { maxLength: 12 }), fc.integer(), (raw, seed) => {
				const list = raw.map(toAssessment);
				const shuffled = [...list].sort((a, b) => ((a.id ?? '') + seed).localeCompare((b.id ?? '') + seed));
				const strip = (r: ReturnType<typeof compareSeat>) =>
					r.ranked.map((p) => [p.providerId, p.rank, p.verdict, p.score, p.fit, p.consensus.assessors]);
				expect(strip(compareSeat(input(shuffled)))).toEqual(strip(compareSeat(input(list))));
			})
		);
	});

	it('an older submission by the same assessor never changes the result', () => {
		fc.assert(
			fc.property(fc.array(anAssessment, { minLength: 1, maxLength: 8 }), (raw) => {
				const list = raw.map(toAssessment);
				const first = list[0] as ComparableAssessment;
				const older = {
					...first,
					id: 'older',
					assessed_at: '2020-01-01 00:00:00.000Z',
					answers: answersOf([])
				};
				const strip = (r: ReturnType<typeof compareSeat>) => r.ranked.map((p) => [p.providerId, p.score]);
				expect(strip(compareSeat(input([...list, older])))).toEqual(strip(compareSeat(input(list))));
			})
		);
	});

	it('latestPerAssessor keeps one submission per assessor, the newest', () => {
		fc.assert(
			fc.property(fc.array(anAssessment, { maxLength: 12 }), (raw) => {
				const list = raw.map(toAssessment);
				const latest = latestPerAssessor(list);
				expect(new Set(latest.map((a) => a.assessor)).size).toBe(latest.length);
				for (const kept of latest) {
					for (const other of list.filter((a) => a.assessor === kept.assessor)) {
						expect(other.assessed_at <= kept.assessed_at).toBe(true);
					}
				}
			})
		);
	});
});

describe('decidedWhen', () => {
	it('gives the date and time to the minute, from either form of timestamp', () => {
		expect(decidedWhen('2026-11-26 22:43:05.123Z')).toBe('2026-11-26 22:43');
		expect(decidedWhen('2026-11-26T22:43:05.123Z')).toBe('2026-11-26 22:43');
	});
});

describe('valuesCounts', () => {
	it('gives the counts behind a values status, without its label or status words', () => {
		expect(valuesCounts({ mixed: 1, minus: 0, unrated: 0 })).toBe('1 +/−, 0 −');
		expect(valuesCounts({ mixed: 0, minus: 2, unrated: 1 })).toBe('0 +/−, 2 −, 1 unrated');
		expect(valuesCounts({ mixed: 0, minus: 0, unrated: 0 })).not.toMatch(/core values|good enough/i);
	});
});
