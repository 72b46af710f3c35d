import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKLIST_ID, builtinChecklist, migrateAnswers, nextChecklistVersion } from './checklist';
import { answersOf } from './fixtures.testing';
import { recordId } from './record.schema';

describe('builtinChecklist', () => {
	it('is version 1 of rightseat-msp with q01…q10, locked and owned by nobody', () => {
		expect(builtinChecklist).toMatchObject({
			id: BUILTIN_CHECKLIST_ID,
			family: 'rightseat-msp',
			version: 1,
			organization: '',
			locked: true
		});
		expect(builtinChecklist.questions.map((q) => q.id)).toEqual([
			'q01',
			'q02',
			'q03',
			'q04',
			'q05',
			'q06',
			'q07',
			'q08',
			'q09',
			'q10'
		]);
		expect(recordId.safeParse(BUILTIN_CHECKLIST_ID).success).toBe(true);
	});

	it('asks four Get it, two Want it and four Capacity questions, each with guidance', () => {
		const count = (d: string) => builtinChecklist.questions.filter((q) => q.dimension === d).length;
		expect([count('get'), count('want'), count('capacity')]).toEqual([4, 2, 4]);
		expect(builtinChecklist.questions.every((q) => q.guidance.length > 0)).toBe(true);
	});
});

describe('nextChecklistVersion', () => {
	const edited = builtinChecklist.questions
		.slice(0, 9)
		.map((q) => (q.id === 'q09' ? { ...q, weight: 2 } : q));

	it('makes an unlocked version + 1 in the same family for an organization', () => {
		const next = nextChecklistVersion(builtinChecklist, edited, { organization: 'org000000000001' });
		expect(next).toMatchObject({
			family: 'rightseat-msp',
			version: 2,
			locked: false,
			organization: 'org000000000001'
		});
		expect(next.questions).toHaveLength(9);
		expect(recordId.safeParse(next.id).success).toBe(true);
		expect(next.id).not.toBe(builtinChecklist.id);
	});

	it('keeps the organization of an organization checklist and can rename it', () => {
		const mine = nextChecklistVersion(builtinChecklist, edited, { organization: 'org000000000001' });
		const again = nextChecklistVersion(mine, edited, { name: 'Ours', id: 'chk000000000003' });
		expect(again).toMatchObject({
			version: 3,
			name: 'Ours',
			id: 'chk000000000003',
			organization: 'org000000000001'
		});
	});

	it('refuses to make a built-in version nobody owns', () => {
		expect(() => nextChecklistVersion(builtinChecklist, edited)).toThrow(/belongs to an organization/);
	});

	it('refuses questions that break the contract', () => {
		expect(() => nextChecklistVersion(builtinChecklist, [], { organization: 'org000000000001' })).toThrow();
	});
});

describe('migrateAnswers', () => {
	it('keeps answers whose question still exists and reports the rest', () => {
		const target = {
			questions: [
				...builtinChecklist.questions.filter((q) => q.id !== 'q03'),
				{ id: 'q11', text: 'New?', guidance: '', dimension: 'get' as const, weight: 1 }
			]
		};
		const answers = answersOf([4, 3, 2, 'n/a']);
		const result = migrateAnswers(answers, target);
		expect(result.moved).toEqual(['q01', 'q02', 'q04']);
		expect(result.dropped).toEqual(['q03']);
		expect(result.added).toEqual(['q05', 'q06', 'q07', 'q08', 'q09', 'q10', 'q11']);
		expect(result.answers).toEqual({ q01: answers.q01, q02: answers.q02, q04: answers.q04 });
	});
});

describe('currentChecklistOf', () => {
	it("is the organization's newest version, else the built-in", async () => {
		const { currentChecklistOf, builtinChecklist } = await import('./checklist');
		const v = (version: number) => ({ ...builtinChecklist, id: `own00000000000${version}`, version });
		expect(currentChecklistOf([v(2), v(3), v(1)]).version).toBe(3);
		expect(currentChecklistOf([])).toBe(builtinChecklist);
	});
});
