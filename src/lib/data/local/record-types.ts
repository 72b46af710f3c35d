import type { z } from 'zod';
import type {
	Assessment,
	assessmentInputSchema,
	Checklist,
	checklistInputSchema,
	CollectionName,
	Decision,
	decisionInputSchema,
	Invitation,
	invitationInputSchema,
	Membership,
	membershipInputSchema,
	MspFit,
	mspFitInputSchema,
	MspNote,
	mspNoteInputSchema,
	Organization,
	organizationInputSchema,
	Provider,
	providerInputSchema,
	Seat,
	seatInputSchema
} from '$lib/domain/schemas';

interface Records {
	organizations: Organization;
	memberships: Membership;
	invitations: Invitation;
	seats: Seat;
	providers: Provider;
	checklists: Checklist;
	assessments: Assessment;
	decisions: Decision;
	msp_notes: MspNote;
	msp_fits: MspFit;
}

// the schemas' input side: fields with a default may be left out
interface Inputs {
	organizations: z.input<typeof organizationInputSchema>;
	memberships: z.input<typeof membershipInputSchema>;
	invitations: z.input<typeof invitationInputSchema>;
	seats: z.input<typeof seatInputSchema>;
	providers: z.input<typeof providerInputSchema>;
	checklists: z.input<typeof checklistInputSchema>;
	assessments: z.input<typeof assessmentInputSchema>;
	decisions: z.input<typeof decisionInputSchema>;
	msp_notes: z.input<typeof mspNoteInputSchema>;
	msp_fits: z.input<typeof mspFitInputSchema>;
}

/** A record of collection `C` as screens read it (the zod record type). */
export type RecordOf<C extends CollectionName> = Records[C];

/** What a screen writes to collection `C`; `id` is optional on create (generated). */
export type InputOf<C extends CollectionName> = Omit<Inputs[C], 'id'> & { id?: string };

/** PocketBase's datetime format, so local and server timestamps compare as strings. */
export function pocketbaseNow(date = new Date()): string {
	return date.toISOString().replace('T', ' ');
}
