import { ValidationFailure } from '$lib/data/errors';
import type { InputOf } from '$lib/data/local/record-types';
import { repository } from '$lib/data/local/repository';
import { roundProblems } from '$lib/domain/blind';
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

/**
 * Sets a provider's blind round up (an owner): `blind` with the people expected to score, or back
 * to open scoring while nothing is revealed. Checked first (`roundProblems`); saved through the
 * local store, so it works offline and syncs (the server keeps it to owners, blind.js).
 */
export function setBlindRound(
	id: string,
	round: { blind: boolean; blind_assessors: string[] }
): Promise<Provider> {
	const problems = roundProblems(round);
	const first = Object.values(problems)[0];
	if (first) return Promise.reject(new ValidationFailure(problems, first));
	return repository.update('providers', id, {
		blind: round.blind,
		blind_assessors: round.blind ? [...round.blind_assessors] : []
	});
}

/** Reveals a blind round now (an owner): everyone's answers show, and stay shown. */
export function revealRound(id: string): Promise<Provider> {
	return repository.update('providers', id, { revealed: true });
}
