import { BUILTIN_CHECKLIST_ID, builtinChecklist, currentChecklistOf } from '$lib/domain/checklist';
import type { ChecklistInput } from '$lib/domain/schemas';
import { repository } from './repository';

/** The pinned checklist version of an assessment: the built-in ships with the app, others are records. */
export async function checklistOf(id: string): Promise<ChecklistInput | undefined> {
	if (id === BUILTIN_CHECKLIST_ID) return builtinChecklist;
	return repository.get('checklists', id);
}

/** The checklist new assessments use: the organization's newest version, else the built-in. */
export async function currentChecklist(organization: string): Promise<ChecklistInput> {
	return currentChecklistOf(await repository.list('checklists', { organization }));
}
