import { describe, expect, it } from 'vitest';
import { assessmentInputSchema, assessmentSchema, submittedAssessmentSchema } from './assessment.schema';
import { gwc, ratings } from './fixtures.testing';

const draft = {
	id: 'ass000000000001',
	organization: 'org000000000001',
	seat: 'seat00000000001',
	provider: 'prv000000000001',
	checklist: 'rightseatmspv01',
	assessor: 'usr000000000001',
	status: 'draft',
	gwc: gwc('yes', null, null),
	core_values: ratings('plus', null, null),
	answers: {
		q01: { score: 3, note: 'Mostly.' },
		q02: { score: 'n/a', note: '' },
		q03: { score: null, note: '' }
	},
	responsibility_fit: [{ responsibility: 'Backups', score: 4, note: '' }],
	summary: ''
};

function issues(value: unknown) {
	return assessmentInputSchema
		.safeParse(value)
		.error?.issues.map((i) => ({ message: i.message, path: i.path }));
}

describe('assessmentInputSchema', () => {
	it('accepts a draft with unanswered parts', () => {
		expect(assessmentInputSchema.safeParse(draft).success).toBe(true);
	});

	it('reads never-written JSON fields as empty', () => {
		const parsed = assessmentInputSchema.parse({
			...draft,
			gwc: null,
			core_values: null,
			answers: undefined,
			responsibility_fit: null
		});
		expect(parsed.gwc).toEqual(gwc(null, null, null));
		expect(parsed).toMatchObject({ core_values: [], answers: {}, responsibility_fit: [], assessed_at: '' });
	});

	it('reads a missing dimension, answer or note as unanswered and empty', () => {
		const parsed = assessmentInputSchema.parse({
			...draft,
			gwc: { get: { answer: 'yes', note: null }, want: {} }
		});
		expect(parsed.gwc).toEqual(gwc('yes', null, null));
		const answers = assessmentInputSchema.parse({ ...draft, answers: { q01: {} } }).answers;
		expect(answers).toEqual({ q01: { score: null, note: '' } });
	});

	it('refuses unknown keys inside the JSON fields', () => {
		const bad = (patch: object) => assessmentInputSchema.safeParse({ ...draft, ...patch }).success;
		expect(bad({ gwc: { ...gwc(null, null, null), vibe: { answer: 'yes', note: '' } } })).toBe(false);
		expect(bad({ answers: { q01: { score: 1, note: '', extra: 1 } } })).toBe(false);
		expect(bad({ core_values: [{ value_id: 'humble', rating: 'plus', note: '', x: 1 }] })).toBe(false);
		expect(bad({ responsibility_fit: [{ responsibility: 'x', score: 1, note: '', x: 1 }] })).toBe(false);
	});

	it('requires all three GWC answers once submitted', () => {
		expect(issues({ ...draft, status: 'submitted' })).toEqual([
			{ message: 'Answer Want it (yes or no) before submitting.', path: ['gwc', 'want', 'answer'] },
			{
				message: 'Answer Capacity to do it (yes or no) before submitting.',
				path: ['gwc', 'capacity', 'answer']
			}
		]);
		const answered = { ...draft, status: 'submitted', gwc: gwc('yes', 'no', 'yes') };
		expect(assessmentInputSchema.safeParse(answered).success).toBe(true);
	});

	it('refuses "kind of" and other GWC answers', () => {
		const maybe = { ...draft, gwc: { ...gwc('yes', 'yes', 'yes'), want: { answer: 'maybe', note: '' } } };
		expect(assessmentInputSchema.safeParse(maybe).success).toBe(false);
	});

	it('takes scores 0–4 or n/a only', () => {
		const ok = (score: unknown) =>
			assessmentInputSchema.safeParse({ ...draft, answers: { q01: { score, note: '' } } }).success;
		for (const score of [0, 1, 2, 3, 4, 'n/a', null]) expect(ok(score)).toBe(true);
		for (const score of [-1, 5, 2.5, 'N/A', '3']) expect(ok(score)).toBe(false);
	});

	it('refuses answer keys that cannot be question ids', () => {
		expect(
			assessmentInputSchema.safeParse({ ...draft, answers: { 'Q 1': { score: 1, note: '' } } }).success
		).toBe(false);
	});

	it('rates each value at most once, with +, +/− or −', () => {
		const twice = [...ratings('plus', null, null), { value_id: 'humble', rating: 'minus', note: '' }];
		expect(assessmentInputSchema.safeParse({ ...draft, core_values: twice }).success).toBe(false);
		const odd = [{ value_id: 'humble', rating: 'meh', note: '' }];
		expect(assessmentInputSchema.safeParse({ ...draft, core_values: odd }).success).toBe(false);
	});

	it('checks responsibility fit lines', () => {
		const line = draft.responsibility_fit[0];
		const ok = (responsibility_fit: unknown) =>
			assessmentInputSchema.safeParse({ ...draft, responsibility_fit }).success;
		expect(ok(Array.from({ length: 5 }, () => line))).toBe(true);
		expect(ok(Array.from({ length: 6 }, () => line))).toBe(false);
		expect(ok([{ ...line, responsibility: '' }])).toBe(false);
		expect(ok([{ ...line, responsibility: 'x'.repeat(161) }])).toBe(false);
		expect(ok([{ ...line, score: 5 }])).toBe(false);
		expect(ok([{ ...line, score: 'n/a' }])).toBe(false);
	});

	it('limits notes and summary and refuses markup', () => {
		const bad = (patch: object) => assessmentInputSchema.safeParse({ ...draft, ...patch }).success;
		expect(bad({ summary: 'x'.repeat(4000) })).toBe(true);
		expect(bad({ summary: 'x'.repeat(4001) })).toBe(false);
		expect(bad({ summary: '<script>steal()</script>' })).toBe(false);
		expect(bad({ gwc: gwc('yes', null, null, { get: 'x'.repeat(2001) }) })).toBe(false);
		expect(bad({ answers: { q01: { score: 1, note: '</textarea>' } } })).toBe(false);
	});

	it('refuses a bad status, relation or date', () => {
		const bad = (patch: object) => assessmentInputSchema.safeParse({ ...draft, ...patch }).success;
		expect(bad({ status: 'final' })).toBe(false);
		expect(bad({ seat: '' })).toBe(false);
		expect(bad({ assessed_at: 'yesterday' })).toBe(false);
		expect(bad({ assessed_at: '2026-03-01 10:00:00.000Z' })).toBe(true);
	});
});

describe('submittedAssessmentSchema and the record schema', () => {
	it('refuses drafts', () => {
		expect(submittedAssessmentSchema.safeParse(draft).success).toBe(false);
		const submitted = { ...draft, status: 'submitted', gwc: gwc('yes', 'yes', 'no') };
		expect(submittedAssessmentSchema.safeParse(submitted).success).toBe(true);
	});

	it('applies the submission rule to records too', () => {
		const record = { ...draft, created: 'c', updated: 'u' };
		expect(assessmentSchema.safeParse(record).success).toBe(true);
		expect(assessmentSchema.safeParse({ ...record, status: 'submitted' }).success).toBe(false);
	});
});
