import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerScoreSchema, type CoreValueRating } from './assessment.schema';
import { context, gwc, questions } from './fixtures.testing';
import { submissionProblems } from './submission';
import { followValues, scoreFromValues, valuesAnswerSource, valuesQuestion } from './values-question';

const values = context.core_values;
type Rating = CoreValueRating['rating'];
const rate = (...ratings: Rating[]): CoreValueRating[] =>
	values.map((value, i) => ({ value_id: value.id, rating: ratings[i] ?? null, note: '' }));
const unanswered = Object.fromEntries(questions.map((q) => [q.id, { score: null, note: '' }]));
const withQ1 = (score: number | 'n/a' | null) => ({ ...unanswered, q01: { score, note: '' } });

describe('valuesQuestion', () => {
	it('finds the built-in question 1, also when an organization rewords it', () => {
		expect(valuesQuestion(questions)?.id).toBe('q01');
		const reworded = [{ ...questions[0]!, text: 'Does the provider live our Core Values day to day?' }];
		expect(valuesQuestion(reworded)?.id).toBe('q01');
	});

	it('finds none in a checklist that does not ask about core values', () => {
		expect(valuesQuestion(questions.slice(1))).toBeUndefined();
	});
});

describe('scoreFromValues', () => {
	it('gives 4 only when every value is rated +', () => {
		expect(scoreFromValues(rate('plus', 'plus', 'plus'), values)).toBe(4);
		expect(scoreFromValues(rate('plus', 'plus', 'plus_minus'), values)).toBe(3);
	});

	it('averages + = 4, +/− = 2, − = 0 and rounds down', () => {
		expect(scoreFromValues(rate('plus', 'plus_minus', 'plus_minus'), values)).toBe(2);
		expect(scoreFromValues(rate('plus', 'plus', 'minus'), values)).toBe(2);
		expect(scoreFromValues(rate('plus_minus', 'minus', 'minus'), values)).toBe(0);
	});

	it('is null until every value is rated, and without named values', () => {
		expect(scoreFromValues(rate('plus', 'plus', null), values)).toBeNull();
		expect(scoreFromValues([], [])).toBeNull();
	});

	it('ignores ratings of values the organization no longer has', () => {
		const extra = [...rate('plus', 'plus', 'plus'), { value_id: 'gone', rating: 'minus' as const, note: '' }];
		expect(scoreFromValues(extra, values)).toBe(4);
	});

	it('always gives a score the schema and the server accept (a whole number 0–4)', () => {
		const rating = fc.constantFrom<Rating>('plus', 'plus_minus', 'minus');
		fc.assert(
			fc.property(fc.array(rating, { minLength: 3, maxLength: 3 }), (ratings) => {
				const score = scoreFromValues(rate(...ratings), values);
				expect(answerScoreSchema.safeParse(score).success).toBe(true);
				expect(Number.isInteger(score)).toBe(true);
			})
		);
	});
});

describe('followValues', () => {
	it('answers an unanswered question 1 once every value is rated', () => {
		const update = followValues(
			questions,
			values,
			unanswered,
			rate('plus', 'plus'),
			rate('plus', 'plus', 'plus')
		);
		expect(update).toEqual({ questionId: 'q01', score: 4 });
	});

	it('leaves it unanswered while a value is unrated', () => {
		expect(followValues(questions, values, unanswered, rate(), rate('plus', 'plus'))).toEqual(undefined);
	});

	it('follows a changed rating while the score is still the derived one', () => {
		const before = rate('plus', 'plus', 'plus');
		const after = rate('plus', 'plus', 'minus');
		expect(followValues(questions, values, withQ1(4), before, after)).toEqual({
			questionId: 'q01',
			score: 2
		});
	});

	it('keeps a score the assessor set by hand, n/a included', () => {
		const before = rate('plus', 'plus', 'plus');
		const after = rate('plus', 'plus', 'minus');
		expect(followValues(questions, values, withQ1(1), before, after)).toBeUndefined();
		expect(followValues(questions, values, withQ1('n/a'), before, after)).toBeUndefined();
	});

	it('fills in an unanswered question from ratings given earlier (same before and after)', () => {
		const ratings = rate('plus', 'plus_minus', 'plus');
		expect(followValues(questions, values, unanswered, ratings, ratings)).toEqual({
			questionId: 'q01',
			score: 3
		});
		expect(followValues(questions, values, withQ1(3), ratings, ratings)).toBeUndefined();
	});

	it('does nothing when the checklist has no values question or the organization no values', () => {
		const all = rate('plus', 'plus', 'plus');
		expect(followValues(questions.slice(1), values, unanswered, all, all)).toBeUndefined();
		expect(followValues(questions, [], unanswered, [], [])).toBeUndefined();
	});

	it('leaves a derived assessment ready to submit: question 1 counts as answered', () => {
		const ratings = rate('plus', 'plus', 'plus_minus');
		const answers: Record<string, { score: number | 'n/a' | null; note: string }> = Object.fromEntries(
			questions.map((q) => [q.id, { score: 3, note: '' }])
		);
		answers.q01 = { score: null, note: '' };
		const update = followValues(questions, values, answers, ratings, ratings)!;
		answers[update.questionId] = { score: update.score, note: '' };
		const assessment = { gwc: gwc('yes', 'yes', 'yes'), core_values: ratings, answers };
		expect(submissionProblems(assessment, { questions }, context)).toEqual([]);
	});
});

describe('valuesAnswerSource', () => {
	const ratings = rate('plus', 'plus', 'plus_minus');
	it('says derived when the score is the one the ratings give', () => {
		expect(valuesAnswerSource({ score: 3, note: '' }, ratings, values)).toEqual({
			kind: 'derived',
			score: 3
		});
	});
	it('says changed, with the suggestion, when the assessor chose another score', () => {
		expect(valuesAnswerSource({ score: 1, note: '' }, ratings, values)).toEqual({
			kind: 'changed',
			suggested: 3
		});
	});
	it('says none while unrated or unanswered', () => {
		expect(valuesAnswerSource({ score: 3, note: '' }, rate('plus'), values)).toEqual({ kind: 'none' });
		expect(valuesAnswerSource(undefined, ratings, values)).toEqual({ kind: 'none' });
	});
});
