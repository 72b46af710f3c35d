import {
	exportOrganizationDocument,
	importOrganizationDocument
} from '$lib/data/local/organization-transfer';
import { repository } from '$lib/data/local/repository';
import { resolveChecklist } from '$lib/domain/checklist';
import { answersCsv } from '$lib/domain/answers-csv';
import { readOrganizationExportText } from '$lib/domain/organization-import';

/** The organization as a JSON document (works offline from this device's store). */
export async function exportOrganizationJson(
	organizationId: string,
	personName: (id: string) => string
): Promise<string> {
	return JSON.stringify(await exportOrganizationDocument(organizationId, personName), null, 2);
}

/** Every submitted answer of the organization as CSV (UTF-8 with BOM, quoted fields). */
export async function exportAnswersCsv(
	organizationId: string,
	personName: (id: string) => string
): Promise<string> {
	const where = { organization: organizationId };
	const [assessments, providers, checklists] = await Promise.all([
		repository.list('assessments', where),
		repository.list('providers', where),
		repository.list('checklists', where)
	]);
	return answersCsv({
		assessments,
		providerName: (id) => providers.find((p) => p.id === id)?.name ?? 'a removed provider',
		personName,
		checklistOf: (id) => resolveChecklist(id, checklists)
	});
}

/**
 * Imports an export file's text into a NEW organization; a malformed or foreign file is refused
 * with the domain's message and nothing is written.
 */
export async function importOrganizationFile(
	text: string,
	actor: string
): Promise<{ ok: true; organizationId: string } | { ok: false; problems: string[] }> {
	const reading = readOrganizationExportText(text);
	if (!reading.ok) return reading;
	const { organizationId } = await importOrganizationDocument(reading.document, actor);
	return { ok: true, organizationId };
}
