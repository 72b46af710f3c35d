import { z } from 'zod';
import { plainText } from './plain-text.schema';
import { responsibilitiesSchema } from './seat.schema';
import { contactSchema } from './workspace.schema';

/**
 * What a rep types to open a prospect workspace (docs/sales-mode.md): the prospect, its contacts,
 * the IT seat and its top five, and the incumbent. Checked whole before anything is written, so a
 * refused field never leaves half a workspace behind.
 */
export const prospectDraftSchema = z.object({
	name: plainText(120, { required: true, requiredMessage: 'Name the prospect.' }),
	contacts: z.array(contactSchema).max(10, 'At most 10 contacts.').default([]),
	seat: plainText(120, { required: true, requiredMessage: 'Name the seat.' }),
	responsibilities: responsibilitiesSchema,
	incumbent: plainText(120, { required: true, requiredMessage: 'Name the current provider.' })
});
export type ProspectDraft = z.input<typeof prospectDraftSchema>;
export type Prospect = z.infer<typeof prospectDraftSchema>;

/** Blank contact rows and blank top-five lines of a form are left out, not refused. */
export function withoutBlankRows(draft: ProspectDraft): ProspectDraft {
	return {
		...draft,
		contacts: (draft.contacts ?? []).filter((c) =>
			[c.name, c.role, c.email, c.phone].some((v) => typeof v === 'string' && v.trim() !== '')
		),
		responsibilities: draft.responsibilities.filter((line) => line.trim() !== '')
	};
}
