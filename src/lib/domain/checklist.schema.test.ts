import { describe, expect, it } from 'vitest';
import { checklistInputSchema, checklistSchema, questionSchema } from './checklist.schema';

const question = { id: 'q01', text: 'Do they get it?', guidance: 'They do.', dimension: 'get', weight: 1 };
const checklist = {
	id: 'chk000000000001',
	organization: 'org000000000001',
	family: 'our-msp',
	name: 'Our MSP checklist',
	version: 2,
	questions: [question],
	locked: false
};

describe('questionSchema', () => {
	it('accepts weights from 0.5 to 5', () => {
		for (const weight of [0.5, 1, 2.5, 5])
			expect(questionSchema.safeParse({ ...question, weight }).success).toBe(true);
		for (const weight of [0, 0.4, 5.1, '1'])
			expect(questionSchema.safeParse({ ...question, weight }).success).toBe(false);
	});

	it('refuses bad text, guidance, dimension and id', () => {
		const bad = (patch: object) => questionSchema.safeParse({ ...question, ...patch }).success;
		expect(bad({ text: '' })).toBe(false);
		expect(bad({ text: 'x'.repeat(201) })).toBe(false);
		expect(bad({ guidance: 'x'.repeat(301) })).toBe(false);
		expect(bad({ guidance: '<img src=x onerror=alert(1)>' })).toBe(false);
		expect(bad({ dimension: 'like' })).toBe(false);
		expect(bad({ id: 'Q 1' })).toBe(false);
		expect(bad({ hint: 'extra key' })).toBe(false);
		expect(questionSchema.parse({ ...question, guidance: undefined }).guidance).toBe('');
	});
});

describe('checklistInputSchema', () => {
	it('accepts an organization checklist and a built-in (empty organization)', () => {
		expect(checklistInputSchema.safeParse(checklist).success).toBe(true);
		expect(checklistInputSchema.safeParse({ ...checklist, organization: '' }).success).toBe(true);
	});

	it('takes 1–20 questions with unique ids', () => {
		const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...question, id: `q${i}` }));
		const ok = (questions: unknown) => checklistInputSchema.safeParse({ ...checklist, questions }).success;
		expect(ok(many(20))).toBe(true);
		expect(ok(many(21))).toBe(false);
		expect(ok([])).toBe(false);
		expect(ok([question, question])).toBe(false);
	});

	it('refuses a bad version, family or name', () => {
		const bad = (patch: object) => checklistInputSchema.safeParse({ ...checklist, ...patch }).success;
		expect(bad({ version: 0 })).toBe(false);
		expect(bad({ version: 1.5 })).toBe(false);
		expect(bad({ family: 'Our MSP' })).toBe(false);
		expect(bad({ family: 'x'.repeat(41) })).toBe(false);
		expect(bad({ name: '' })).toBe(false);
	});

	it('reads a record with system fields', () => {
		expect(checklistSchema.safeParse({ ...checklist, created: 'c', updated: 'u' }).success).toBe(true);
	});
});
