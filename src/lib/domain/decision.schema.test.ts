import { describe, expect, it } from 'vitest';
import { decisionInputSchema, decisionOverride, decisionSchema } from './decision.schema';

const decision = {
	id: 'dec000000000001',
	organization: 'org000000000001',
	seat: 'seat00000000001',
	provider: 'prv000000000001',
	decided_by: 'usr000000000001',
	reason: 'Right seat: all three assessors agree.',
	decided_at: '2026-03-01 10:00:00.000Z'
};

describe('decisionInputSchema', () => {
	it('accepts a decision without a consensus score', () => {
		expect(decisionInputSchema.parse(decision)).toMatchObject({
			consensus_score: null,
			consensus_reason: ''
		});
	});

	it('requires a reason and a date', () => {
		expect(decisionInputSchema.safeParse({ ...decision, reason: '  ' }).success).toBe(false);
		expect(decisionInputSchema.safeParse({ ...decision, reason: 'x'.repeat(2001) }).success).toBe(false);
		expect(decisionInputSchema.safeParse({ ...decision, decided_at: undefined }).success).toBe(false);
		expect(decisionInputSchema.safeParse({ ...decision, decided_at: '' }).success).toBe(false);
	});

	it('takes a consensus score 0–100 only with its reason', () => {
		const ok = (patch: object) => decisionInputSchema.safeParse({ ...decision, ...patch }).success;
		expect(ok({ consensus_score: 72.5, consensus_reason: 'We weighed the roadmap more.' })).toBe(true);
		expect(ok({ consensus_score: 72.5 })).toBe(false);
		expect(ok({ consensus_score: 72.5, consensus_reason: '   ' })).toBe(false);
		expect(ok({ consensus_score: 101, consensus_reason: 'x' })).toBe(false);
		expect(ok({ consensus_score: -1, consensus_reason: 'x' })).toBe(false);
		// PocketBase stores "no score" as 0, so 0 without a reason means "no consensus".
		expect(ok({ consensus_score: 0 })).toBe(true);
	});

	it('reads a record with system fields', () => {
		expect(
			decisionSchema.safeParse({ ...decision, consensus_score: 0, created: 'c', updated: 'u' }).success
		).toBe(true);
	});
});

describe('decisionOverride', () => {
	it('is the score with its reason, or null without a reason', () => {
		expect(decisionOverride({ consensus_score: 80, consensus_reason: 'Agreed.' })).toEqual({
			score: 80,
			reason: 'Agreed.'
		});
		expect(decisionOverride({ consensus_score: 0, consensus_reason: '' })).toBeNull();
		expect(decisionOverride({ consensus_score: null, consensus_reason: 'x' })).toBeNull();
		expect(decisionOverride({ consensus_score: 0, consensus_reason: 'Nothing works.' })).toEqual({
			score: 0,
			reason: 'Nothing works.'
		});
	});
});
