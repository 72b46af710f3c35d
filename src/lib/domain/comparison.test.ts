import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKLIST_ID, builtinChecklist, resolveChecklist } from './checklist';
import { compareProviders } from './comparison';
import { answersOf, assessment, context, gwc } from './fixtures.testing';
import type { Assessment, Decision, Organization, Provider } from './schemas';

const organization = { ...context, id: 'org' } as Organization;
const provider = (id: string, name: string) => ({ id, name }) as Provider;
const row = (provider: string, overrides = {}) =>
	({ ...assessment(overrides), provider, checklist: BUILTIN_CHECKLIST_ID }) as Assessment;
const checklistOf = (id: string) => resolveChecklist(id, []);

describe('compareProviders', () => {
	it('ranks the providers with submitted assessments, right seat first', () => {
		const ranked = compareProviders(
			[row('weak', { gwc: gwc('no', 'yes', 'yes') }), row('strong'), row('draft', { status: 'draft' })],
			[provider('weak', 'Weak IT'), provider('strong', 'Strong IT'), provider('draft', 'Draft IT')],
			[],
			checklistOf,
			organization
		);
		expect(ranked.map((r) => [r.rank, r.providerId, r.verdict])).toEqual([
			[1, 'strong', 'right_seat'],
			[2, 'weak', 'wrong_seat']
		]);
	});

	it("takes the newest decision's consensus score over the median", () => {
		const decision = (decided_at: string, consensus_score: number) =>
			({ provider: 'p', decided_at, consensus_score, consensus_reason: 'agreed' }) as Decision;
		const [entry] = compareProviders(
			[row('p', { answers: answersOf([4, 4, 4, 4, 4, 4, 4, 4, 4, 4]) })],
			[provider('p', 'P')],
			[decision('2026-01-01 00:00:00.000Z', 10), decision('2026-02-01 00:00:00.000Z', 42)],
			checklistOf,
			organization
		);
		expect(entry?.score).toBe(42);
	});

	it('leaves out a provider whose checklist version is not on this device', () => {
		const ranked = compareProviders(
			[{ ...row('p'), checklist: 'missing00000001' }],
			[provider('p', 'P')],
			[],
			checklistOf,
			organization
		);
		expect(ranked).toEqual([]);
	});
});

describe('resolveChecklist', () => {
	it('finds the built-in and organization versions', () => {
		const own = { ...builtinChecklist, id: 'own000000000001', version: 2 };
		expect(resolveChecklist(BUILTIN_CHECKLIST_ID, [own])).toBe(builtinChecklist);
		expect(resolveChecklist(own.id, [own])).toBe(own);
		expect(resolveChecklist('nope', [own])).toBeUndefined();
	});
});
