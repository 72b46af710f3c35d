import type { z } from 'zod';
import { assessmentInputSchema, assessmentSchema } from './assessment.schema';
import { checklistInputSchema, checklistSchema } from './checklist.schema';
import { decisionInputSchema, decisionSchema } from './decision.schema';
import {
	invitationInputSchema,
	invitationSchema,
	membershipInputSchema,
	membershipSchema,
	organizationInputSchema,
	organizationSchema
} from './organization.schema';
import { mspFitInputSchema, mspFitSchema, mspNoteInputSchema, mspNoteSchema } from './msp-private.schema';
import { providerInputSchema, providerSchema } from './provider.schema';
import { seatInputSchema, seatSchema } from './seat.schema';

export * from './assessment.schema';
export * from './checklist.schema';
export * from './decision.schema';
export * from './msp-private.schema';
export * from './organization.schema';
export * from './plain-text.schema';
export * from './provider.schema';
export * from './record.schema';
export * from './seat.schema';
export * from './workspace.schema';

/**
 * The app's PocketBase collections (besides `users`), named as on the server, in dependency order
 * (a record after the ones it points at). `pocketbase/pb_hooks/lib/collections.js` holds the same
 * list for the hooks (a test keeps them equal).
 */
export const COLLECTION_NAMES = [
	'organizations',
	'memberships',
	'invitations',
	'seats',
	'providers',
	'checklists',
	'assessments',
	'decisions',
	'msp_notes',
	'msp_fits'
] as const;

/** One of the app's collections. */
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/**
 * What the app may write to each collection: the same payload must be accepted or refused by these
 * schemas and by the PocketBase collection (proved by the contract test).
 */
export const collectionSchemas: Record<CollectionName, z.ZodType> = {
	organizations: organizationInputSchema,
	memberships: membershipInputSchema,
	invitations: invitationInputSchema,
	seats: seatInputSchema,
	providers: providerInputSchema,
	checklists: checklistInputSchema,
	assessments: assessmentInputSchema,
	decisions: decisionInputSchema,
	msp_notes: mspNoteInputSchema,
	msp_fits: mspFitInputSchema
};

/** Each collection's records as PocketBase returns them (with `created` and `updated`). */
export const recordSchemas: Record<CollectionName, z.ZodType> = {
	organizations: organizationSchema,
	memberships: membershipSchema,
	invitations: invitationSchema,
	seats: seatSchema,
	providers: providerSchema,
	checklists: checklistSchema,
	assessments: assessmentSchema,
	decisions: decisionSchema,
	msp_notes: mspNoteSchema,
	msp_fits: mspFitSchema
};
