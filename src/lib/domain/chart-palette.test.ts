import { describe, expect, it } from 'vitest';
import {
	CHART_BACKGROUNDS,
	CHART_INK,
	contrastRatio,
	OKABE_ITO,
	SERIES_COLOURS,
	seriesStyle,
	type ChartTheme
} from './chart-palette';

const THEMES: ChartTheme[] = ['light', 'dark'];

describe('chart palette', () => {
	it('computes WCAG contrast (black on white is 21:1)', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
		expect(contrastRatio('#777777', '#777777')).toBe(1);
	});

	it.each(THEMES)('every %s series colour is Okabe–Ito with ≥ 3:1 against every background', (theme) => {
		const okabeIto = Object.values(OKABE_ITO) as string[];
		for (const colour of SERIES_COLOURS[theme]) {
			expect(okabeIto).toContain(colour);
			for (const background of CHART_BACKGROUNDS[theme]) {
				expect(contrastRatio(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(3);
			}
		}
		for (const background of CHART_BACKGROUNDS[theme]) {
			expect(contrastRatio(CHART_INK[theme].text, background)).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('gives 16 series 16 different looks, each with a shape besides its colour', () => {
		for (const theme of THEMES) {
			const looks = Array.from({ length: 16 }, (_, i) => seriesStyle(i, theme));
			expect(new Set(looks.map((s) => `${s.colour}|${s.dash.join(',')}`)).size).toBe(16);
			expect(new Set(looks.slice(0, 4).map((s) => s.point)).size).toBe(4);
		}
	});
});
