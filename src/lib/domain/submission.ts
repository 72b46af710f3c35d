import type { Answer, CoreValueRating, Gwc } from './assessment.schema';
import { DIMENSION_LABELS, DIMENSIONS, type Question } from './checklist.schema';
import type { CoreValue } from './organization.schema';
import { questionSlug } from './assessment-steps';

/**
 * One thing that stands between a draft and submission: the assessment step where it is fixed
 * (`values`, `gwc`, `q-<question id>` or `review`), the field's dotted path, and the words shown.
 */
export interface SubmissionProblem {
	step: string;
	field: string;
	message: string;
}

/** The parts of an assessment that submission checks. */
export interface SubmittableAssessment {
	gwc: Gwc;
	core_values: readonly CoreValueRating[];
	answers: Readonly<Record<string, Answer>>;
}

function gwcProblems(gwc: Gwc): SubmissionProblem[] {
	return DIMENSIONS.filter((d) => gwc[d].answer === null).map((d) => ({
		step: 'gwc',
		field: `gwc.${d}.answer`,
		message: `Answer ${DIMENSION_LABELS[d]} (yes or no).`
	}));
}

function valueProblems(
	ratings: readonly CoreValueRating[],
	values: readonly CoreValue[]
): SubmissionProblem[] {
	const rated = new Map(ratings.map((r) => [r.value_id, r.rating]));
	const known = new Set(values.map((v) => v.id));
	const unrated = values
		.filter((value) => (rated.get(value.id) ?? null) === null)
		.map((value) => ({
			step: 'values',
			field: `core_values.${value.id}`,
			message: `Rate the core value "${value.name}" (+, +/− or −).`
		}));
	const unknown = ratings
		.filter((r) => !known.has(r.value_id))
		.map((r) => ({
			step: 'values',
			field: `core_values.${r.value_id}`,
			message: `A rating refers to the core value "${r.value_id}", which the organization does not have.`
		}));
	return [...unrated, ...unknown];
}

function answerProblems(
	answers: Readonly<Record<string, Answer>>,
	questions: readonly Question[]
): SubmissionProblem[] {
	const known = new Set(questions.map((q) => q.id));
	const unanswered = questions
		.map((question, index) => ({ question, index }))
		.filter(({ question }) => (answers[question.id]?.score ?? null) === null)
		.map(({ question, index }) => ({
			step: questionSlug(question.id),
			field: `answers.${question.id}.score`,
			message: `Answer question ${index + 1} (a score or n/a): ${question.text}`
		}));
	const unknown = Object.keys(answers)
		.filter((id) => !known.has(id))
		// no step asks it: the review lists it (moving to another checklist version drops it)
		.map((id) => ({
			step: 'review',
			field: `answers.${id}`,
			message: `An answer refers to question "${id}", which this checklist version does not ask.`
		}));
	return [...unanswered, ...unknown];
}

/**
 * What still stands between a draft and submission, in words for the assessor: every GWC answer,
 * every organization value rated, every checklist question scored or marked n/a, and nothing that
 * refers to a question or value that does not exist. Empty when it can be submitted.
 */
export function submissionProblems(
	assessment: SubmittableAssessment,
	checklist: { questions: readonly Question[] },
	organization: { core_values: readonly CoreValue[] }
): SubmissionProblem[] {
	return [
		...gwcProblems(assessment.gwc),
		...valueProblems(assessment.core_values, organization.core_values),
		...answerProblems(assessment.answers, checklist.questions)
	];
}
