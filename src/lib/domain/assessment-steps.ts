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

/** What the step bar says about where the assessor is, and how far along. */
export interface StepProgress {
	/** "Question 3 of 10" on a checklist question, otherwise the step's title. */
	label: string;
	/** 1-based position among all steps, for the progress bar. */
	position: number;
	total: number;
}

/** Where step `index` of `steps` stands, in the words the step bar shows. */
export function stepProgress(steps: readonly Step[], index: number): StepProgress {
	const step = steps[index];
	return { label: step?.title ?? '', position: index + 1, total: steps.length };
}

/** The step after `slug`, or undefined on the last step (and for an unknown slug). */
export function stepAfter(steps: readonly Step[], slug: string): Step | undefined {
	const index = steps.findIndex((s) => s.slug === slug);
	return index < 0 ? undefined : steps[index + 1];
}
