import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConsensus, type AssessorAssessment } from './consensus';
import { context, questions } from './fixtures.testing';
import { rankProviders, compareCandidates, type RankingCandidate } from './ranking';
import { weightedScore } from './scoring';

const yesNo = fc.constantFrom('yes' as const, 'no' as const, null);
const gwcAnswer = fc.record({ answer: yesNo, note: fc.constantFrom('', 'note') });
const rating = fc.constantFrom('plus' as const, 'plus_minus' as const, 'minus' as const, null);
const score = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('n/a' as const), fc.constant(null));

const assessmentArb: fc.Arbitrary<AssessorAssessment> = fc.record({
	status: fc.constantFrom('draft' as const, 'submitted' as const),
	gwc: fc.record({ get: gwcAnswer, want: gwcAnswer, capacity: gwcAnswer }),
	core_values: fc
		.tuple(rating, rating, rating)
		.map((r) =>
			context.core_values.map((value, i) => ({ value_id: value.id, rating: r[i] ?? null, note: '' }))
		),
	answers: fc
		.tuple(...questions.map(() => score))
		.map((scores) =>
			Object.fromEntries(questions.map((q, i) => [q.id, { score: scores[i] ?? null, note: '' }]))
		),
	responsibility_fit: fc.array(
		fc.record({
			responsibility: fc.constant('x'),
			score: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
			note: fc.constant('')
		}),
		{ maxLength: 5 }
	)
});

/** Some assessments and the same assessments in another order. */
const shuffledArb = fc
	.array(assessmentArb, { minLength: 0, maxLength: 7 })
	.chain((list) =>
		fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))
	);

const overrideArb = fc.option(
	fc.record({
		score: fc.double({ min: -10, max: 110, noNaN: true }),
		reason: fc.constantFrom('', ' ', 'Agreed.')
	}),
	{ nil: undefined }
);

describe('consensus invariants', () => {
	it('the order of assessors never changes the consensus (headline, flags, verdict, everything)', () => {
		fc.assert(
			fc.property(shuffledArb, overrideArb, fc.boolean(), ([original, shuffled], override, includeDrafts) => {
				const options = { override, includeDrafts };
				expect(buildConsensus(shuffled, { questions }, context, options)).toEqual(
					buildConsensus(original, { questions }, context, options)
				);
			})
		);
	});

	it('the median headline lies between the lowest and highest assessor totals, within 0–100', () => {
		fc.assert(
			fc.property(fc.array(assessmentArb, { maxLength: 7 }), (list) => {
				const result = buildConsensus(list, { questions }, context, { includeDrafts: true });
				const totals = list.map((a) => weightedScore(questions, a.answers)).filter((t) => t !== null);
				if (totals.length === 0) {
					expect(result.headline.median).toBeNull();
				} else {
					expect(result.headline.median).toBeGreaterThanOrEqual(Math.min(...totals));
					expect(result.headline.median).toBeLessThanOrEqual(Math.max(...totals));
				}
				expect(result.questions.every((q) => q.disagreement === (q.spread !== null && q.spread >= 2))).toBe(
					true
				);
			})
		);
	});
});

const candidateArb: fc.Arbitrary<RankingCandidate> = fc.record({
	providerId: fc.string(),
	name: fc.string(),
	verdict: fc.constantFrom('right_seat' as const, 'undecided' as const, 'wrong_seat' as const),
	score: fc.option(fc.constantFrom(0, 50, 75, 100), { nil: null }),
	fit: fc.option(fc.constantFrom(0, 50, 100), { nil: null })
});

describe('ranking invariants', () => {
	it('is sorted, keeps every candidate once, and keeps ties in input order', () => {
		const listArb = fc
			.array(candidateArb, { maxLength: 12 })
			.map((list) => list.map((c, i) => ({ ...c, providerId: String(i) })));
		fc.assert(
			fc.property(listArb, (candidates) => {
				const ranked = rankProviders(candidates);
				expect(ranked.map((r) => r.providerId).sort()).toEqual(candidates.map((c) => c.providerId).sort());
				for (let i = 1; i < ranked.length; i++) {
					const [a, b] = [ranked[i - 1] as RankingCandidate, ranked[i] as RankingCandidate];
					expect(compareCandidates(a, b)).toBeLessThanOrEqual(0);
					if (compareCandidates(a, b) === 0) expect(Number(a.providerId)).toBeLessThan(Number(b.providerId));
				}
			})
		);
	});
});
