import type { ResponsibilityFit } from './assessment.schema';
import { median } from './consensus';

/** How the assessors scored the provider on one responsibility. */
export interface FitRow {
	responsibility: string;
	/** False for a line an assessment scored that the seat no longer lists. */
	inSeat: boolean;
	/** The 0–4 scores given, ascending. */
	scores: number[];
	/** Median 0–4, null when nobody scored the line. */
	median: number | null;
	/** The median on the 0–100 scale the charts and totals use. */
	percent: number | null;
}

/** Same line after trim and case, as the seat schema compares responsibilities. */
function key(text: string): string {
	return text.trim().toLowerCase();
}

/**
 * Fit per responsibility: one row per line of the seat's top five (in the seat's order), then any
 * line an assessment scored that the seat has since dropped. Assessments copy the line's text when
 * made, so lines match by text, ignoring case and surrounding spaces.
 */
export function responsibilityFitRows(
	responsibilities: readonly string[],
	assessments: readonly { responsibility_fit: readonly ResponsibilityFit[] }[]
): FitRow[] {
	const lines = responsibilities.map((text) => ({ text, inSeat: true }));
	const known = new Set(lines.map((line) => key(line.text)));
	for (const assessment of assessments) {
		for (const line of assessment.responsibility_fit) {
			if (known.has(key(line.responsibility))) continue;
			known.add(key(line.responsibility));
			lines.push({ text: line.responsibility, inSeat: false });
		}
	}
	return lines.map(({ text, inSeat }) => {
		const scores = assessments
			.map((a) => a.responsibility_fit.find((line) => key(line.responsibility) === key(text))?.score ?? null)
			.filter((score): score is number => score !== null)
			.sort((a, b) => a - b);
		const middle = median(scores);
		return {
			responsibility: text,
			inSeat,
			scores,
			median: middle,
			percent: middle === null ? null : (middle / 4) * 100
		};
	});
}
