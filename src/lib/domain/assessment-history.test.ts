import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffAssessments, lastSubmitted, providerTimeline, reassessmentDraft } from './assessment-history';
import { builtinChecklist } from './checklist';
import { answersOf, assessment, context, gwc, ratings } from './fixtures.testing';
import type { ComparableAssessment } from './seat-comparison';

const ids = { organization: 'orgorgorgorgorg', seat: 'seatseatseatsea', provider: 'provprovprovpro' };

function made(assessor: string, date: string, scores: Array<number | 'n/a' | null>, extra = {}) {
	return {
		...assessment({ answers: answersOf(scores as Array<0 | 1 | 2 | 3 | 4 | 'n/a' | null>) }),
		...ids,
		id: `${assessor}${date.replaceAll('-', '')}`.padEnd(15, '0').slice(0, 15),
		assessor,
		checklist: builtinChecklist.id,
		summary: 'Solid.',
		assessed_at: `${date} 09:00:00.000Z`,
		...extra
	} satisfies ComparableAssessment & Record<string, unknown>;
}

describe('reassessmentDraft', () => {
	const previous = made('ana', '2026-01-10', [4, 3, 2, 1, 0, 'n/a', 4, 4, 4, 4], {
		core_values: [
			...ratings('plus', 'plus_minus', 'plus'),
			{ value_id: 'retired', rating: 'minus', note: '' }
		],
		responsibility_fit: [
			{ responsibility: 'Backups', score: 3, note: 'Nightly.' },
			{ responsibility: 'Printers', score: 1, note: '' }
		]
	});

	it('prefills a new draft from the last submitted assessment, following the seat and values now', () => {
		const { draft, droppedQuestions, newQuestions } = reassessmentDraft(previous, {
			assessor: 'benbenbenbenben',
			checklist: builtinChecklist,
			responsibilities: ['backups', 'Help desk'],
			coreValues: context.core_values
		});
		expect(draft).toMatchObject({ ...ids, status: 'draft', assessor: 'benbenbenbenben', assessed_at: '' });
		expect(draft.id).not.toBe(previous.id);
		expect(draft.answers).toEqual(previous.answers);
		expect(draft.gwc).toEqual(previous.gwc);
		expect(draft.core_values.map((r) => r.value_id)).toEqual(['humble', 'hungry', 'smart']);
		expect(draft.responsibility_fit).toEqual([
			{ responsibility: 'backups', score: 3, note: 'Nightly.' },
			{ responsibility: 'Help desk', score: null, note: '' }
		]);
		expect([droppedQuestions, newQuestions]).toEqual([[], []]);
		// editing the draft leaves the previous assessment untouched
		draft.answers.q01!.score = 0;
		expect(previous.answers.q01?.score).toBe(4);
	});

	it('moves answers onto a newer checklist version and says what was left behind', () => {
		const next = {
			id: 'nextchecklist01',
			questions: [
				...builtinChecklist.questions.slice(1),
				{ id: 'q11', text: 'New?', guidance: '', dimension: 'get' as const, weight: 1 }
			]
		};
		const result = reassessmentDraft(previous, {
			assessor: 'anaanaanaanaana',
			checklist: next,
			responsibilities: ['Backups'],
			coreValues: context.core_values
		});
		expect(result.draft.checklist).toBe('nextchecklist01');
		expect(Object.keys(result.draft.answers)).not.toContain('q01');
		expect([result.droppedQuestions, result.newQuestions]).toEqual([['q01'], ['q11']]);
	});
});

describe('diffAssessments', () => {
	it('gives before/after per question, GWC and total', () => {
		const before = made('ana', '2026-01-10', [4, 3, 2, 1, 0, 'n/a', null, 4, 4, 4]);
		const after = made('ana', '2026-04-10', [4, 4, 1, 1, 'n/a', 'n/a', 2, 4, 4, 4], {
			gwc: gwc('yes', 'no', 'yes')
		});
		const diff = diffAssessments(before, after, { before: builtinChecklist, after: builtinChecklist });
		expect(diff.questions.slice(0, 7).map((q) => [q.before, q.after, q.delta, q.change])).toEqual([
			[4, 4, 0, 'same'],
			[3, 4, 1, 'up'],
			[2, 1, -1, 'down'],
			[1, 1, 0, 'same'],
			[0, 'n/a', null, 'changed'],
			['n/a', 'n/a', null, 'same'],
			[null, 2, null, 'changed']
		]);
		expect(diff.gwc[1]).toEqual({ dimension: 'want', before: 'yes', after: 'no' });
		expect(diff.total.delta).toBeCloseTo((diff.total.after ?? 0) - (diff.total.before ?? 0));
	});

	it('a re-assessment left as prefilled changes nothing (property)', () => {
		const score = fc.constantFrom(0, 1, 2, 3, 4, 'n/a' as const, null);
		fc.assert(
			fc.property(fc.array(score, { minLength: 10, maxLength: 10 }), (scores) => {
				const previous = made('ana', '2026-01-10', scores);
				const { draft } = reassessmentDraft(previous, {
					assessor: 'anaanaanaanaana',
					checklist: builtinChecklist,
					responsibilities: ['Backups'],
					coreValues: context.core_values
				});
				const diff = diffAssessments(previous, draft, { before: builtinChecklist, after: builtinChecklist });
				expect(diff.questions.every((q) => q.change === 'same')).toBe(true);
				expect(diff.total.delta ?? 0).toBe(0);
			})
		);
	});
});

describe('timeline', () => {
	const list = [
		made('ana', '2026-01-10', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]),
		made('ben', '2026-01-11', [4, 4, 4, 4, 4, 4, 4, 4, 4, 4]),
		made('ana', '2026-04-10', [3, 2, 2, 2, 2, 2, 2, 2, 2, 2]),
		made('ana', '2026-05-01', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], { status: 'draft' as const })
	];

	it('lists submissions newest first, each against the same person’s previous one', () => {
		const timeline = providerTimeline(list, () => builtinChecklist);
		expect(timeline.map((e) => [e.assessment.assessor, e.assessedAt.slice(0, 10)])).toEqual([
			['ana', '2026-04-10'],
			['ben', '2026-01-11'],
			['ana', '2026-01-10']
		]);
		expect(timeline[0]?.sincePrevious?.questions[0]).toMatchObject({ before: 2, after: 3, change: 'up' });
		expect(timeline[1]?.sincePrevious).toBeNull();
		expect(timeline[2]?.total).toBe(50);
	});

	it('finds the last submitted assessment for a prefill', () => {
		expect(lastSubmitted(list, { ...ids })?.assessed_at).toBe('2026-04-10 09:00:00.000Z');
		expect(lastSubmitted(list, { ...ids, assessor: 'ben' })?.assessor).toBe('ben');
		expect(lastSubmitted(list, { ...ids, seat: 'otherseat000000' })).toBeUndefined();
	});
});
