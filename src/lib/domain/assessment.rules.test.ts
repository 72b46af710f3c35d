import { describe, expect, it } from 'vitest';
import { assessmentInputSchema } from './assessment.schema';
import { newDraft, openDraftOf, resumeStep } from './assessment.rules';
import { BUILTIN_CHECKLIST_ID } from './checklist';
import { answersOf, context, gwc, questions, ratings } from './fixtures.testing';

const key = { seat: 'seat00000000001', provider: 'prov00000000001', assessor: 'act00000000001x' };

describe('openDraftOf (one draft per assessor, seat and provider)', () => {
	const row = (id: string, over: object) => ({ id, status: 'draft' as const, ...key, ...over });

	it('finds the open draft of this assessor for this seat and provider', () => {
		const rows = [
			row('submitted', { status: 'submitted' }),
			row('someone-else', { assessor: 'other' }),
			row('other-seat', { seat: 'other' }),
			row('mine', {})
		];
		expect(openDraftOf(rows, key)?.id).toBe('mine');
	});

	it('finds none when only submitted ones exist (a re-assessment starts a new draft)', () => {
		expect(openDraftOf([row('done', { status: 'submitted' })], key)).toBeUndefined();
	});
});

describe('newDraft', () => {
	it('lists every value and responsibility unrated, and is a valid assessment', () => {
		const draft = newDraft(
			{ ...key, organization: 'org000000000001', checklist: BUILTIN_CHECKLIST_ID },
			context.core_values,
			['Keep it running', 'Keep it safe']
		);
		expect(draft.core_values?.map((r) => [r.value_id, r.rating])).toEqual([
			['humble', null],
			['hungry', null],
			['smart', null]
		]);
		expect(draft.responsibility_fit?.map((f) => f.responsibility)).toEqual([
			'Keep it running',
			'Keep it safe'
		]);
		expect(assessmentInputSchema.safeParse({ ...draft, id: 'asm000000000001' }).success).toBe(true);
	});
});

describe('resumeStep', () => {
	const done = {
		core_values: ratings('plus', 'plus', 'plus'),
		gwc: gwc('yes', 'yes', 'yes'),
		answers: answersOf([4, 4, 4, 4, 4, 4, 4, 4, 4, 4])
	};

	it('opens the first step with something unanswered', () => {
		expect(
			resumeStep({ ...done, core_values: ratings('plus', null, 'plus') }, context.core_values, questions)
		).toBe('values');
		expect(resumeStep({ ...done, gwc: gwc('yes', null, 'yes') }, context.core_values, questions)).toBe('gwc');
		expect(resumeStep({ ...done, answers: answersOf([4, 4, null]) }, context.core_values, questions)).toBe(
			'q-q03'
		);
	});

	it('opens the review when everything is answered', () => {
		expect(resumeStep(done, context.core_values, questions)).toBe('review');
	});
});
