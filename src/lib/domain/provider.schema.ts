import { z } from 'zod';
import { plainText } from './plain-text.schema';
import { recordId, systemFields } from './record.schema';

/** Only web addresses a person can open: http or https. */
const website = z.union([
	z.literal(''),
	z.url({ protocol: /^https?$/, error: 'Enter a web address (https://…).' })
]);

/** What the app writes for a provider (an MSP or other service provider being assessed). */
export const providerInputSchema = z.object({
	id: recordId,
	organization: recordId,
	name: plainText(120, { required: true, requiredMessage: 'Name the provider.' }),
	website: website.default(''),
	status: z.enum(['current', 'prospective', 'former'], { error: 'Choose current, prospective or former.' }),
	contact: plainText(200).default(''),
	notes: plainText(2000).default('')
});

/** A provider as PocketBase returns it. */
export const providerSchema = providerInputSchema.extend(systemFields);

export type ProviderInput = z.infer<typeof providerInputSchema>;
export type Provider = z.infer<typeof providerSchema>;
