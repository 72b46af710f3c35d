import { DIMENSIONS, GWC_HELP, type Dimension, type Question } from './checklist.schema';

/**
 * The screens of a guided session (present mode, docs/sales-mode.md): one question per screen, in
 * the order the seed tells the story — GWC first, then the ten questions, then the seat's top five.
 * Each carries its plain-language help ("what good looks like"). Core values are left to the full
 * assessment: a prospect met for the first time rarely has them written down.
 */
export type PresentScreen =
	| { kind: 'gwc'; dimension: Dimension; title: string; help: string }
	| { kind: 'question'; question: Question; title: string; help: string }
	| { kind: 'fit'; index: number; title: string; help: string };

const GWC_TITLES: Record<Dimension, string> = {
	get: 'Does your provider get it?',
	want: 'Does your provider want it?',
	capacity: 'Does your provider have the capacity to do it?'
};

/** The screens for a checklist's questions and a seat's top five. */
export function presentScreens(
	questions: readonly Question[],
	responsibilities: readonly string[]
): PresentScreen[] {
	return [
		...DIMENSIONS.map((dimension) => ({
			kind: 'gwc' as const,
			dimension,
			title: GWC_TITLES[dimension],
			help: GWC_HELP[dimension]
		})),
		...questions.map((question) => ({
			kind: 'question' as const,
			question,
			title: question.text,
			help: question.guidance
		})),
		...responsibilities.map((line, index) => ({
			kind: 'fit' as const,
			index,
			title: `How well do they carry “${line}”?`,
			help: 'One of the top five responsibilities of the seat. 4: they own it fully, without reminders; 0: it does not happen.'
		}))
	];
}

/** The note key of a screen in `msp_notes.question`: the question id, `gwc-get`, `fit-2`. */
export function noteKey(screen: PresentScreen): string {
	if (screen.kind === 'gwc') return `gwc-${screen.dimension}`;
	if (screen.kind === 'fit') return `fit-${screen.index + 1}`;
	return screen.question.id;
}
