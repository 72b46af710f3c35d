import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	canSeeAssessment,
	hiddenUntilReveal,
	inTheOpen,
	revealsOnSubmit,
	roundProblems,
	roundState,
	visibleAssessments,
	type BlindRound
} from './blind';

const blind: BlindRound = { blind: true, revealed: false, blind_assessors: ['ana', 'ben'] };
const ana = { assessor: 'ana', status: 'submitted' as const };
const ben = { assessor: 'ben', status: 'draft' as const };

describe('canSeeAssessment', () => {
	it('before reveal: only the assessor', () => {
		expect(canSeeAssessment('ana', ana, blind)).toBe(true);
		expect(canSeeAssessment('ben', ana, blind)).toBe(false);
		expect(canSeeAssessment('rep', ana, blind)).toBe(false);
	});

	it('revealed, or not blind at all: everyone who reads the workspace', () => {
		expect(canSeeAssessment('ben', ana, { ...blind, revealed: true })).toBe(true);
		expect(canSeeAssessment('rep', ana, { ...blind, blind: false })).toBe(true);
	});

	it('property: before reveal nobody ever sees an assessment that is not theirs', () => {
		const people = fc.constantFrom('ana', 'ben', 'cy', 'rep');
		const item = fc.record({
			assessor: people,
			status: fc.constantFrom('draft' as const, 'submitted' as const)
		});
		fc.assert(
			fc.property(people, fc.array(item, { maxLength: 8 }), (viewer, items) =>
				visibleAssessments(viewer, items, blind).every((a) => a.assessor === viewer)
			)
		);
	});
});

describe('roundState and revealsOnSubmit', () => {
	it('phases follow the flags', () => {
		expect(roundState(blind, [ana]).phase).toBe('blind');
		expect(roundState({ ...blind, revealed: true }, [ana]).phase).toBe('revealed');
		expect(roundState({ ...blind, blind: false }, []).phase).toBe('open');
	});

	it('lists who submitted and who is awaited', () => {
		expect(roundState(blind, [ana, ben])).toMatchObject({ submitted: ['ana'], waitingFor: ['ben'] });
	});

	it('the last listed assessor submitting reveals; nobody listed means only an owner reveals', () => {
		expect(revealsOnSubmit('ben', blind, [ana, ben])).toBe(true);
		expect(revealsOnSubmit('ana', blind, [ana, ben])).toBe(false);
		expect(revealsOnSubmit('cy', blind, [ana])).toBe(false);
		expect(revealsOnSubmit('ana', { ...blind, blind_assessors: [] }, [])).toBe(false);
		expect(revealsOnSubmit('ben', { ...blind, revealed: true }, [ana])).toBe(false);
	});
});

describe('inTheOpen', () => {
	const providers = [
		{ id: 'p1', blind: true, revealed: false, blind_assessors: ['ana'] },
		{ id: 'p2', blind: true, revealed: true, blind_assessors: ['ana'] },
		{ id: 'p3' }
	];
	it('drops every assessment of a provider still blind, the viewer own included', () => {
		const all = [
			{ id: 'a', provider: 'p1', assessor: 'ana' },
			{ id: 'b', provider: 'p2', assessor: 'ben' },
			{ id: 'c', provider: 'p3', assessor: 'ben' }
		];
		expect(inTheOpen(all, providers).map((a) => a.id)).toEqual(['b', 'c']);
	});
	it('hiddenUntilReveal: only blind and not revealed', () => {
		expect(providers.map(hiddenUntilReveal)).toEqual([true, false, false]);
	});
});

describe('roundProblems', () => {
	it('a blind round needs someone listed, once each', () => {
		expect(roundProblems({ blind: true, blind_assessors: [] })).toHaveProperty('blind_assessors');
		expect(roundProblems({ blind: true, blind_assessors: ['a', 'a'] })).toHaveProperty('blind_assessors');
		expect(roundProblems({ blind: true, blind_assessors: ['a'] })).toEqual({});
		expect(roundProblems({ blind: false, blind_assessors: [] })).toEqual({});
	});
});
