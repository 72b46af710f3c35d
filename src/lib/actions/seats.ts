import type { InputOf } from '$lib/data/local/record-types';
import { repository } from '$lib/data/local/repository';
import type { Seat } from '$lib/domain/schemas';

/** The seat form's fields (the organization comes from where it is added). */
export type SeatDraft = Omit<InputOf<'seats'>, 'id' | 'organization'>;

/** Adds a seat to the organization's Accountability Chart. */
export function createSeat(organization: string, draft: SeatDraft): Promise<Seat> {
	return repository.create('seats', { ...draft, organization });
}

/** Saves a seat's name, kind, responsibilities, metrics or parent. */
export function updateSeat(id: string, patch: Partial<SeatDraft>): Promise<Seat> {
	return repository.update('seats', id, patch);
}

/** Makes the seat report to `parent` ('' = the top); the schema refuses a loop. */
export function moveSeat(id: string, parent: string): Promise<Seat> {
	return repository.update('seats', id, { parent });
}

/** What a deleted seat was, enough to bring it back under the same id. */
export type DeletedSeat = InputOf<'seats'> & { id: string };

/** Deletes a seat; returns what `restoreSeat` needs to undo it. */
export async function deleteSeat(seat: Seat): Promise<DeletedSeat> {
	const { created: _created, updated: _updated, ...input } = seat;
	await repository.remove('seats', seat.id);
	return input;
}

/**
 * Brings a deleted seat back under its own id, so links and assessments still point at it. Never
 * a silent copy under a new id: if the id cannot be reused, the failure reaches the person.
 */
export function restoreSeat(deleted: DeletedSeat): Promise<Seat> {
	return repository.create('seats', deleted, deleted.id);
}
