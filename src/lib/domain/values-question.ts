import type { Answer, CoreValueRating } from './assessment.schema';
import type { Question } from './checklist.schema';
import type { CoreValue } from './organization.schema';

/**
 * The core values step and the checklist's values question ("Does the provider share our core
 * values?") ask the same thing. The question stays in the checklist (its weight, its place in the
 * score, the server's completeness check), but its score is derived from the values ratings and
 * shown as such; the assessor can change it, and a changed score is never overwritten.
 */

type Score = Answer['score'];

/** Points of one rating on the checklist's 0–4 scale: + most of the time, +/− sometimes, − rarely. */
const POINTS = { plus: 4, plus_minus: 2, minus: 0 } as const;

/** A question names the organization's core values when its text says "core value(s)". */
const NAMES_VALUES = /\bcore values?\b/i;

/** The checklist question that asks about core values (the first whose text names them), if any. */
export function valuesQuestion(questions: readonly Question[]): Question | undefined {
	return questions.find((question) => NAMES_VALUES.test(question.text));
}

/**
 * The 0–4 score the values ratings give the values question: the average of + = 4, +/− = 2,
 * − = 0 over the organization's values, rounded down, so a 4 ("fully") needs every value rated +.
 * Null until every value is rated, and when the organization has named no values.
 */
export function scoreFromValues(
	ratings: readonly CoreValueRating[],
	values: readonly CoreValue[]
): number | null {
	if (values.length === 0) return null;
	const ratingOf = new Map(ratings.map((r) => [r.value_id, r.rating]));
	let points = 0;
	for (const value of values) {
		const rating = ratingOf.get(value.id) ?? null;
		if (rating === null) return null;
		points += POINTS[rating];
	}
	return Math.floor(points / values.length);
}

/** What the values question's score should become, and which question it is. */
export interface ValuesAnswerUpdate {
	questionId: string;
	score: Score;
}

/**
 * After the values ratings changed from `before` to `after`: the new score of the values question,
 * or undefined when it stays. The score follows the ratings while it is unanswered or still equal
 * to what `before` derived (so it was never set by hand); a score the assessor chose differently
 * is kept. Pass the same ratings as `before` and `after` to fill in an unanswered question.
 */
export function followValues(
	questions: readonly Question[],
	values: readonly CoreValue[],
	answers: Readonly<Record<string, Answer>>,
	before: readonly CoreValueRating[],
	after: readonly CoreValueRating[]
): ValuesAnswerUpdate | undefined {
	const question = valuesQuestion(questions);
	if (!question) return undefined;
	const current = answers[question.id]?.score ?? null;
	const was = scoreFromValues(before, values);
	const now = scoreFromValues(after, values);
	const followsRatings = current === null || (was !== null && current === was);
	if (!followsRatings || current === now) return undefined;
	return { questionId: question.id, score: now };
}

/** How the values question's score relates to the values ratings, for the words shown beside it. */
export type ValuesAnswerSource =
	{ kind: 'derived'; score: number } | { kind: 'changed'; suggested: number } | { kind: 'none' };

/** Whether `answer` is the score the ratings give (`derived`), differs from it (`changed`), or neither applies. */
export function valuesAnswerSource(
	answer: Answer | undefined,
	ratings: readonly CoreValueRating[],
	values: readonly CoreValue[]
): ValuesAnswerSource {
	const suggested = scoreFromValues(ratings, values);
	const score = answer?.score ?? null;
	if (suggested === null || score === null) return { kind: 'none' };
	return score === suggested ? { kind: 'derived', score } : { kind: 'changed', suggested };
}
