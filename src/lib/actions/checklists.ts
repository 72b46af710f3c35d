import { ZodError } from 'zod';
import { ValidationFailure } from '$lib/data/errors';
import { checklistOf, currentChecklist } from '$lib/data/local/checklists';
import { repository } from '$lib/data/local/repository';
import { nextChecklistVersion } from '$lib/domain/checklist';
import type { Checklist, ChecklistInput, Question } from '$lib/domain/schemas';

export { checklistOf, currentChecklist };

/**
 * Saves the edited questions as the organization's next checklist version (new assessments use
 * it; existing ones keep theirs). Refused questions throw a ValidationFailure keyed by field.
 */
export async function publishChecklistVersion(
	previous: ChecklistInput,
	questions: Question[],
	organization: string
): Promise<Checklist> {
	let next: ChecklistInput;
	try {
		next = nextChecklistVersion(previous, questions, { organization });
	} catch (error) {
		if (error instanceof ZodError) throw ValidationFailure.fromZod(error);
		throw error;
	}
	return repository.create('checklists', next, next.id);
}
