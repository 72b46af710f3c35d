import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersOf, assessment, context, questions } from './fixtures.testing';
import { workspaceGap } from './pipeline';

const scoreArb = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom('n/a' as const, null));
const assessor = fc
	.tuple(fc.array(scoreArb, { minLength: 10, maxLength: 10 }), fc.option(fc.integer({ min: 0, max: 4 })))
	.map(([scores, fit]) =>
		assessment({
			answers: answersOf(scores),
			responsibility_fit: [{ responsibility: 'Backups', score: fit, note: '' }]
		})
	);
const side = fc.array(assessor, { maxLength: 4 });

describe('workspaceGap properties', () => {
	it('swapping the incumbent and the MSP negates every gap', () => {
		fc.assert(
			fc.property(side, side, (a, b) => {
				const input = { questions, responsibilities: ['Backups'], context };
				const ab = workspaceGap({ ...input, incumbent: a, self: b });
				const ba = workspaceGap({ ...input, incumbent: b, self: a });
				const negated = (x: number | null) => (x === null ? null : x === 0 ? 0 : -x);
				expect(ba.gap).toEqual(negated(ab.gap));
				expect(ba.questions.map((q) => q.gap)).toEqual(ab.questions.map((q) => negated(q.gap)));
				expect(ba.responsibilities[0]!.gap).toEqual(negated(ab.responsibilities[0]!.gap));
				expect(ba.strongest.map((q) => q.questionId)).toEqual(ab.weakest.map((q) => q.questionId));
			})
		);
	});

	it('a gap exists exactly where both sides scored', () => {
		fc.assert(
			fc.property(side, side, (a, b) => {
				const gap = workspaceGap({ questions, responsibilities: [], incumbent: a, self: b, context });
				for (const q of gap.questions) expect(q.gap === null).toBe(q.incumbent === null || q.self === null);
			})
		);
	});
});
