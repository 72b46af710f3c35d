import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | null = null;

/**
 * chart.js, loaded on first use only (the screens that draw charts call this; the first visit does
 * not carry it), with only the controllers, elements, scales and plugins the wrapper draws.
 */
export function loadChart(): Promise<typeof Chart> {
	loading ??= import('chart.js').then(
		({
			Chart,
			BarController,
			BarElement,
			CategoryScale,
			Filler,
			Legend,
			LinearScale,
			LineController,
			LineElement,
			PointElement,
			RadarController,
			RadialLinearScale,
			Tooltip
		}) => {
			Chart.register(
				BarController,
				BarElement,
				CategoryScale,
				Filler,
				Legend,
				LinearScale,
				LineController,
				LineElement,
				PointElement,
				RadarController,
				RadialLinearScale,
				Tooltip
			);
			return Chart;
		}
	);
	return loading;
}
