import { describe, expect, it } from 'vitest';
import { rankProviders, type RankingCandidate } from './ranking';

const c = (name: string, verdict: RankingCandidate['verdict'], score: number | null, fit: number | null) => ({
	providerId: name.toLowerCase(),
	name,
	verdict,
	score,
	fit
});

describe('rankProviders', () => {
	it('orders by verdict, then score, then fit, with nulls last', () => {
		const ranked = rankProviders([
			c('Wrong', 'wrong_seat', 99, 99),
			c('Unscored', 'right_seat', null, 90),
			c('Low', 'right_seat', 60, 90),
			c('Maybe', 'undecided', 95, 95),
			c('High', 'right_seat', 80, 10),
			c('HighFit', 'right_seat', 80, 50)
		]);
		expect(ranked.map((r) => r.name)).toEqual(['HighFit', 'High', 'Low', 'Unscored', 'Maybe', 'Wrong']);
		expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('explains each place by the first criterion that differs', () => {
		const ranked = rankProviders([
			c('A', 'right_seat', 80, 50),
			c('B', 'right_seat', 80, 40),
			c('C', 'right_seat', 70.25, null),
			c('D', 'undecided', 90, null)
		]);
		expect(ranked.map((r) => r.why)).toEqual([
			'Ranked first: right seat, score 80, fit 50.',
			'Below A on fit (50 vs 40): right seat, score 80, fit 40.',
			'Below B on score (80 vs 70.3): right seat, score 70.3, fit not scored.',
			'Below C on verdict (right seat vs undecided): undecided, score 90, fit not scored.'
		]);
	});

	it('keeps ties in input order, shares the rank and says so', () => {
		const ranked = rankProviders([
			c('Zed', 'undecided', 70, 60),
			c('Top', 'right_seat', 90, 90),
			c('Amy', 'undecided', 70, 60),
			c('Last', 'wrong_seat', null, null)
		]);
		expect(ranked.map((r) => [r.name, r.rank])).toEqual([
			['Top', 1],
			['Zed', 2],
			['Amy', 2],
			['Last', 4]
		]);
		expect(ranked[1]?.tiedWith).toEqual(['Amy']);
		expect(ranked[2]?.why).toBe(
			'Below Top on verdict (right seat vs undecided): undecided, score 70, fit 60. Tied with Zed on verdict, score and fit; kept in the order given.'
		);
		expect(ranked[3]?.why).toBe(
			'Below Amy on verdict (undecided vs wrong seat): wrong seat, score not scored, fit not scored.'
		);
	});

	it('handles an empty list and does not mutate its input', () => {
		expect(rankProviders([])).toEqual([]);
		const input = [c('B', 'wrong_seat', 1, 1), c('A', 'right_seat', 1, 1)];
		rankProviders(input);
		expect(input.map((x) => x.name)).toEqual(['B', 'A']);
	});
});
