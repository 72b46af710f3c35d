import { z } from 'zod';
import { answerSchema, coreValueRatingSchema, gwcSchema, responsibilityFitSchema } from './assessment.schema';
import { questionsSchema } from './checklist.schema';
import { coreValueSchema, valuesBarSchema } from './organization.schema';
import { optionalDateTime, recordId } from './record.schema';
import type { ComparisonInput } from './seat-comparison';

/** A person's key inside one shared report (`person-1`, …): shared reports carry no user ids. */
const personKey = z.string().regex(/^person-\d{1,6}$/);

/**
 * What GET /api/rightseat/share/{token} answers (pocketbase/pb_hooks/lib/share-links.js): one seat
 * of one organization, read-only. Parsed at the edge like every other server answer.
 */
export const sharedReportSchema = z.object({
	organization: z.object({
		name: z.string(),
		kind: z.enum(['business', 'msp']),
		core_values: z.array(coreValueSchema),
		values_bar: valuesBarSchema,
		/** A same-origin path to the logo, or ''. */
		logo: z.string()
	}),
	seat: z.object({
		name: z.string(),
		purpose: z.string(),
		kind: z.enum(['team', 'service_provider']),
		accountable_owner: z.string(),
		responsibilities: z.array(z.string()),
		review_interval_months: z.int().min(0).max(24)
	}),
	providers: z.array(
		z.object({ id: recordId, name: z.string(), status: z.enum(['current', 'prospective', 'former']) })
	),
	checklists: z.array(
		z.object({
			id: recordId,
			family: z.string(),
			name: z.string(),
			version: z.int(),
			questions: questionsSchema
		})
	),
	people: z.record(personKey, z.string()),
	assessments: z.array(
		z.object({
			provider: recordId,
			checklist: recordId,
			assessor: personKey,
			status: z.literal('submitted'),
			gwc: gwcSchema,
			core_values: z.array(coreValueRatingSchema),
			answers: z.record(z.string(), answerSchema),
			responsibility_fit: z.array(responsibilityFitSchema),
			assessed_at: optionalDateTime
		})
	),
	decisions: z.array(
		z.object({
			provider: recordId,
			decided_by: personKey,
			reason: z.string(),
			decided_at: z.string(),
			consensus_score: z.number().nullable(),
			consensus_reason: z.string()
		})
	),
	expires: z.string(),
	generated_at: z.string()
});

export type SharedReport = z.infer<typeof sharedReportSchema>;

/** The comparison input of a shared report: the same comparison the members see, from the link's data. */
export function sharedComparisonInput(report: SharedReport): ComparisonInput {
	return {
		seat: report.seat,
		organization: report.organization,
		providers: report.providers,
		assessments: report.assessments,
		decisions: report.decisions,
		checklistOf: (id) => report.checklists.find((c) => c.id === id),
		personName: (key) => report.people[key] ?? ''
	};
}

/** The address a person opens for a share link (the app's route; the token is the only secret). */
export function shareLinkUrl(origin: string, token: string): string {
	return `${origin.replace(/\/+$/, '')}/share/${encodeURIComponent(token)}`;
}

/** Where a share link stands for its owner. */
export type ShareLinkState = 'active' | 'revoked' | 'expired';

/** The state of a link at `now` (a PocketBase datetime or ISO string). */
export function shareLinkState(link: { revoked: boolean; expires: string }, now: string): ShareLinkState {
	if (link.revoked) return 'revoked';
	if (link.expires !== '' && link.expires.replace('T', ' ') <= now.replace('T', ' ')) return 'expired';
	return 'active';
}

/** A share link as its owners read it. */
export const shareLinkSchema = z.object({
	id: recordId,
	organization: recordId,
	seat: recordId,
	token: z.string().regex(/^[A-Za-z0-9]{43}$/),
	created_by: recordId,
	expires: optionalDateTime,
	revoked: z.boolean(),
	created: z.string(),
	updated: z.string()
});

export type ShareLink = z.infer<typeof shareLinkSchema>;
