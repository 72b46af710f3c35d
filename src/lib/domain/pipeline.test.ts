import { describe, expect, it } from 'vitest';
import { answersOf, assessment, context, questions } from './fixtures.testing';
import { pipeline, stageCounts, workspaceGap } from './pipeline';

const lines = ['Technology roadmap', 'Security posture'];
const fit = (roadmap: number | null, security: number | null) => [
	{ responsibility: 'Technology roadmap', score: roadmap, note: '' },
	{ responsibility: ' security POSTURE ', score: security, note: '' }
];

describe('workspaceGap', () => {
	const incumbent = [
		assessment({ answers: answersOf([1, 2, 2, 2, 2, 2, 2, 2, 2, 4]), responsibility_fit: fit(1, 2) }),
		assessment({ answers: answersOf([3, 2, 2, 2, 2, 2, 2, 2, 2, 4]), responsibility_fit: fit(3, null) })
	];
	const self = [
		assessment({ answers: answersOf([4, 4, 4, 4, 4, 4, 4, 4, 4, 2]), responsibility_fit: fit(4, 3) })
	];

	it('per question: medians and self − incumbent', () => {
		const gap = workspaceGap({ questions, responsibilities: lines, incumbent, self, context });
		expect(gap.questions[0]).toMatchObject({ questionId: 'q01', incumbent: 2, self: 4, gap: 2 });
		expect(gap.questions[9]).toMatchObject({ incumbent: 4, self: 2, gap: -2 });
		expect(gap.weakest.map((q) => q.questionId)).toEqual(['q10']);
		expect(gap.strongest[0]!.gap).toBe(2);
		expect(gap.strongest).toHaveLength(9);
	});

	it('per responsibility, matched by text whatever the case and spacing', () => {
		const gap = workspaceGap({ questions, responsibilities: lines, incumbent, self, context });
		expect(gap.responsibilities).toEqual([
			{ responsibility: 'Technology roadmap', incumbent: 2, self: 4, gap: 2 },
			{ responsibility: 'Security posture', incumbent: 2, self: 3, gap: 1 }
		]);
	});

	it('overall: the headline scores 0–100 and their difference', () => {
		const gap = workspaceGap({ questions, responsibilities: lines, incumbent, self, context });
		expect(gap.self! - gap.incumbent!).toBeCloseTo(gap.gap!);
		expect(gap.gap!).toBeGreaterThan(0);
	});

	it('drafts and a missing side leave gaps empty, never zero', () => {
		const draft = [assessment({ status: 'draft' })];
		const gap = workspaceGap({ questions, responsibilities: lines, incumbent: draft, self, context });
		expect(gap.incumbent).toBeNull();
		expect(gap.gap).toBeNull();
		expect(gap.questions.every((q) => q.gap === null)).toBe(true);
		expect(gap.responsibilities[0]).toMatchObject({ incumbent: null, gap: null });
	});
});

describe('pipeline', () => {
	const now = new Date('2026-11-26T12:00:00Z');
	const rows = pipeline(
		[
			{ id: 'a', name: 'Lost Co', stage: 'lost', last_session: '2026-10-01 09:00:00.000Z' },
			{ id: 'b', name: 'Fresh', stage: '', last_session: '' },
			{
				id: 'c',
				name: 'Recent',
				stage: 'first_meeting',
				last_session: '2026-11-25 09:00:00.000Z',
				gap: 12.5
			},
			{ id: 'd', name: 'Older', stage: 'first_meeting', last_session: '2026-11-01 09:00:00.000Z' },
			{ id: 'e', name: 'Proposal', stage: 'proposal', last_session: '2026-11-20 09:00:00.000Z' },
			{ id: 'f', name: 'Won Co', stage: 'won', last_session: '2026-09-01 09:00:00.000Z' }
		],
		now
	);

	it('open deals in stage order, recent sessions first, never met last, then won and lost', () => {
		expect(rows.map((r) => r.id)).toEqual(['c', 'd', 'b', 'e', 'f', 'a']);
		expect(rows.filter((r) => r.closed).map((r) => r.id)).toEqual(['f', 'a']);
	});

	it('an empty stage reads as the first meeting; days since the last session', () => {
		expect(rows.find((r) => r.id === 'b')).toMatchObject({ stage: 'first_meeting', daysSinceSession: null });
		expect(rows.find((r) => r.id === 'c')).toMatchObject({ daysSinceSession: 1, gap: 12.5 });
	});

	it('counts per stage', () => {
		expect(stageCounts(rows)).toEqual({ first_meeting: 3, assessed: 0, proposal: 1, won: 1, lost: 1 });
	});
});
