import { repository } from '$lib/data/local/repository';
import { BUILTIN_CHECKLIST_ID, builtinChecklist } from '$lib/domain/checklist';
import type { ChecklistInput } from '$lib/domain/schemas';

/** The pinned checklist version of an assessment: the built-in ships with the app, others are records. */
export async function checklistOf(id: string): Promise<ChecklistInput | undefined> {
	if (id === BUILTIN_CHECKLIST_ID) return builtinChecklist;
	return repository.get('checklists', id);
}

/** The checklist new assessments use: the organization's newest version, else the built-in. */
export async function currentChecklist(organization: string): Promise<ChecklistInput> {
	const own = await repository.list('checklists', { organization });
	const newest = own.sort((a, b) => b.version - a.version)[0];
	return newest ?? builtinChecklist;
}
