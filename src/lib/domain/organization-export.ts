import { z } from 'zod';
import type { AssessmentInput } from './assessment.schema';
import type { ChecklistInput } from './checklist.schema';
import type { DecisionInput } from './decision.schema';
import type { OrganizationInput } from './organization.schema';
import type { ProviderInput } from './provider.schema';
import { recordId } from './record.schema';
import type { SeatInput } from './seat.schema';

/** What a RightSeat organization export says it is; anything else is refused as a foreign file. */
export const EXPORT_FORMAT = 'rightseat/organization-export';
/** The document version this app writes and reads. */
export const EXPORT_VERSION = 1;

/** Records as the export holds them: the app's input fields, without the organization they belong to. */
export type SeatEntry = Omit<SeatInput, 'organization'>;
export type ProviderEntry = Omit<ProviderInput, 'organization'>;
export type ChecklistEntry = Omit<ChecklistInput, 'organization'>;
export type AssessmentEntry = Omit<AssessmentInput, 'organization'>;
export type DecisionEntry = Omit<DecisionInput, 'organization'>;

/** A person named by the export (assessors and deciders): an id to refer to, and a name to read. */
export interface ExportPerson {
	id: string;
	name: string;
}

/**
 * A whole organization as one JSON document: its values, seats, providers, own checklist versions,
 * assessments and decisions. Memberships, invitations, share links and the logo stay behind (they
 * belong to accounts and files, not to the method's content). Ids are the source's; an import gives
 * every record a new one.
 */
export interface OrganizationExport {
	format: typeof EXPORT_FORMAT;
	version: typeof EXPORT_VERSION;
	exported_at: string;
	organization: OrganizationInput;
	people: ExportPerson[];
	seats: SeatEntry[];
	providers: ProviderEntry[];
	checklists: ChecklistEntry[];
	assessments: AssessmentEntry[];
	decisions: DecisionEntry[];
}

/**
 * Fields a record carries that the export leaves out: server-made, belonging to accounts, or sales-mode
 * ties to another organization (the MSP a workspace belongs to, its hand-off and a blind round's
 * assessors), which an import into a new organization must not claim (docs/sales-mode.md).
 */
const NOT_EXPORTED = [
	'organization',
	'created',
	'updated',
	'members',
	'writers',
	'owners',
	'logo',
	'msp',
	'stage',
	'last_session',
	'contacts',
	'msp_access',
	'handed_off',
	'blind',
	'blind_assessors',
	'revealed'
];

/** A record without the fields an export leaves out (also applied when an export is read back). */
export function exportedFields<T>(record: Record<string, unknown>): T {
	return Object.fromEntries(Object.entries(record).filter(([key]) => !NOT_EXPORTED.includes(key))) as T;
}

/** A stable order that does not depend on ids or timestamps, so two exports of the same content match. */
function contentKey(value: Record<string, unknown>, idFields: readonly string[]): string {
	return JSON.stringify(Object.entries(value).filter(([key]) => !idFields.includes(key) && key !== 'id'));
}

function sorted<T extends object>(list: readonly T[], idFields: readonly string[]): T[] {
	const keyed = list.map((item) => ({ item, key: contentKey(item as Record<string, unknown>, idFields) }));
	return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ item }) => item);
}

/** The fields that hold record ids, per list (everything else is content). */
export const REFERENCE_FIELDS = {
	seats: ['parent'],
	providers: [],
	checklists: [],
	assessments: ['seat', 'provider', 'checklist', 'assessor'],
	decisions: ['seat', 'provider', 'decided_by']
} as const;

/** What {@link buildOrganizationExport} reads: the organization's records as the app stores them. */
export interface ExportSource {
	organization: OrganizationInput & Record<string, unknown>;
	seats: ReadonlyArray<SeatInput & Record<string, unknown>>;
	providers: ReadonlyArray<ProviderInput & Record<string, unknown>>;
	/** Only the organization's own versions; the built-in one is referred to by its fixed id. */
	checklists: ReadonlyArray<ChecklistInput & Record<string, unknown>>;
	assessments: ReadonlyArray<AssessmentInput & Record<string, unknown>>;
	decisions: ReadonlyArray<DecisionInput & Record<string, unknown>>;
	personName(id: string): string;
	exportedAt: string;
}

/** The export document of an organization (pure: the data layer reads the records). */
export function buildOrganizationExport(source: ExportSource): OrganizationExport {
	const own = <T extends { organization: string }>(list: readonly T[]) =>
		list.filter((r) => r.organization === source.organization.id);
	const assessments = own(source.assessments);
	const decisions = own(source.decisions);
	const personIds = [
		...new Set([...assessments.map((a) => a.assessor), ...decisions.map((d) => d.decided_by)])
	];
	return {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exported_at: source.exportedAt,
		organization: exportedFields<OrganizationInput>(source.organization),
		people: sorted(
			personIds.map((id) => ({ id, name: source.personName(id) })),
			[]
		),
		seats: sorted(own(source.seats).map(exportedFields<SeatEntry>), REFERENCE_FIELDS.seats),
		providers: sorted(own(source.providers).map(exportedFields<ProviderEntry>), []),
		checklists: sorted(own(source.checklists).map(exportedFields<ChecklistEntry>), []),
		assessments: sorted(assessments.map(exportedFields<AssessmentEntry>), REFERENCE_FIELDS.assessments),
		decisions: sorted(decisions.map(exportedFields<DecisionEntry>), REFERENCE_FIELDS.decisions)
	};
}

const item = z.looseObject({ id: recordId });

/**
 * The document's frame. Entries are only required to be objects with an id here; their content is
 * checked by the app's own record schemas when the import reads it (organization-import.ts).
 */
export const organizationExportFrameSchema = z.strictObject({
	format: z.literal(EXPORT_FORMAT),
	version: z.literal(EXPORT_VERSION),
	exported_at: z.string().max(40),
	organization: item,
	people: z.array(z.strictObject({ id: recordId, name: z.string().max(120) })).max(1000),
	seats: z.array(item).max(1000),
	providers: z.array(item).max(1000),
	checklists: z.array(item).max(1000),
	assessments: z.array(item).max(50_000),
	decisions: z.array(item).max(10_000)
});
