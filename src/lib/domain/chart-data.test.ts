import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultVisible, fitChart, radarChart, scoreTrend, toggleVisible, trendChart } from './chart-data';
import { builtinChecklist } from './checklist';
import { answersOf, assessment, context } from './fixtures.testing';
import { compareSeat, type ComparableAssessment } from './seat-comparison';

const responsibilities = ['Backups', 'Help desk'];
const providers = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id, i) => ({
	id,
	name: `Provider ${i + 1}`,
	status: 'prospective' as const
}));
const checklistOf = () => builtinChecklist;

function made(
	provider: string,
	assessor: string,
	day: string,
	score: 0 | 1 | 2 | 3 | 4
): ComparableAssessment {
	return {
		...assessment({
			answers: answersOf([score, score, score, score, score, score, score, score, score, 'n/a']),
			responsibility_fit: [{ responsibility: 'Backups', score, note: '' }]
		}),
		id: `${provider}${assessor}${day}`,
		provider,
		assessor,
		checklist: builtinChecklist.id,
		assessed_at: `${day} 09:00:00.000Z`
	};
}

const assessments = [
	made('p1', 'ana', '2026-01-01', 4),
	made('p2', 'ana', '2026-01-01', 3),
	made('p3', 'ana', '2026-01-01', 2),
	made('p4', 'ana', '2026-01-01', 1),
	made('p5', 'ana', '2026-01-01', 0),
	made('p1', 'ana', '2026-04-01', 2),
	made('p1', 'ben', '2026-04-03', 3)
];
const comparison = compareSeat({
	seat: { responsibilities },
	organization: context,
	providers,
	assessments,
	decisions: [],
	checklistOf
});

describe('visible providers', () => {
	it('starts with the top four and refuses a fifth until one is hidden', () => {
		const visible = defaultVisible(comparison);
		// p1's newest answers (ana 2, ben 3) put it behind p2 (3)
		expect(visible).toEqual(['p2', 'p1', 'p3', 'p4']);
		expect(toggleVisible(visible, 'p5').refused).toMatch(/At most 4/);
		const hidden = toggleVisible(visible, 'p1');
		expect(toggleVisible(hidden.visible, 'p5')).toEqual({ visible: ['p2', 'p3', 'p4', 'p5'], refused: null });
	});

	it('never shows more than the maximum, whatever the toggles (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6')), (toggles) => {
				let visible: string[] = [];
				for (const id of toggles) visible = toggleVisible(visible, id).visible;
				expect(visible.length).toBeLessThanOrEqual(4);
				expect(new Set(visible).size).toBe(visible.length);
			})
		);
	});
});

describe('radar', () => {
	it('has the ten questions, one series per provider, and the same numbers in its table', () => {
		const radar = radarChart(comparison, ['p1', 'p2']);
		expect(radar.labels).toHaveLength(10);
		expect(radar.fullLabels[0]).toBe(`Q1. ${builtinChecklist.questions[0]?.text}`);
		expect(radar.series.map((s) => [s.label, s.hidden])).toEqual([
			['Provider 2', false],
			['Provider 1', false],
			['Provider 3', true],
			['Provider 4', true],
			['Provider 5', true]
		]);
		// provider 1: newest of ana (2) and ben (3): median 2.5; question 10 is n/a for everyone
		expect(radar.series[1]?.values[0]).toBe(2.5);
		expect(radar.series[1]?.values[9]).toBeNull();
		expect(radar.table.columns).toEqual(['Question', ...comparison.ranked.map((p) => p.name)]);
		expect(radar.table.rows[0]?.cells.slice(0, 2)).toEqual(['3', '2.5']);
		expect(radar.table.rows[9]?.cells[0]).toBe('not scored');
		for (const [i, row] of radar.table.rows.entries()) {
			expect(row.values).toEqual(radar.series.map((s) => s.values[i]));
		}
	});
});

describe('fit bars', () => {
	it('gives fit per responsibility in the seat order on 0–100', () => {
		const bars = fitChart(comparison, responsibilities, defaultVisible(comparison));
		expect(bars.labels).toEqual(responsibilities);
		expect(bars.series.slice(0, 2).map((s) => s.values)).toEqual([
			[75, null],
			[62.5, null]
		]);
		expect(bars.table.rows.map((r) => r.header)).toEqual(responsibilities);
	});
});

describe('trend', () => {
	it('follows the median of each assessor’s newest total per day', () => {
		const p1 = assessments.filter((a) => a.provider === 'p1');
		expect(scoreTrend(p1, checklistOf)).toEqual([
			['2026-01-01', 100],
			['2026-04-01', 50],
			['2026-04-03', 62.5]
		]);
	});

	it('puts every provider on one axis of days, with review dates', () => {
		const trend = trendChart(
			comparison,
			assessments,
			checklistOf,
			['p1'],
			[
				{
					providerId: 'p1',
					due: '2026-07-03',
					lastAssessedAt: '',
					state: 'scheduled',
					daysLeft: 1,
					intervalMonths: 3
				}
			]
		);
		expect(trend.labels).toEqual(['2026-01-01', '2026-04-01', '2026-04-03']);
		expect(trend.series.slice(0, 2).map((s) => s.values)).toEqual([
			[75, null, null],
			[100, 50, 62.5]
		]);
		expect(trend.reviews).toEqual([
			{ providerId: 'p1', label: 'Provider 1: review due 2026-07-03', due: '2026-07-03' }
		]);
		expect(trend.table.rows[2]?.cells[1]).toBe('62.5');
	});

	it('gives the chart the days of the providers drawn and the table every day', () => {
		const drawn = comparison.ranked[0]!.providerId;
		const trend = trendChart(comparison, assessments, checklistOf, [drawn]);
		const own = scoreTrend(
			assessments.filter((a) => a.provider === drawn),
			checklistOf
		).map(([day]) => day);
		expect(trend.labels).toEqual(own);
		expect(trend.series[0]?.values).toHaveLength(own.length);
		expect(trend.series[0]?.values.every((v) => v !== null)).toBe(true);
		// the table: every provider's days, the drawn provider's column blank where it was not assessed
		expect(trend.table.rows.map((r) => r.header)).toEqual(['2026-01-01', '2026-04-01', '2026-04-03']);
		expect(own.length).toBeLessThan(trend.table.rows.length);
	});
});
