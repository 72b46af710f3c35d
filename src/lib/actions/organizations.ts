import type { InputOf } from '$lib/data/local/record-types';
import { repository } from '$lib/data/local/repository';
import type { Organization } from '$lib/domain/schemas';

/** The organization form's fields (no id: a new organization gets one). */
export type OrganizationDraft = Omit<InputOf<'organizations'>, 'id'>;

/** Creates an organization on this device; the creator owns it (the server adds the membership). */
export function createOrganization(draft: OrganizationDraft): Promise<Organization> {
	return repository.create('organizations', draft);
}

/** Saves the organization's name, kind, core values and bar. */
export function updateOrganization(id: string, draft: Partial<OrganizationDraft>): Promise<Organization> {
	return repository.update('organizations', id, draft);
}
