import { z } from 'zod';
import { DIMENSION_LABELS, DIMENSIONS } from './checklist.schema';
import { plainText } from './plain-text.schema';
import { optionalDateTime, recordId, slug, systemFields } from './record.schema';

/** A missing or null note is an empty one (the server reads it the same way). */
const note = plainText(2000)
	.nullish()
	.transform((text) => text ?? '');

/** EOS allows no "kind of": yes or no, `null` while a draft has not answered. */
export const gwcAnswerSchema = z.strictObject({
	answer: z.enum(['yes', 'no'], { error: 'Answer yes or no.' }).nullable().default(null),
	note
});

/** A dimension left out (or null) is simply not answered yet. */
const gwcDimension = gwcAnswerSchema.nullish().transform((item) => item ?? { answer: null, note: '' });

/** Get it, Want it, Capacity to do it. */
export const gwcSchema = z.strictObject({ get: gwcDimension, want: gwcDimension, capacity: gwcDimension });

/** A provider's rating on one of the organization's values: +, +/− or −. */
export const coreValueRatingSchema = z.strictObject({
	value_id: slug,
	rating: z.enum(['plus', 'plus_minus', 'minus'], { error: 'Rate +, +/− or −.' }).nullable().default(null),
	note
});

/** A checklist score: 0–4 or "n/a" (the question does not apply), `null` while unanswered. */
export const answerScoreSchema = z.union([z.int().min(0).max(4), z.literal('n/a')], {
	error: 'Score 0–4 or n/a.'
});

/** One checklist answer. */
export const answerSchema = z.strictObject({ score: answerScoreSchema.nullable().default(null), note });

/** How well the provider carries one of the seat's responsibilities (text copied at the time). */
export const responsibilityFitSchema = z.strictObject({
	responsibility: plainText(160, { required: true, requiredMessage: 'A responsibility cannot be empty.' }),
	score: z.int('Score 0–4.').min(0, 'Score 0–4.').max(4, 'Score 0–4.').nullable().default(null),
	note
});

/** All three GWC answers unanswered: the state of a fresh draft. */
export function emptyGwc(): z.infer<typeof gwcSchema> {
	return {
		get: { answer: null, note: '' },
		want: { answer: null, note: '' },
		capacity: { answer: null, note: '' }
	};
}

const assessmentShape = {
	id: recordId,
	organization: recordId,
	seat: recordId,
	provider: recordId,
	checklist: recordId,
	assessor: recordId,
	status: z.enum(['draft', 'submitted'], { error: 'Choose draft or submitted.' }),
	// JSON fields that were never written read back as null: treat them as empty.
	gwc: gwcSchema.nullish().transform((gwc) => gwc ?? emptyGwc()),
	core_values: z
		.array(coreValueRatingSchema)
		.max(7, 'At most one rating per core value.')
		.refine((ratings) => new Set(ratings.map((r) => r.value_id)).size === ratings.length, {
			error: 'Rate each core value once.'
		})
		.nullish()
		.transform((ratings) => ratings ?? []),
	answers: z
		.record(slug, answerSchema)
		.nullish()
		.transform((answers) => answers ?? {}),
	responsibility_fit: z
		.array(responsibilityFitSchema)
		.max(5, 'At most five responsibilities.')
		.nullish()
		.transform((fit) => fit ?? []),
	summary: plainText(4000).default(''),
	assessed_at: optionalDateTime
};

/** The contract: a submitted assessment has all three GWC answers. */
function requireGwcWhenSubmitted(
	assessment: { status: string; gwc: z.infer<typeof gwcSchema> },
	ctx: z.RefinementCtx
): void {
	if (assessment.status !== 'submitted') return;
	for (const dimension of DIMENSIONS) {
		if (assessment.gwc[dimension].answer !== null) continue;
		ctx.addIssue({
			code: 'custom',
			message: `Answer ${DIMENSION_LABELS[dimension]} (yes or no) before submitting.`,
			path: ['gwc', dimension, 'answer']
		});
	}
}

/** What the app writes for an assessment (draft or submitted). */
export const assessmentInputSchema = z.object(assessmentShape).superRefine(requireGwcWhenSubmitted);

/** An assessment as PocketBase returns it. */
export const assessmentSchema = z
	.object({ ...assessmentShape, ...systemFields })
	.superRefine(requireGwcWhenSubmitted);

/** Only submitted assessments: what a comparison or a decision relies on. */
export const submittedAssessmentSchema = assessmentInputSchema.refine((a) => a.status === 'submitted', {
	error: 'The assessment is still a draft.',
	path: ['status']
});

export type GwcAnswer = z.infer<typeof gwcAnswerSchema>;
export type Gwc = z.infer<typeof gwcSchema>;
export type CoreValueRating = z.infer<typeof coreValueRatingSchema>;
export type AnswerScore = z.infer<typeof answerScoreSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type ResponsibilityFit = z.infer<typeof responsibilityFitSchema>;
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
