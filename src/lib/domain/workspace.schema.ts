import { z } from 'zod';
import { plainText } from './plain-text.schema';
import { optionalDateTime, optionalRelation, recordId } from './record.schema';

/**
 * Sales mode (docs/sales-mode.md): the fields a prospect workspace adds to an organization. A
 * workspace is a business organization whose `msp` names the MSP organization holding it.
 */

/** The pipeline stages, in the order a deal moves through them. */
export const STAGES = ['first_meeting', 'assessed', 'proposal', 'won', 'lost'] as const;
export const stageSchema = z.enum(STAGES, { error: 'Choose a stage of the pipeline.' });
export type Stage = z.infer<typeof stageSchema>;

export const STAGE_LABELS: Record<Stage, string> = {
	first_meeting: 'First meeting',
	assessed: 'Assessed',
	proposal: 'Proposal',
	won: 'Won',
	lost: 'Lost'
};

/**
 * What the MSP's people may do in the workspace: `manage` until the hand-off (set by the server),
 * then the prospect's choice, `viewer` or `none`. Never written by the app: the hand-off endpoint
 * sets it.
 */
export const mspAccessSchema = z.enum(['manage', 'viewer', 'none']);
export type MspAccess = z.infer<typeof mspAccessSchema>;

/** The same address pattern as invitations and the server hook. */
const CONTACT_EMAIL =
	/^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** One of the prospect's people the rep talks to. */
export const contactSchema = z.strictObject({
	name: plainText(120, { required: true, requiredMessage: 'Name the contact.' }),
	role: plainText(120).default(''),
	email: z.union([z.literal(''), z.string().regex(CONTACT_EMAIL, 'Enter an email address.')]).default(''),
	phone: plainText(40).default('')
});
export type Contact = z.infer<typeof contactSchema>;

/** Fields the app writes on an organization for sales mode (all optional for a plain business). */
export const workspaceInputFields = {
	msp: optionalRelation,
	stage: z.union([stageSchema, z.literal('')]).default(''),
	last_session: optionalDateTime,
	contacts: z
		.array(contactSchema)
		.max(10, 'At most 10 contacts.')
		.nullish()
		.transform((contacts) => contacts ?? [])
};

/** Fields the server sets (read-only to the app): what the MSP keeps, and when the hand-off happened. */
export const workspaceRecordFields = {
	msp_access: z.union([mspAccessSchema, z.literal('')]).default(''),
	handed_off: optionalDateTime
};

/** The hand-off request: what the prospect lets the MSP keep. */
export const handOffSchema = z.object({
	msp_access: z.enum(['viewer', 'none'], { error: 'Choose what the MSP keeps: viewer or none.' })
});
export type HandOff = z.infer<typeof handOffSchema>;

/** True when the organization is a prospect workspace (held by an MSP). */
export function isWorkspace(organization: { msp?: string }): boolean {
	return typeof organization.msp === 'string' && recordId.safeParse(organization.msp).success;
}

/** What the prospect's Home says about the MSP that set the workspace up (`takeOverNotice`). */
export type TakeOverNotice = {
	/** The MSP is not named: the prospect cannot read the MSP organization (docs/sales-mode.md). */
	provider: string;
	handedOff: boolean;
	/** What the MSP keeps now: `manage` before the hand-off, then the prospect's choice. */
	access: MspAccess | '';
};

/**
 * Whether `userId` should be offered the take-over of `organization`: it is a prospect workspace,
 * the person is an owner of it by their own membership, and is no member of the MSP holding it
 * (the rep is its owner too until the hand-off, and the server refuses the hand-off to them).
 * `memberships` are the person's own memberships known on this device.
 */
export function takeOverNotice(
	organization: { id: string; msp?: string; msp_access?: string; handed_off?: string },
	memberships: readonly { organization: string; user: string; role: string }[],
	userId: string
): TakeOverNotice | null {
	if (!userId || !isWorkspace(organization)) return null;
	const mine = memberships.filter((m) => m.user === userId);
	const owner = mine.some((m) => m.organization === organization.id && m.role === 'owner');
	const inMsp = mine.some((m) => m.organization === organization.msp);
	if (!owner || inMsp) return null;
	const access = mspAccessSchema.safeParse(organization.msp_access);
	return {
		provider: 'Your IT provider',
		handedOff: !!organization.handed_off,
		access: access.success ? access.data : ''
	};
}

/** The sentence the take-over card opens with. */
export function takeOverSummary(notice: TakeOverNotice): string {
	if (!notice.handedOff) {
		return `${notice.provider} set this up for you. Take it over: choose what they keep.`;
	}
	return notice.access === 'viewer'
		? `The workspace is yours. ${notice.provider} keeps read-only access.`
		: `The workspace is yours. ${notice.provider} keeps nothing: it left their pipeline.`;
}
