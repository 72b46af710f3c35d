import type { Gwc } from './assessment.schema';
import { DIMENSION_LABELS, DIMENSIONS, type Dimension } from './checklist.schema';
import type { GwcMark } from './seat-comparison';

/** Get it / Want it / Capacity as marks: one assessment's answers, or several assessors' consensus. */
export type GwcMarks = Record<Dimension, GwcMark>;

/** How each mark reads: a symbol and a word, so the mark never depends on colour. */
export const GWC_MARK_TEXT: Record<GwcMark, { symbol: string; text: string }> = {
	yes: { symbol: '✓', text: 'yes' },
	no: { symbol: '✗', text: 'no' },
	split: { symbol: '±', text: 'split' },
	unanswered: { symbol: '–', text: 'not answered' }
};

/** The marks of one assessment's GWC answers (a draft's open answers read "not answered"). */
export function gwcMarksOf(gwc: Gwc): GwcMarks {
	return Object.fromEntries(DIMENSIONS.map((d) => [d, gwc[d].answer ?? 'unanswered'])) as GwcMarks;
}

/** One line for a table cell or a PDF: "✓ yes". */
export function gwcMarkLine(mark: GwcMark): string {
	return `${GWC_MARK_TEXT[mark].symbol} ${GWC_MARK_TEXT[mark].text}`;
}

/** The whole set in words, e.g. "Get it: yes, Want it: yes, Capacity to do it: no". */
export function gwcMarksSentence(marks: GwcMarks): string {
	return DIMENSIONS.map((d) => `${DIMENSION_LABELS[d]}: ${GWC_MARK_TEXT[marks[d]].text}`).join(', ');
}
