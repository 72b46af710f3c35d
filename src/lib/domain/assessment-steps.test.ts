import { describe, expect, it } from 'vitest';
import { assessmentSteps, questionSlug } from './assessment-steps';
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
