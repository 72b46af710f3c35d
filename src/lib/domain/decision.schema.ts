import { z } from 'zod';
import { plainText } from './plain-text.schema';
import { dateTime, recordId, systemFields } from './record.schema';

const decisionShape = {
	id: recordId,
	organization: recordId,
	seat: recordId,
	provider: recordId,
	decided_by: recordId,
	reason: plainText(2000, { required: true, requiredMessage: 'Record why you decided this.' }),
	decided_at: dateTime,
	consensus_score: z
		.number('Expected a number.')
		.min(0, 'A score is 0–100.')
		.max(100, 'A score is 0–100.')
		.nullable()
		.default(null),
	consensus_reason: plainText(2000).default('')
};

/**
 * A consensus score needs a recorded reason. PocketBase stores "no score" as 0, so a score of 0
 * without a reason reads as "no consensus" and is accepted; any other score needs the reason.
 * The consensus applies only when the reason is present (see `decisionOverride`).
 */
function reasonWithScore(decision: { consensus_score: number | null; consensus_reason: string }): boolean {
	return !decision.consensus_score || decision.consensus_reason.length > 0;
}
const reasonIssue = { error: 'Give the reason for the consensus score.', path: ['consensus_reason'] };

/** What the app writes for a decision about a provider in a seat. */
export const decisionInputSchema = z.object(decisionShape).refine(reasonWithScore, reasonIssue);

/** A decision as PocketBase returns it. */
export const decisionSchema = z
	.object({ ...decisionShape, ...systemFields })
	.refine(reasonWithScore, reasonIssue);

/** The consensus override a decision records, or null when it records none. */
export function decisionOverride(decision: {
	consensus_score: number | null;
	consensus_reason: string;
}): { score: number; reason: string } | null {
	if (decision.consensus_score === null || decision.consensus_reason.trim() === '') return null;
	return { score: decision.consensus_score, reason: decision.consensus_reason };
}

export type DecisionInput = z.infer<typeof decisionInputSchema>;
export type Decision = z.infer<typeof decisionSchema>;
