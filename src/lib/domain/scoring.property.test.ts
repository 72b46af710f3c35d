import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from './assessment.schema';
import type { Question } from './checklist.schema';
import { dimensionScores, responsibilityFit, weightedScore } from './scoring';

const questionsArb: fc.Arbitrary<Question[]> = fc
	.uniqueArray(fc.stringMatching(/^[a-z0-9_-]{1,8}$/), { minLength: 1, maxLength: 20 })
	.chain((ids) =>
		fc.tuple(
			...ids.map((id) =>
				fc.record({
					id: fc.constant(id),
					text: fc.constant(`Question ${id}?`),
					guidance: fc.constant(''),
					dimension: fc.constantFrom('get' as const, 'want' as const, 'capacity' as const),
					weight: fc.double({ min: 0.5, max: 5, noNaN: true })
				})
			)
		)
	);

const scoreArb = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('n/a' as const), fc.constant(null));

/** A checklist with answers to some of its questions (some left out entirely). */
const scenarioArb = questionsArb.chain((questions) =>
	fc.tuple(...questions.map(() => fc.option(scoreArb, { nil: undefined }))).map((scores) => {
		const answers: Record<string, Answer> = {};
		scores.forEach((score, i) => {
			const id = questions[i]?.id;
			if (id !== undefined && score !== undefined) answers[id] = { score, note: '' };
		});
		return { questions, answers };
	})
);

/** A scenario plus one of its questions. */
const withQuestionArb = scenarioArb.chain((s) =>
	fc.nat({ max: s.questions.length - 1 }).map((i) => ({ ...s, question: s.questions[i] as Question }))
);

function inRange(score: number | null): boolean {
	return score === null || (score >= 0 && score <= 100);
}

describe('scoring invariants', () => {
	it('total and dimension scores stay within 0–100', () => {
		fc.assert(
			fc.property(scenarioArb, ({ questions, answers }) => {
				expect(inRange(weightedScore(questions, answers))).toBe(true);
				expect(Object.values(dimensionScores(questions, answers)).every(inRange)).toBe(true);
			})
		);
	});

	it('responsibility fit stays within 0–100', () => {
		const lineArb = fc.record({
			responsibility: fc.constant('x'),
			score: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
			note: fc.constant('')
		});
		fc.assert(
			fc.property(fc.array(lineArb, { maxLength: 5 }), (fit) => inRange(responsibilityFit(fit).score))
		);
	});

	it('n/a never counts as zero: it scores exactly like unanswered, while a 0 lowers or keeps the score', () => {
		fc.assert(
			fc.property(withQuestionArb, ({ questions, answers, question }) => {
				const rest = { ...answers };
				delete rest[question.id];
				const unanswered = weightedScore(questions, rest);
				const notApplicable = weightedScore(questions, {
					...rest,
					[question.id]: { score: 'n/a', note: '' }
				});
				const zero = weightedScore(questions, { ...rest, [question.id]: { score: 0, note: '' } });
				expect(notApplicable).toBe(unanswered);
				expect(weightedScore(questions, { ...rest, [question.id]: { score: null, note: '' } })).toBe(
					unanswered
				);
				expect(zero).not.toBeNull();
				if (unanswered !== null) expect(zero as number).toBeLessThanOrEqual(unanswered);
			})
		);
	});

	it('raising any single answer never lowers the score', () => {
		fc.assert(
			fc.property(
				withQuestionArb,
				fc.integer({ min: 0, max: 4 }),
				fc.integer({ min: 0, max: 4 }),
				(s, a, b) => {
					const [low, high] = a <= b ? [a, b] : [b, a];
					const at = (score: number) => ({ ...s.answers, [s.question.id]: { score, note: '' } });
					const before = weightedScore(s.questions, at(low)) as number;
					const after = weightedScore(s.questions, at(high)) as number;
					expect(after).toBeGreaterThanOrEqual(before);
					const dimension = s.question.dimension;
					const dimBefore = dimensionScores(s.questions, at(low))[dimension] as number;
					expect(dimensionScores(s.questions, at(high))[dimension] as number).toBeGreaterThanOrEqual(
						dimBefore
					);
				}
			)
		);
	});

	it('adding a 4 where there was no score never lowers the score', () => {
		fc.assert(
			fc.property(withQuestionArb, ({ questions, answers, question }) => {
				const rest = { ...answers };
				delete rest[question.id];
				const before = weightedScore(questions, rest);
				const after = weightedScore(questions, { ...rest, [question.id]: { score: 4, note: '' } }) as number;
				if (before !== null) expect(after).toBeGreaterThanOrEqual(before);
			})
		);
	});
});
