import type { InputOf } from '$lib/data/local/record-types';
import { repository } from '$lib/data/local/repository';
import type { Provider } from '$lib/domain/schemas';

/** The provider form's fields (the organization comes from where it is added). */
export type ProviderDraft = Omit<InputOf<'providers'>, 'id' | 'organization'>;

/** Adds a provider to the organization. */
export function addProvider(organization: string, draft: ProviderDraft): Promise<Provider> {
	return repository.create('providers', { ...draft, organization });
}

/** Saves a provider's details. */
export function updateProvider(id: string, draft: Partial<ProviderDraft>): Promise<Provider> {
	return repository.update('providers', id, draft);
}
