import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { CHART_INK, seriesStyle, type ChartTheme } from '$lib/domain/chart-palette';
import type { ChartModel } from '$lib/domain/chart-data';

/** chart.js chart types this wrapper draws (and so the only controllers it registers). */
export type DrawnType = 'radar' | 'bar' | 'line';

/** `#rrggbb` with an alpha byte, for fills under lines and polygons. */
function translucent(hex: string, alpha: number): string {
	return `${hex}${Math.round(alpha * 255)
		.toString(16)
		.padStart(2, '0')}`;
}

function dataset(
	model: ChartModel,
	series: ChartModel['series'][number],
	theme: ChartTheme
): ChartDataset<DrawnType, Array<number | null>> {
	const style = seriesStyle(series.styleIndex, theme);
	return {
		label: series.label,
		data: series.values,
		borderColor: style.colour,
		backgroundColor: model.kind === 'bar' ? style.colour : translucent(style.colour, 0.15),
		pointBackgroundColor: style.colour,
		pointStyle: style.point,
		pointRadius: 4,
		borderDash: [...style.dash],
		borderWidth: 2,
		fill: model.kind === 'radar',
		spanGaps: true
	} as ChartDataset<DrawnType, Array<number | null>>;
}

/**
 * The chart.js configuration of a chart model: the series shown, in the theme's Okabe–Ito colours
 * with a shape and dash each (kept per provider whichever others are shown), the model's own
 * scale, tooltips titled with the full label, legend clicks left to the page (which limits how
 * many series are shown), and no animation when the person asked for less motion.
 */
export function toChartConfig(
	model: ChartModel,
	theme: ChartTheme,
	reducedMotion: boolean
): ChartConfiguration<DrawnType, Array<number | null>, string> {
	const ink = CHART_INK[theme];
	const axis = { min: model.min, max: model.max, grid: { color: ink.grid }, ticks: { color: ink.text } };
	const scales =
		model.kind === 'radar'
			? {
					r: {
						...axis,
						ticks: { ...axis.ticks, stepSize: 1, backdropColor: 'transparent' },
						angleLines: { color: ink.grid },
						pointLabels: { color: ink.text }
					}
				}
			: { x: { grid: { color: ink.grid }, ticks: { color: ink.text } }, y: axis };
	return {
		type: model.kind,
		// Only the series shown: the page's checkboxes choose them (legend clicks do nothing), and a
		// hidden dataset still cost chart.js its parsing, stacking and a struck-through legend entry
		// (twenty of them on a seat of twenty providers: most of the comparison's drawing time).
		data: {
			labels: model.labels,
			datasets: model.series.filter((series) => !series.hidden).map((series) => dataset(model, series, theme))
		},
		options: {
			animation: reducedMotion ? false : { duration: 300 },
			responsive: true,
			maintainAspectRatio: false,
			scales,
			plugins: {
				legend: { labels: { color: ink.text, usePointStyle: true }, onClick: () => {} },
				tooltip: { callbacks: { title: (items) => model.fullLabels[items[0]?.dataIndex ?? 0] ?? '' } }
			}
		}
	} as ChartConfiguration<DrawnType, Array<number | null>, string>;
}

/** One sentence for the canvas's accessible name; the numbers are in the table one tap away. */
export function chartSummary(model: ChartModel): string {
	const shown = model.series.filter((s) => !s.hidden).map((s) => s.label);
	const who = shown.length === 0 ? 'no provider shown' : shown.join(', ');
	return `${model.title}: ${who}. Show the table for the numbers.`;
}
