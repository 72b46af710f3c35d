import { describe, expect, it } from 'vitest';
import { answersOf, assessment, context, gwc, questions, ratings } from './fixtures.testing';
import { submissionProblems } from './submission';

const checklist = { questions };

describe('submissionProblems', () => {
	it('is empty for a complete assessment (n/a counts as answered)', () => {
		const complete = assessment({ answers: answersOf([4, 'n/a', 0, 1, 2, 3, 4, 'n/a', 0, 1]) });
		expect(submissionProblems(complete, checklist, context)).toEqual([]);
	});

	it('lists every missing GWC answer, rating and question', () => {
		const draft = assessment({
			gwc: gwc('yes', null, 'no'),
			core_values: ratings('plus', null, 'minus').slice(0, 2),
			answers: answersOf([4, null, 3])
		});
		expect(submissionProblems(draft, checklist, context)).toEqual([
			{ step: 'gwc', field: 'gwc.want.answer', message: 'Answer Want it (yes or no).' },
			{ step: 'values', field: 'core_values.hungry', message: 'Rate the core value "Hungry" (+, +/− or −).' },
			{ step: 'values', field: 'core_values.smart', message: 'Rate the core value "Smart" (+, +/− or −).' },
			{
				step: 'q-q02',
				field: 'answers.q02.score',
				message: `Answer question 2 (a score or n/a): ${questions[1]?.text}`
			},
			...questions.slice(3).map((q, i) => ({
				step: `q-${q.id}`,
				field: `answers.${q.id}.score`,
				message: `Answer question ${i + 4} (a score or n/a): ${q.text}`
			}))
		]);
	});

	it('reports answers and ratings that point at nothing', () => {
		const stray = assessment({
			core_values: [...ratings('plus', 'plus', 'plus'), { value_id: 'gone', rating: 'plus', note: '' }],
			answers: { ...answersOf([4, 4, 4, 4, 4, 4, 4, 4, 4, 4]), q99: { score: 1, note: '' } }
		});
		expect(submissionProblems(stray, checklist, context)).toEqual([
			{
				step: 'values',
				field: 'core_values.gone',
				message: 'A rating refers to the core value "gone", which the organization does not have.'
			},
			{
				step: 'review',
				field: 'answers.q99',
				message: 'An answer refers to question "q99", which this checklist version does not ask.'
			}
		]);
	});

	it('needs no ratings when the organization has no values yet', () => {
		const noValues = { core_values: [] };
		expect(submissionProblems(assessment({ core_values: [] }), checklist, noValues)).toEqual([]);
	});
});
