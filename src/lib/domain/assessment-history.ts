import {
	assessmentInputSchema,
	type Answer,
	type AnswerScore,
	type AssessmentInput,
	type CoreValueRating,
	type Gwc,
	type ResponsibilityFit
} from './assessment.schema';
import { migrateAnswers } from './checklist';
import { DIMENSIONS, type Dimension, type Question } from './checklist.schema';
import type { CoreValue } from './organization.schema';
import { newRecordId } from './record.schema';
import { assessedAt, type ComparableAssessment } from './seat-comparison';
import { weightedScore } from './scoring';

/** The newest submitted assessment of `provider` in `seat` (by `assessor` when given), or undefined. */
export function lastSubmitted<A extends ComparableAssessment & { seat: string }>(
	assessments: readonly A[],
	where: { provider: string; seat: string; assessor?: string }
): A | undefined {
	return assessments
		.filter(
			(a) =>
				a.status === 'submitted' &&
				a.provider === where.provider &&
				a.seat === where.seat &&
				(where.assessor === undefined || a.assessor === where.assessor)
		)
		.sort((a, b) => assessedAt(b).localeCompare(assessedAt(a)))[0];
}

/** What a re-assessment starts from. */
export interface ReassessmentOptions {
	/** The person re-assessing (the server signs assessments by their author). */
	assessor: string;
	/** The checklist version to answer now (the same or a newer one). */
	checklist: { id: string; questions: readonly Question[] };
	/** The seat's top five now: fit lines follow them, keeping scores of unchanged lines. */
	responsibilities: readonly string[];
	/** The organization's values now: ratings of removed values are dropped. */
	coreValues: readonly CoreValue[];
	id?: string;
}

/** A new draft and what could not be carried over from the previous assessment. */
export interface Reassessment {
	draft: AssessmentInput;
	/** Question ids the new checklist no longer asks (their answers were left behind). */
	droppedQuestions: string[];
	/** Question ids of the new checklist nobody answered before. */
	newQuestions: string[];
}

function carryFit(
	previous: readonly ResponsibilityFit[],
	responsibilities: readonly string[]
): ResponsibilityFit[] {
	const key = (text: string) => text.trim().toLowerCase();
	return responsibilities.map((responsibility) => {
		const before = previous.find((line) => key(line.responsibility) === key(responsibility));
		return { responsibility, score: before?.score ?? null, note: before?.note ?? '' };
	});
}

/**
 * A re-assessment: a new draft prefilled from `previous` (GWC, values still held, answers of
 * questions the checklist still asks, fit of lines the seat still lists, the summary), so the
 * assessor reviews and changes what moved. The previous assessment stays as it was: history.
 * Throws a ZodError when the result would break the contract.
 */
export function reassessmentDraft(
	previous: {
		organization: string;
		seat: string;
		provider: string;
		gwc: Gwc;
		core_values: readonly CoreValueRating[];
		answers: Readonly<Record<string, Answer>>;
		responsibility_fit: readonly ResponsibilityFit[];
		summary: string;
	},
	options: ReassessmentOptions
): Reassessment {
	const held = new Set(options.coreValues.map((v) => v.id));
	const migration = migrateAnswers(previous.answers, options.checklist);
	const draft = assessmentInputSchema.parse({
		id: options.id ?? newRecordId(),
		organization: previous.organization,
		seat: previous.seat,
		provider: previous.provider,
		checklist: options.checklist.id,
		assessor: options.assessor,
		status: 'draft',
		gwc: structuredClone(previous.gwc),
		core_values: previous.core_values.filter((r) => held.has(r.value_id)).map((r) => ({ ...r })),
		answers: structuredClone(migration.answers),
		responsibility_fit: carryFit(previous.responsibility_fit, options.responsibilities),
		summary: previous.summary,
		assessed_at: ''
	});
	return { draft, droppedQuestions: migration.dropped, newQuestions: migration.added };
}

/** How one answer moved between two assessments. */
export interface QuestionChange {
	questionId: string;
	text: string;
	dimension: Dimension;
	before: AnswerScore | null;
	after: AnswerScore | null;
	noteBefore: string;
	noteAfter: string;
	/** after − before when both are numbers. */
	delta: number | null;
	change: 'up' | 'down' | 'same' | 'changed' | 'new' | 'dropped';
}

