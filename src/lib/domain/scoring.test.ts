import { describe, expect, it } from 'vitest';
import type { Question } from './checklist.schema';
import { answersOf, assessment, context, questions } from './fixtures.testing';
import {
	checklistScore,
	dimensionScores,
	followUps,
	responsibilityFit,
	scoreAssessment,
	weakestAnswers,
	weightedScore
} from './scoring';

const q = (
	id: string,
	weight: number,
	dimension: Question['dimension'] = 'get',
	guidance = ''
): Question => ({
	id,
	text: `Question ${id}?`,
	guidance,
	dimension,
	weight
});
const answer = (score: number | 'n/a' | null, note = '') => ({ score, note });

describe('weightedScore', () => {
	it('is 100 for all fours and 0 for all zeros', () => {
		expect(weightedScore(questions, answersOf(Array(10).fill(4)))).toBe(100);
		expect(weightedScore(questions, answersOf(Array(10).fill(0)))).toBe(0);
	});

	it('weights each answer and scales score/4', () => {
		const two = [q('a', 1), q('b', 3)];
		// (1·4/4 + 3·2/4) / 4 = 2.5 / 4
		expect(weightedScore(two, { a: answer(4), b: answer(2) })).toBe(62.5);
	});

	it('leaves n/a and unanswered out of the denominator', () => {
		const two = [q('a', 1), q('b', 1), q('c', 1)];
		expect(weightedScore(two, { a: answer(2), b: answer('n/a') })).toBe(50);
		expect(weightedScore(two, { a: answer(2), b: answer(null) })).toBe(50);
	});

	it('is null when nothing is scored', () => {
		expect(weightedScore(questions, {})).toBeNull();
		expect(weightedScore(questions, answersOf(['n/a', null]))).toBeNull();
	});

	it('ignores answers to questions the checklist does not ask', () => {
		expect(weightedScore([q('a', 1)], { a: answer(4), zz: answer(0) })).toBe(100);
	});
});

describe('dimensionScores', () => {
	it('scores Get it, Want it and Capacity separately', () => {
		const scores = dimensionScores(questions, answersOf([4, 4, 4, 4, 2, 2, 'n/a', null, null, null]));
		expect(scores).toEqual({ get: 100, want: 50, capacity: null });
	});
});

describe('weakestAnswers and followUps', () => {
	const set = [
		q('a', 1, 'get', 'They know.'),
		q('b', 3, 'want', 'They want it.'),
		q('c', 1, 'capacity'),
		q('d', 1)
	];

	it('orders by weighted loss, then lower score, with text and note', () => {
		const answers = { a: answer(0, 'No idea of our plans.'), b: answer(3), c: answer(1), d: answer(4) };
		const weak = weakestAnswers(set, answers);
		expect(weak.map((w) => w.questionId)).toEqual(['a', 'c', 'b']);
		expect(weak[0]).toMatchObject({ text: 'Question a?', score: 0, note: 'No idea of our plans.' });
		// a costs 1·4/4 of 6 weight: 16.67 points of the total.
		expect(weak[0]?.loss).toBeCloseTo(100 / 6);
		expect(weak[1]?.loss).toBeCloseTo(weak[2]?.loss ?? 0);
	});

	it('leaves out fours, n/a and unanswered', () => {
		expect(weakestAnswers(set, { a: answer(4), b: answer('n/a') })).toEqual([]);
	});

	it('asks about weak answers from the guidance, then about unanswered questions', () => {
		const prompts = followUps(set, { a: answer(1), c: answer(2) }, 4);
		expect(prompts.map((p) => p.questionId)).toEqual(['a', 'c', 'b', 'd']);
		expect(prompts[0]?.prompt).toBe('Ask what it would take for this to be true: They know.');
		expect(prompts[1]?.prompt).toBe('Ask what it would take to score higher than 2/4 on: Question c?');
		expect(prompts[2]?.prompt).toBe('Not answered yet. Ask: Question b? Good looks like: They want it.');
	});
});

describe('checklistScore', () => {
	it('counts answered, n/a and unanswered questions and limits the lists', () => {
		const result = checklistScore(questions, answersOf([1, 2, 'n/a', 0, 3, 4, null]));
		expect(result).toMatchObject({ answered: 5, notApplicable: 1, unanswered: 4 });
		expect(result.weakest.map((w) => w.questionId)).toEqual(['q04', 'q01', 'q02']);
		expect(result.askNext).toHaveLength(3);
		expect(result.total).toBeCloseTo(50);
	});
});

describe('responsibilityFit', () => {
	it('averages the scored lines on 0–100 and lists the weakest', () => {
		const fit = responsibilityFit([
			{ responsibility: 'Roadmap', score: 2, note: 'No roadmap yet.' },
			{ responsibility: 'Backups', score: 4, note: '' },
			{ responsibility: 'Security', score: null, note: '' },
			{ responsibility: 'Helpdesk', score: 3, note: '' }
		]);
		expect(fit.score).toBe(75);
		expect(fit.scored).toBe(3);
		expect(fit.weakest).toEqual([
			{ responsibility: 'Roadmap', score: 2, note: 'No roadmap yet.' },
			{ responsibility: 'Helpdesk', score: 3, note: '' }
		]);
	});

	it('is null when no line is scored', () => {
		expect(responsibilityFit([]).score).toBeNull();
		expect(responsibilityFit([{ responsibility: 'x', score: null, note: '' }]).score).toBeNull();
	});
});

describe('scoreAssessment', () => {
	it('combines verdict, checklist and fit', () => {
		const result = scoreAssessment(
			assessment({ responsibility_fit: [{ responsibility: 'x', score: 0, note: '' }] }),
			{ questions },
			context
		);
		expect(result.verdict.verdict).toBe('right_seat');
		expect(result.checklist.total).toBe(100);
		expect(result.fit.score).toBe(0);
	});
});
