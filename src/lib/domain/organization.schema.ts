import { z } from 'zod';
import { plainText } from './plain-text.schema';
import { dateTime, optionalDateTime, optionalRelation, recordId, slug, systemFields } from './record.schema';
import { workspaceInputFields, workspaceRecordFields } from './workspace.schema';

/** Roles in an organization, from most to least powerful. */
export const roleSchema = z.enum(['owner', 'editor', 'viewer'], { error: 'Choose owner, editor or viewer.' });

/** The public profile of a user, as other members see it. */
export const userSchema = z.object({
	id: recordId,
	name: plainText(120),
	email: z.email().optional()
});

/** One of the business's own core values. JSON shapes are exact: unknown keys are refused, as on the server. */
export const coreValueSchema = z.strictObject({
	id: slug,
	name: plainText(60, { required: true, requiredMessage: 'Name the value.' }),
	meaning: plainText(200).default('')
});

/** EOS asks for a short list: three to seven values, or none while the business is still naming them. */
export const coreValuesSchema = z
	.array(coreValueSchema)
	.max(7, 'At most seven core values.')
	.refine(
		(values) => values.length === 0 || values.length >= 3,
		'Name at least three core values (or none yet).'
	)
	.refine(
		(values) => new Set(values.map((v) => v.id)).size === values.length,
		'Each value needs its own id.'
	);

/** The EOS bar: by default every value rated + or +/−, at most one +/−, no −. */
export const DEFAULT_VALUES_BAR = { max_mixed: 1, max_minus: 0 } as const;

const barLimit = z.int('Use a whole number.').min(0, 'At least 0.').max(7, 'At most 7.');

/** How many `plus_minus` and `minus` ratings a provider may have and still be at or above the bar. */
export const valuesBarSchema = z.strictObject({ max_mixed: barLimit, max_minus: barLimit });

/** What the app writes. `members`/`writers`/`owners` are hook-maintained, so they are not here. */
export const organizationInputSchema = z.object({
	id: recordId,
	name: plainText(120, { required: true, requiredMessage: 'Name the organization.' }),
	kind: z.enum(['business', 'msp'], { error: 'Choose business or MSP.' }),
	// A JSON field never written reads back as null: treat it as "no values yet".
	core_values: coreValuesSchema.nullish().transform((values) => values ?? []),
	values_bar: valuesBarSchema.nullish().transform((bar) => bar ?? { ...DEFAULT_VALUES_BAR }),
	// sales mode: a prospect workspace held by an MSP (workspace.schema.ts)
	...workspaceInputFields
});

/** An organization as PocketBase returns it. */
export const organizationSchema = organizationInputSchema.extend({
	logo: z.string().default(''),
	members: z.array(recordId).default([]),
	writers: z.array(recordId).default([]),
	owners: z.array(recordId).default([]),
	...workspaceRecordFields,
	...systemFields
});

/** Logo uploads: one png, jpeg or webp image of at most 2 MB. */
export const logoFileSchema = z.object({
	type: z.enum(['image/png', 'image/jpeg', 'image/webp'], { error: 'Use a PNG, JPEG or WebP image.' }),
	size: z.number().max(2 * 1024 * 1024, 'At most 2 MB.')
});

/** What the app writes for a membership. */
export const membershipInputSchema = z.object({
	id: recordId,
	organization: recordId,
	user: recordId,
	role: roleSchema
});

/** A membership as PocketBase returns it. */
export const membershipSchema = membershipInputSchema.extend(systemFields);

/**
 * The addresses an invitation accepts: zod's default email pattern, pinned here because the server
 * hook (pocketbase/pb_hooks/lib/invitations.js) applies the same one.
 */
export const INVITATION_EMAIL =
	/^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/**
 * Trimmed and A–Z lower-cased like the server does (pb_hooks/lib/emails.js), so "Ana@Example.com "
 * invites the same mailbox. Only ASCII letters fold: toLowerCase() would turn the Kelvin sign into
 * "k" where the server's SQLite comparison does not, and the pattern then refuses the look-alike.
 */
const invitationEmail = z
	.string()
	.trim()
	.overwrite((email) => email.replace(/[A-Z]/g, (letter) => letter.toLowerCase()))
	.pipe(z.email({ pattern: INVITATION_EMAIL, error: 'Enter an email address.' }));

/** What the app writes for an invitation; the server defaults an empty `expires` to now + 14 days. */
export const invitationInputSchema = z.object({
	id: recordId,
	organization: recordId,
	email: invitationEmail,
	role: roleSchema,
	expires: optionalDateTime,
	invited_by: optionalRelation
});

/** An invitation as PocketBase returns it. */
export const invitationSchema = invitationInputSchema.extend({ expires: dateTime, ...systemFields });

export type Role = z.infer<typeof roleSchema>;
export type User = z.infer<typeof userSchema>;
export type CoreValue = z.infer<typeof coreValueSchema>;
export type ValuesBar = z.infer<typeof valuesBarSchema>;
export type OrganizationInput = z.infer<typeof organizationInputSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type MembershipInput = z.infer<typeof membershipInputSchema>;
export type Membership = z.infer<typeof membershipSchema>;
export type InvitationInput = z.infer<typeof invitationInputSchema>;
export type Invitation = z.infer<typeof invitationSchema>;
