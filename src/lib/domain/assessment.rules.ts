import type { z } from 'zod';
import type { Assessment, assessmentInputSchema, Gwc } from './assessment.schema';
import { questionSlug } from './assessment-steps';
import type { Question } from './checklist.schema';
import type { CoreValue } from './organization.schema';

/** Who assesses which provider in which seat. */
export interface DraftKey {
	seat: string;
	provider: string;
	assessor: string;
}

/**
 * One draft per assessor, seat and provider: the open draft starting again resumes, if any.
 * Submitted assessments do not count (a quarterly re-assessment starts a new draft).
 */
export function openDraftOf<A extends Pick<Assessment, 'status' | 'seat' | 'provider' | 'assessor'>>(
	assessments: readonly A[],
	key: DraftKey
): A | undefined {
	return assessments.find(
		(a) =>
			a.status === 'draft' &&
			a.seat === key.seat &&
			a.provider === key.provider &&
			a.assessor === key.assessor
	);
}

/** A new draft: every organization value and seat responsibility listed, nothing rated yet. */
export function newDraft(
	key: DraftKey & { organization: string; checklist: string },
	coreValues: readonly CoreValue[],
	responsibilities: readonly string[]
): Omit<z.input<typeof assessmentInputSchema>, 'id'> {
	return {
		organization: key.organization,
		seat: key.seat,
		provider: key.provider,
		checklist: key.checklist,
		assessor: key.assessor,
		status: 'draft',
		core_values: coreValues.map((v) => ({ value_id: v.id, rating: null, note: '' })),
		responsibility_fit: responsibilities.map((line) => ({ responsibility: line, score: null, note: '' }))
	};
}

/** Where resuming a draft opens: the first step with something unanswered, else the review. */
export function resumeStep(
	assessment: { core_values: Assessment['core_values']; gwc: Gwc; answers: Assessment['answers'] },
	coreValues: readonly CoreValue[],
	questions: readonly Question[]
): string {
	const rated = new Map(assessment.core_values.map((r) => [r.value_id, r.rating]));
	if (coreValues.some((v) => (rated.get(v.id) ?? null) === null)) return 'values';
	if (Object.values(assessment.gwc).some((g) => g.answer === null)) return 'gwc';
	const question = questions.find((q) => (assessment.answers[q.id]?.score ?? null) === null);
	return question ? questionSlug(question.id) : 'review';
}
