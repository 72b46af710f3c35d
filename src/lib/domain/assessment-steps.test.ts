import { describe, expect, it } from 'vitest';
import { assessmentSteps, questionSlug, stepAfter, stepProgress } from './assessment-steps';
import { questions } from './fixtures.testing';

describe('assessmentSteps', () => {
	it('runs values, GWC, one step per question, fit, review', () => {
		const steps = assessmentSteps(questions.slice(0, 2));
		expect(steps.map((s) => s.slug)).toEqual(['values', 'gwc', 'q-q01', 'q-q02', 'fit', 'review']);
		expect(steps[3]?.title).toBe('Question 2 of 2');
	});

	it('prefixes question slugs so a question id cannot collide with a fixed step', () => {
		expect(questionSlug('review')).toBe('q-review');
		const slugs = assessmentSteps([{ ...questions[0]!, id: 'review' }]).map((s) => s.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
	});
});

describe('stepProgress and stepAfter', () => {
	const steps = assessmentSteps(questions);

	it('names a question by its number among the questions, and counts every step', () => {
		expect(stepProgress(steps, 4)).toEqual({ label: 'Question 3 of 10', position: 5, total: 14 });
		expect(stepProgress(steps, 0)).toEqual({ label: 'Core values', position: 1, total: 14 });
	});

	it('gives the next step, none after the last', () => {
		expect(stepAfter(steps, 'q-q03')?.slug).toBe('q-q04');
		expect(stepAfter(steps, 'q-q10')?.slug).toBe('fit');
		expect(stepAfter(steps, 'review')).toBeUndefined();
		expect(stepAfter(steps, 'nowhere')).toBeUndefined();
	});
});
