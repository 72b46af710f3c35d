import { ValidationFailure } from '$lib/data/errors';
import { checklistOf, currentChecklist } from '$lib/data/local/checklists';
import { pocketbaseNow } from '$lib/data/local/record-types';
import { repository } from '$lib/data/local/repository';
import { newDraft, openDraftOf, resumeStep, type DraftKey } from '$lib/domain/assessment.rules';
import type { Assessment, ChecklistInput, CoreValue } from '$lib/domain/schemas';
import { submissionProblems, type SubmittableAssessment } from '$lib/domain/submission';

/**
 * Starts assessing a provider in a seat, or resumes: one draft per assessor, seat and provider
 * (the domain rule `openDraftOf`). Returns the draft's id.
 */
export async function startAssessment(organization: string, key: DraftKey): Promise<string> {
	const existing = openDraftOf(await repository.list('assessments', { organization }), key);
	if (existing) return existing.id;
	const [org, seat, checklist] = await Promise.all([
		repository.get('organizations', organization),
		repository.get('seats', key.seat),
		currentChecklist(organization)
	]);
	const input = newDraft(
		{ ...key, organization, checklist: checklist.id },
		org?.core_values ?? [],
		seat?.responsibilities ?? []
	);
	return (await repository.create('assessments', input)).id;
}

/** Where opening an assessment lands: its result, the first open step of a draft, or nowhere. */
export async function whereToResume(
	id: string
): Promise<{ to: 'missing' } | { to: 'result' } | { to: 'step'; step: string }> {
	const assessment = await repository.get('assessments', id);
	if (!assessment) return { to: 'missing' };
	if (assessment.status === 'submitted') return { to: 'result' };
	const [organization, checklist] = await Promise.all([
		repository.get('organizations', assessment.organization),
		checklistOf(assessment.checklist)
	]);
	return {
		to: 'step',
		step: resumeStep(assessment, organization?.core_values ?? [], checklist?.questions ?? [])
	};
}

/** The fields a draft's steps edit. */
export type DraftAnswers = Pick<
	Assessment,
	'gwc' | 'core_values' | 'answers' | 'responsibility_fit' | 'summary'
>;

/** Saves what the assessor answered so far (a refused note leaves the stored draft as it was). */
export function saveDraft(id: string, answers: Partial<DraftAnswers>): Promise<Assessment> {
	return repository.update('assessments', id, answers);
}

/**
 * Moves a draft to another checklist version: `answers` are the ones that carry over
 * (`migrateAnswers`); the rest are dropped.
 */
export function moveDraftToChecklist(
	id: string,
	checklist: string,
	answers: Assessment['answers']
): Promise<Assessment> {
	return repository.update('assessments', id, { checklist, answers });
}

/**
 * Submits a draft: refused (ValidationFailure keyed by field) while `submissionProblems` lists
 * anything, otherwise stamped with the time and sent like any change.
 */
export function submitAssessment(
	id: string,
	answers: DraftAnswers & SubmittableAssessment,
	context: { checklist: ChecklistInput; organization: { core_values: readonly CoreValue[] } }
): Promise<Assessment> {
	const problems = submissionProblems(answers, context.checklist, context.organization);
	if (problems.length > 0) {
		const fields = Object.fromEntries(problems.map((p) => [p.field, p.message]));
		return Promise.reject(new ValidationFailure(fields, problems[0]!.message));
	}
	return repository.update('assessments', id, {
		...answers,
		status: 'submitted',
		assessed_at: pocketbaseNow()
	});
}
