import { describe, expect, it } from 'vitest';
import { buildConsensus, consensusVerdict, formatScore, median } from './consensus';
import { answersOf, assessment, context, gwc, questions } from './fixtures.testing';

const checklist = { questions };
const all = (score: number | 'n/a' | null) => answersOf(Array(10).fill(score));

describe('median', () => {
	it('is the middle value, or the mean of the two middle values', () => {
		expect(median([])).toBeNull();
		expect(median([7])).toBe(7);
		expect(median([90, 10, 50])).toBe(50);
		expect(median([10, 40, 30, 20])).toBe(25);
	});
});

describe('formatScore', () => {
	it('shows whole numbers whole and others to one decimal', () => {
		expect(formatScore(72)).toBe('72');
		expect(formatScore(66.666)).toBe('66.7');
	});
});

describe('buildConsensus headline', () => {
	it('is the median of assessor totals, so one extreme assessor cannot swing it', () => {
		const result = buildConsensus(
			[assessment({ answers: all(3) }), assessment({ answers: all(3) }), assessment({ answers: all(0) })],
			checklist,
			context
		);
		expect(result.headline).toMatchObject({ median: 75, score: 75, override: null });
		expect(result.headline.reasons).toEqual(['Median total of 3 assessors: 75']);
	});

	it('leaves out assessors with nothing scored and drafts', () => {
		const result = buildConsensus(
			[
				assessment({ answers: all(4) }),
				assessment({ answers: all('n/a') }),
				assessment({ status: 'draft', answers: all(0) })
			],
			checklist,
			context
		);
		expect(result).toMatchObject({ assessors: 2, ignoredDrafts: 1 });
		expect(result.headline.score).toBe(100);
		expect(result.headline.reasons).toContain('1 assessor left out: nothing scored yet');
	});

	it('can include drafts for a live preview', () => {
		const result = buildConsensus([assessment({ status: 'draft', answers: all(2) })], checklist, context, {
			includeDrafts: true
		});
		expect(result.headline.score).toBe(50);
	});

	it('is null with no assessors', () => {
		const result = buildConsensus([], checklist, context);
		expect(result.headline.score).toBeNull();
		expect(result.verdict.verdict).toBe('undecided');
	});

	it('applies a consensus override only with a reason', () => {
		const assessments = [assessment({ answers: all(2) })];
		const applied = buildConsensus(assessments, checklist, context, {
			override: { score: 80, reason: 'Roadmap weighs more for us.' }
		});
		expect(applied.headline).toMatchObject({ median: 50, score: 80 });
		expect(applied.headline.reasons).toContain(
			'Consensus score 80 overrides the median 50: Roadmap weighs more for us.'
		);

		const ignored = buildConsensus(assessments, checklist, context, {
			override: { score: 80, reason: '  ' }
		});
		expect(ignored.headline).toMatchObject({ score: 50, override: null });
		expect(ignored.headline.reasons).toContain('Consensus score ignored: it needs a recorded reason');

		const outOfRange = buildConsensus(assessments, checklist, context, {
			override: { score: 120, reason: 'x' }
		});
		expect(outOfRange.headline.score).toBe(50);
		expect(outOfRange.headline.reasons).toContain('Consensus score ignored: it must be 0–100');
	});
});

describe('buildConsensus per question and GWC', () => {
	it('gives median, min, max and spread, and flags a spread of 2 or more', () => {
		const result = buildConsensus(
			[
				assessment({ answers: answersOf([4, 3, 'n/a']) }),
				assessment({ answers: answersOf([2, 3, 1]) }),
				assessment({ answers: answersOf([3, 2, null]) })
			],
			checklist,
			context
		);
		const [q01, q02, q03, q04] = result.questions;
		expect(q01).toMatchObject({
			scores: [2, 3, 4],
			median: 3,
			min: 2,
			max: 4,
			spread: 2,
			disagreement: true
		});
		expect(q02).toMatchObject({ scores: [2, 3, 3], median: 3, spread: 1, disagreement: false });
		expect(q03).toMatchObject({ scores: [1], notApplicable: 1, spread: 0, disagreement: false });
		expect(q04).toMatchObject({ scores: [], median: null, spread: null, disagreement: false });
		expect(result.disagreements).toEqual([`${questions[0]?.text} Scores range from 2 to 4.`]);
	});

	it('counts GWC votes and flags yes against no', () => {
		const result = buildConsensus(
			[
				assessment({ gwc: gwc('yes', 'yes', 'yes') }),
				assessment({ gwc: gwc('yes', 'no', null) }),
				assessment({ gwc: gwc('yes', 'yes', 'yes') })
			],
			checklist,
			context,
			{ includeDrafts: true }
		);
		expect(result.gwc.get).toEqual({ yes: 3, no: 0, unanswered: 0, disagreement: false });
		expect(result.gwc.want).toEqual({ yes: 2, no: 1, unanswered: 0, disagreement: true });
		expect(result.gwc.capacity).toEqual({ yes: 2, no: 0, unanswered: 1, disagreement: false });
		expect(result.disagreements).toEqual(['Want it: 2 yes, 1 no']);
	});

	it('gives the median responsibility fit', () => {
		const fit = (score: number) => [{ responsibility: 'x', score, note: '' }];
		const result = buildConsensus(
			[assessment({ responsibility_fit: fit(4) }), assessment({ responsibility_fit: fit(2) }), assessment()],
			checklist,
			context
		);
		expect(result.fit).toBe(75);
	});
});

describe('consensusVerdict', () => {
	it('is right_seat only when everyone says right seat', () => {
		expect(consensusVerdict(['right_seat', 'right_seat']).verdict).toBe('right_seat');
		expect(consensusVerdict(['right_seat']).reasons).toEqual(['The assessor says right seat']);
		expect(consensusVerdict(['right_seat', 'right_seat', 'undecided']).verdict).toBe('undecided');
	});

	it('is wrong_seat when a strict majority says wrong seat', () => {
		const result = consensusVerdict(['wrong_seat', 'right_seat', 'wrong_seat']);
		expect(result.verdict).toBe('wrong_seat');
		expect(result.reasons).toEqual(['2 of 3 assessors say wrong seat (1 right seat, 2 wrong seat)']);
	});

	it('is undecided when split or empty', () => {
		const split = consensusVerdict(['wrong_seat', 'right_seat']);
		expect(split.verdict).toBe('undecided');
		expect(split.reasons).toEqual([
			'Assessors differ (1 right seat, 1 wrong seat): talk it through and record a decision'
		]);
		expect(consensusVerdict([]).verdict).toBe('undecided');
		expect(consensusVerdict(['undecided', 'wrong_seat', 'wrong_seat']).verdict).toBe('wrong_seat');
	});

	it('follows each assessor verdict from GWC and values', () => {
		const result = buildConsensus(
			[
				assessment(),
				assessment({ gwc: gwc('no', 'yes', 'yes') }),
				assessment({ gwc: gwc('no', 'yes', 'yes') })
			],
			checklist,
			context
		);
		expect(result.verdict.verdict).toBe('wrong_seat');
		expect(result.verdict.counts).toEqual({ right_seat: 1, undecided: 0, wrong_seat: 2 });
	});
});