/** Before and after, per question, GWC dimension and total. */
export interface AssessmentDiff {
	questions: QuestionChange[];
	gwc: Array<{ dimension: Dimension; before: 'yes' | 'no' | null; after: 'yes' | 'no' | null }>;
	total: { before: number | null; after: number | null; delta: number | null };
}

function classify(before: AnswerScore | null, after: AnswerScore | null): QuestionChange['change'] {
	if (typeof before === 'number' && typeof after === 'number') {
		return after > before ? 'up' : after < before ? 'down' : 'same';
	}
	return before === after ? 'same' : 'changed';
}

/**
 * Before/after of two assessments, question by question: questions of the later checklist in its
 * order (those new to it marked `new`), then questions only the earlier one asked (`dropped`).
 */
export function diffAssessments(
	before: { gwc: Gwc; answers: Readonly<Record<string, Answer>> },
	after: { gwc: Gwc; answers: Readonly<Record<string, Answer>> },
	checklists: { before: { questions: readonly Question[] }; after: { questions: readonly Question[] } }
): AssessmentDiff {
	const earlier = new Map(checklists.before.questions.map((q) => [q.id, q]));
	const later = new Set(checklists.after.questions.map((q) => q.id));
	const row = (question: Question, kind?: 'new' | 'dropped'): QuestionChange => {
		const b = kind === 'new' ? null : (before.answers[question.id]?.score ?? null);
		const a = kind === 'dropped' ? null : (after.answers[question.id]?.score ?? null);
		return {
			questionId: question.id,
			text: question.text,
			dimension: question.dimension,
			before: b,
			after: a,
			noteBefore: kind === 'new' ? '' : (before.answers[question.id]?.note ?? ''),
			noteAfter: kind === 'dropped' ? '' : (after.answers[question.id]?.note ?? ''),
			delta: typeof b === 'number' && typeof a === 'number' ? a - b : null,
			change: kind ?? classify(b, a)
		};
	};
	const questions = [
		...checklists.after.questions.map((q) => row(q, earlier.has(q.id) ? undefined : 'new')),
		...checklists.before.questions.filter((q) => !later.has(q.id)).map((q) => row(q, 'dropped'))
	];
	const totalBefore = weightedScore(checklists.before.questions, before.answers);
	const totalAfter = weightedScore(checklists.after.questions, after.answers);
	return {
		questions,
		gwc: DIMENSIONS.map((dimension) => ({
			dimension,
			before: before.gwc[dimension].answer,
			after: after.gwc[dimension].answer
		})),
		total: {
			before: totalBefore,
			after: totalAfter,
			delta: totalBefore === null || totalAfter === null ? null : totalAfter - totalBefore
		}
	};
}

/** One submitted assessment on a provider's timeline, with what changed since the same assessor's last. */
export interface TimelineEntry<A> {
	assessment: A;
	assessedAt: string;
	total: number | null;
	/** Null for the assessor's first assessment (or when a checklist version is missing). */
	sincePrevious: AssessmentDiff | null;
}

/** A provider's submitted assessments in a seat, newest first, each compared with the same person's previous one. */
export function providerTimeline<A extends ComparableAssessment>(
	assessments: readonly A[],
	checklistOf: (id: string) => { questions: readonly Question[] } | undefined
): TimelineEntry<A>[] {
	const oldestFirst = assessments
		.filter((a) => a.status === 'submitted')
		.sort((a, b) => assessedAt(a).localeCompare(assessedAt(b)) || (a.id ?? '').localeCompare(b.id ?? ''));
	const previousOf = new Map<string, A>();
	const entries = oldestFirst.map((assessment) => {
		const checklist = checklistOf(assessment.checklist);
		const previous = previousOf.get(assessment.assessor);
		const previousChecklist = previous ? checklistOf(previous.checklist) : undefined;
		previousOf.set(assessment.assessor, assessment);
		return {
			assessment,
			assessedAt: assessedAt(assessment),
			total: checklist ? weightedScore(checklist.questions, assessment.answers) : null,
			sincePrevious:
				previous && checklist && previousChecklist
					? diffAssessments(previous, assessment, { before: previousChecklist, after: checklist })
					: null
		};
	});
	return entries.reverse();
}
