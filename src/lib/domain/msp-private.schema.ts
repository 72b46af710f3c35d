import { z } from 'zod';
import { plainText } from './plain-text.schema';
import { optionalRelation, recordId, slug, systemFields } from './record.schema';

/**
 * The MSP's private records about a prospect (docs/sales-mode.md). Both belong to the MSP
 * organization (`organization`), never to the workspace, so a hand-off never moves them.
 */

/** The rep's note on one question (or, without `question`, on the whole assessment or workspace). */
export const mspNoteInputSchema = z.object({
	id: recordId,
	organization: recordId,
	workspace: optionalRelation,
	assessment: optionalRelation,
	question: z.union([slug, z.literal('')]).default(''),
	text: plainText(2000, { required: true, requiredMessage: 'Write the note.' }),
	author: optionalRelation
});
export const mspNoteSchema = mspNoteInputSchema.extend(systemFields);

/** The criteria of the two-way fit: the MSP rating the prospect as a client. */
export const FIT_CRITERIA = ['model', 'values', 'accountability'] as const;
export type FitCriterion = (typeof FIT_CRITERIA)[number];

export const FIT_CRITERIA_LABELS: Record<FitCriterion, { title: string; question: string }> = {
	model: {
		title: 'What we deliver',
		question:
			'Do the seat’s top five match what we deliver: a strategic partner (roadmap, planning, budget) rather than break-fix?'
	},
	values: { title: 'Values', question: 'Do they believe what we believe and value what we value?' },
	accountability: {
		title: 'Readiness',
		question: 'Will they hold the seat accountable: an owner for the seat, metrics, regular reviews?'
	}
};

const note = plainText(2000)
	.nullish()
	.transform((text) => text ?? '');

/** One criterion: 0–4, `null` while not rated. */
export const fitRatingSchema = z.strictObject({
	score: z.int('Score 0–4.').min(0, 'Score 0–4.').max(4, 'Score 0–4.').nullable().default(null),
	note
});
export type FitRating = z.infer<typeof fitRatingSchema>;

const criteriaSchema = z.strictObject({
	model: fitRatingSchema.nullish(),
	values: fitRatingSchema.nullish(),
	accountability: fitRatingSchema.nullish()
});
export type FitCriteria = z.infer<typeof criteriaSchema>;

/** The two-way fit of one workspace; `shared` lets the workspace's members read it. */
export const mspFitInputSchema = z.object({
	id: recordId,
	organization: recordId,
	workspace: optionalRelation,
	criteria: criteriaSchema.nullish().transform((criteria) => criteria ?? {}),
	summary: plainText(2000).default(''),
	shared: z.boolean({ error: 'Expected true or false.' }).default(false),
	rated_by: optionalRelation
});
export const mspFitSchema = mspFitInputSchema.extend(systemFields);

export type MspNoteInput = z.infer<typeof mspNoteInputSchema>;
export type MspNote = z.infer<typeof mspNoteSchema>;
export type MspFitInput = z.infer<typeof mspFitInputSchema>;
export type MspFit = z.infer<typeof mspFitSchema>;

/** The MSP's private collections (synced app collections; their own contract test: contract-sales). */
export type MspCollectionName = 'msp_notes' | 'msp_fits';

/** What the app may write to each private collection (proved against the server by the contract test). */
export const mspCollectionSchemas: Record<MspCollectionName, z.ZodType> = {
	msp_notes: mspNoteInputSchema,
	msp_fits: mspFitInputSchema
};
