/**
 * Chart colours: the Okabe–Ito palette (distinguishable with every common colour-vision
 * deficiency), keeping per theme only the colours with at least 3:1 contrast against that theme's
 * backgrounds (WCAG 1.4.11, tested), plus a point shape and dash pattern per series so that colour
 * never carries the meaning alone.
 */

export type ChartTheme = 'light' | 'dark';

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
	orange: '#E69F00',
	skyBlue: '#56B4E9',
	bluishGreen: '#009E73',
	yellow: '#F0E442',
	blue: '#0072B2',
	vermillion: '#D55E00',
	reddishPurple: '#CC79A7',
	black: '#000000'
} as const;

/** The app's page and card backgrounds per theme (src/app.css `--bg`, `--surface`). */
export const CHART_BACKGROUNDS: Record<ChartTheme, readonly string[]> = {
	light: ['#ffffff', '#f4f6fb'],
	dark: ['#0f172a', '#1e293b']
};

/** Text and grid lines per theme (src/app.css `--text`, `--border`). */
export const CHART_INK: Record<ChartTheme, { text: string; grid: string }> = {
	light: { text: '#111827', grid: '#c7cdd9' },
	dark: { text: '#f1f5f9', grid: '#475569' }
};

/** Series colours in order; series n has the same hue family in both themes where contrast allows. */
export const SERIES_COLOURS: Record<ChartTheme, readonly string[]> = {
	light: [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.bluishGreen, OKABE_ITO.black],
	dark: [OKABE_ITO.skyBlue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple]
};

/** Point shapes (chart.js names), one per colour: a second cue besides the hue. */
export const SERIES_POINTS = ['circle', 'rect', 'triangle', 'rectRot'] as const;

/** Line dashes: after every four series the pattern changes, so 16 series stay distinct. */
export const SERIES_DASHES: readonly (readonly number[])[] = [[], [6, 4], [2, 3], [8, 3, 2, 3]];

/** How series `index` is drawn. */
export interface SeriesStyle {
	colour: string;
	point: (typeof SERIES_POINTS)[number];
	dash: readonly number[];
}

/** The style of series `index` (0-based) in `theme`. */
export function seriesStyle(index: number, theme: ChartTheme): SeriesStyle {
	const colours = SERIES_COLOURS[theme];
	const slot = index % colours.length;
	return {
		colour: colours[slot] as string,
		point: SERIES_POINTS[slot % SERIES_POINTS.length] as SeriesStyle['point'],
		dash: SERIES_DASHES[Math.floor(index / colours.length) % SERIES_DASHES.length] as readonly number[]
	};
}

function channel(value: number): number {
	const c = value / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
	const n = Number.parseInt(hex.slice(1), 16);
	return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two `#rrggbb` colours (1–21). */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}
