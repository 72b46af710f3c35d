import { describe, expect, it } from 'vitest';
import type { ChartModel } from '$lib/domain/chart-data';
import { seriesStyle } from '$lib/domain/chart-palette';
import { chartSummary, toChartConfig } from './chart-config';
import { loadChart } from './chart-loader';

const model: ChartModel = {
	kind: 'radar',
	title: 'Checklist answers per question (0–4)',
	labels: ['Q1', 'Q2'],
	fullLabels: ['Q1. Do they get it?', 'Q2. Do they answer?'],
	series: [
		{ providerId: 'a', label: 'Acme IT', values: [4, null], styleIndex: 0, hidden: false },
		{ providerId: 'b', label: 'Bolt MSP', values: [2, 3], styleIndex: 5, hidden: true }
	],
	min: 0,
	max: 4,
	table: { caption: 'c', columns: [], rows: [] }
};

describe('toChartConfig', () => {
	it('draws each shown series in its palette style and leaves the hidden ones out', () => {
		const config = toChartConfig(model, 'dark', false);
		expect(config.data.datasets).toHaveLength(1);
		expect(config.data.datasets[0]).toMatchObject({
			label: 'Acme IT',
			data: [4, null],
			borderColor: seriesStyle(0, 'dark').colour
		});
		const both = toChartConfig(
			{ ...model, series: model.series.map((s) => ({ ...s, hidden: false })) },
			'dark',
			false
		);
		// a provider keeps its own style whichever others are shown
		expect(both.data.datasets[1]).toMatchObject({
			label: 'Bolt MSP',
			borderDash: [...seriesStyle(5, 'dark').dash],
			pointStyle: seriesStyle(5, 'dark').point
		});
		expect(config.options?.scales).toMatchObject({ r: { min: 0, max: 4 } });
	});

	it('turns animation off under prefers-reduced-motion', () => {
		expect(toChartConfig(model, 'light', true).options?.animation).toBe(false);
		expect(toChartConfig(model, 'light', false).options?.animation).not.toBe(false);
	});

	it('uses x/y scales for bars and lines, titled tooltips with the full label', () => {
		const config = toChartConfig({ ...model, kind: 'line', min: 0, max: 100 }, 'light', true);
		expect(config.options?.scales).toMatchObject({ y: { min: 0, max: 100 } });
		const title = config.options?.plugins?.tooltip?.callbacks?.title as (
			items: Array<{ dataIndex: number }>
		) => string;
		expect(title([{ dataIndex: 1 }])).toBe('Q2. Do they answer?');
	});

	it('names the canvas with the chart and the providers shown', () => {
		expect(chartSummary(model)).toBe(
			'Checklist answers per question (0–4): Acme IT. Show the table for the numbers.'
		);
	});
});

describe('loadChart', () => {
	it('registers the radar, bar and line controllers only', async () => {
		const Chart = await loadChart();
		for (const type of ['radar', 'bar', 'line']) expect(Chart.registry.getController(type)).toBeDefined();
		expect(() => Chart.registry.getController('pie')).toThrow();
		expect(await loadChart()).toBe(Chart);
	});
});
