import type { Answer, Gwc } from './assessment.schema';
import { builtinChecklist } from './checklist';
import type { AssessorAssessment } from './consensus';
import type { ValuesContext } from './verdict';

/** Shared test data for the domain specs: never imported by app code. */

export const questions = builtinChecklist.questions;

export const context: ValuesContext = {
	core_values: [
		{ id: 'humble', name: 'Humble', meaning: '' },
		{ id: 'hungry', name: 'Hungry', meaning: '' },
		{ id: 'smart', name: 'Smart', meaning: '' }
	],
	values_bar: { max_mixed: 1, max_minus: 0 }
};

type YesNo = 'yes' | 'no' | null;

export function gwc(
	get: YesNo,
	want: YesNo,
	capacity: YesNo,
	notes: Partial<Record<keyof Gwc, string>> = {}
): Gwc {
	return {
		get: { answer: get, note: notes.get ?? '' },
		want: { answer: want, note: notes.want ?? '' },
		capacity: { answer: capacity, note: notes.capacity ?? '' }
	};
}

type Rating = 'plus' | 'plus_minus' | 'minus' | null;

export function ratings(humble: Rating, hungry: Rating, smart: Rating) {
	return [
		{ value_id: 'humble', rating: humble, note: '' },
		{ value_id: 'hungry', rating: hungry, note: '' },
		{ value_id: 'smart', rating: smart, note: '' }
	];
}

/** Answers q01…q10 from a list of scores (index 0 → q01). */
export function answersOf(scores: ReadonlyArray<Answer['score']>): Record<string, Answer> {
	return Object.fromEntries(
		scores.map((score, i) => [`q${String(i + 1).padStart(2, '0')}`, { score, note: '' }])
	);
}

/** A submitted assessment: right seat on GWC and values unless overridden. */
export function assessment(overrides: Partial<AssessorAssessment> = {}): AssessorAssessment {
	return {
		status: 'submitted',
		gwc: gwc('yes', 'yes', 'yes'),
		core_values: ratings('plus', 'plus', 'plus'),
		answers: answersOf([4, 4, 4, 4, 4, 4, 4, 4, 4, 4]),
		responsibility_fit: [],
		...overrides
	};
}
