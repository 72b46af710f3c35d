import type { Question } from './schemas';

/** One screen of the assessment; `slug` is what the URL carries. */
export interface Step {
	slug: string;
	title: string;
}

/** Question steps are prefixed so a question id can never collide with a fixed step. */
export const questionSlug = (id: string) => `q-${id}`;

/** The screens in order: values, GWC, one per checklist question, responsibility fit, review. */
export function assessmentSteps(questions: readonly Question[]): Step[] {
	return [
		{ slug: 'values', title: 'Core values' },
		{ slug: 'gwc', title: 'GWC' },
		...questions.map((q, i) => ({
			slug: questionSlug(q.id),
			title: `Question ${i + 1} of ${questions.length}`
		})),
		{ slug: 'fit', title: 'Responsibility fit' },
		{ slug: 'review', title: 'Review and submit' }
	];
}
