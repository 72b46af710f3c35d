import { z } from 'zod';
import { plainText } from './plain-text.schema';
import { recordId, systemFields } from './record.schema';

/**
 * A web address a person can open: lowercase `http://` or `https://`, a host name with a top-level
 * domain, an optional port, path, query or fragment. The server hook (pocketbase/pb_hooks/lib/providers.js)
 * applies the same pattern, so both sides accept exactly the same addresses.
 */
export const WEBSITE =
	/^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?::[0-9]{1,5})?(?:[/?#][^\s<>"]*)?$/;

const website = z.union([
	z.literal(''),
	z
		.string({ error: 'Expected text.' })
		.max(2000, 'At most 2000 characters.')
		.regex(WEBSITE, 'Enter a web address (https://…).')
]);

/** What the app writes for a provider (an MSP or other service provider being assessed). */
export const providerInputSchema = z.object({
	id: recordId,
	organization: recordId,
	name: plainText(120, { required: true, requiredMessage: 'Name the provider.' }),
	website: website.default(''),
	status: z.enum(['current', 'prospective', 'former'], { error: 'Choose current, prospective or former.' }),
	contact: plainText(200).default(''),
	notes: plainText(2000).default(''),
	// sales mode (docs/sales-mode.md): the MSP itself, assessed beside the incumbent; a blind round
	// (only owners change it once created: the server refuses other writers)
	msp_self: z.boolean({ error: 'Expected true or false.' }).default(false),
	blind: z.boolean({ error: 'Expected true or false.' }).default(false),
	blind_assessors: z.array(recordId).max(20, 'At most 20 assessors.').default([]),
	revealed: z.boolean({ error: 'Expected true or false.' }).default(false)
});

/** A provider as PocketBase returns it. */
export const providerSchema = providerInputSchema.extend(systemFields);

export type ProviderInput = z.infer<typeof providerInputSchema>;
export type Provider = z.infer<typeof providerSchema>;
