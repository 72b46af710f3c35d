import { ValidationFailure } from '$lib/data/errors';
import { pocketbaseNow } from '$lib/data/local/record-types';
import { repository } from '$lib/data/local/repository';
import type { Decision, Seat } from '$lib/domain/schemas';

/** What the decision form collects; the consensus score is typed text ('' = none). */
export interface DecisionDraft {
	provider: string;
	reason: string;
	consensus: string;
	consensusReason: string;
}

/**
 * Records who gets the seat and why, decided by `decidedBy` now. The decision schema checks the
 * rest (reason required, a score 0–100 needs its reason); a refusal is a ValidationFailure.
 */
export function recordDecision(seat: Seat, draft: DecisionDraft, decidedBy: string): Promise<Decision> {
	if (!draft.provider) {
		const message = 'Choose the provider you decided on.';
		return Promise.reject(new ValidationFailure({ provider: message }, message));
	}
	return repository.create('decisions', {
		organization: seat.organization,
		seat: seat.id,
		provider: draft.provider,
		decided_by: decidedBy,
		reason: draft.reason,
		decided_at: pocketbaseNow(),
		consensus_score: draft.consensus.trim() === '' ? null : Number(draft.consensus),
		consensus_reason: draft.consensusReason
	});
}
