import type { z } from 'zod';
import { BUILTIN_CHECKLIST_ID, builtinChecklist } from './checklist';
import type { Question } from './checklist.schema';
import {
	EXPORT_FORMAT,
	EXPORT_VERSION,
	exportedFields,
	organizationExportFrameSchema,
	type OrganizationExport
} from './organization-export';
import { newRecordId } from './record.schema';
import { collectionSchemas, type CollectionName } from './schemas';
import { wouldCreateCycle } from './seat.schema';
import { submissionProblems } from './submission';

/** A readable document, or every reason it is refused (nothing is written either way by this module). */
export type ExportReading = { ok: true; document: OrganizationExport } | { ok: false; problems: string[] };

const FOREIGN = 'This file is not a RightSeat organization export: choose a file exported from RightSeat.';
const MAX_PROBLEMS = 20;

type ListName = 'seats' | 'providers' | 'checklists' | 'assessments' | 'decisions';
const LISTS: ListName[] = ['seats', 'providers', 'checklists', 'assessments', 'decisions'];
const SINGULAR: Record<ListName, string> = {
	seats: 'Seat',
	providers: 'Provider',
	checklists: 'Checklist',
	assessments: 'Assessment',
	decisions: 'Decision'
};

function issues(prefix: string, error: z.ZodError): string[] {
	return error.issues.map((issue) => {
		const path = issue.path.map(String).join('.');
		return `${prefix}${path === '' ? '' : `${path}: `}${issue.message}`;
	});
}

function label(list: ListName, index: number, entry: Record<string, unknown>): string {
	const name = typeof entry.name === 'string' && entry.name !== '' ? ` "${entry.name}"` : '';
	return `${SINGULAR[list]} ${index + 1}${name}`;
}

/** Parses every entry with the app's own record schema; returns the parsed document and problems. */
function parseEntries(frame: z.infer<typeof organizationExportFrameSchema>) {
	const problems: string[] = [];
	const org = collectionSchemas.organizations.safeParse(frame.organization);
	if (!org.success) problems.push(...issues('Organization: ', org.error));
	const organization = frame.organization.id;
	const parsed = {} as Record<ListName, Array<Record<string, unknown>>>;
	for (const list of LISTS) {
		parsed[list] = frame[list].map((raw, index) => {
			const result = collectionSchemas[list as CollectionName].safeParse({ ...raw, organization });
			if (!result.success) {
				problems.push(...issues(`${label(list, index, raw)}: `, result.error));
				return raw;
			}
			return exportedFields<Record<string, unknown>>(result.data as Record<string, unknown>);
		});
	}
	const readOrganization = org.success
		? exportedFields(org.data as Record<string, unknown>)
		: frame.organization;
	return { problems, organization: readOrganization, parsed };
}

/** Ids used twice, references to records the file does not hold, loops, incomplete submissions. */
function integrityProblems(doc: OrganizationExport): string[] {
	const problems: string[] = [];
	const all = [doc.organization.id, ...LISTS.flatMap((list) => doc[list].map((e) => e.id))];
	const seen = new Set<string>();
	for (const id of all) {
		if (seen.has(id)) problems.push(`The id ${id} is used by two records.`);
		seen.add(id);
	}
	const ids = (list: ListName) => new Set(doc[list].map((e) => e.id));
	const seats = ids('seats');
	const providers = ids('providers');
	const people = new Set(doc.people.map((p) => p.id));
	const checklists = new Map<string, { questions: readonly Question[] }>(
		doc.checklists.map((c) => [c.id, c])
	);
	checklists.set(BUILTIN_CHECKLIST_ID, builtinChecklist);
	const missing = (what: string, where: string, id: string) =>
		problems.push(`${where}: refers to ${what} ${id}, which the file does not hold.`);
	doc.seats.forEach((seat, i) => {
		const where = label('seats', i, seat);
		if (seat.parent && !seats.has(seat.parent)) missing('the seat', where, seat.parent);
		else if (seat.parent && wouldCreateCycle(doc.seats, seat.id, seat.parent)) {
			problems.push(`${where}: its parent makes the chart a loop.`);
		}
	});
	doc.assessments.forEach((a, i) => {
		const where = label('assessments', i, a);
		if (!seats.has(a.seat)) missing('the seat', where, a.seat);
		if (!providers.has(a.provider)) missing('the provider', where, a.provider);
		if (!people.has(a.assessor)) missing('the person', where, a.assessor);
		const checklist = checklists.get(a.checklist);
		if (!checklist) missing('the checklist', where, a.checklist);
		else if (a.status === 'submitted') {
			const open = submissionProblems(a, checklist, doc.organization);
			if (open.length > 0) problems.push(`${where}: submitted but incomplete — ${open[0]!.message}`);
		}
	});
	doc.decisions.forEach((d, i) => {
		const where = label('decisions', i, d);
		if (!seats.has(d.seat)) missing('the seat', where, d.seat);
		if (!providers.has(d.provider)) missing('the provider', where, d.provider);
		if (!people.has(d.decided_by)) missing('the person', where, d.decided_by);
	});
	return problems;
}

function refused(problems: string[]): ExportReading {
	const shown = problems.slice(0, MAX_PROBLEMS);
	if (problems.length > MAX_PROBLEMS) shown.push(`…and ${problems.length - MAX_PROBLEMS} more problems.`);
	return { ok: false, problems: shown };
}

/**
 * Reads an organization export (already parsed JSON): a foreign file, another version, a malformed
 * record or a broken reference is refused with every reason, each naming the record and field.
 */
export function readOrganizationExport(raw: unknown): ExportReading {
	const marked =
		typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === EXPORT_FORMAT;
	if (!marked) return refused([FOREIGN]);
	const version = (raw as { version?: unknown }).version;
	if (version !== EXPORT_VERSION) {
		return refused([`This export is version ${String(version)}; this app reads version ${EXPORT_VERSION}.`]);
	}
	const frame = organizationExportFrameSchema.safeParse(raw);
	if (!frame.success) return refused(issues('', frame.error));
	const { problems, organization, parsed } = parseEntries(frame.data);
	if (problems.length > 0) return refused(problems);
	const document = { ...frame.data, organization, ...parsed } as unknown as OrganizationExport;
	const broken = integrityProblems(document);
	return broken.length > 0 ? refused(broken) : { ok: true, document };
}

/** Reads the text of an export file (JSON), refusing what is not JSON with a clear message. */
export function readOrganizationExportText(text: string): ExportReading {
	try {
		return readOrganizationExport(JSON.parse(text.replace(/^\uFEFF/, '')));
	} catch {
		return refused([`${FOREIGN} (It is not valid JSON.)`]);
	}
}

/** The records an import creates, in an order where every record comes after those it points at. */
export interface ImportPlan {
	organizationId: string;
	writes: Array<{ collection: CollectionName; input: Record<string, unknown> }>;
}

/** Seats with their parents first (the file was checked for loops). */
function parentsFirst<T extends { id: string; parent: string }>(seats: readonly T[]): T[] {
	const byId = new Map(seats.map((s) => [s.id, s]));
	const ordered: T[] = [];
	const placed = new Set<string>();
	const place = (seat: T) => {
		if (placed.has(seat.id)) return;
		placed.add(seat.id);
		const parent = byId.get(seat.parent);
		if (parent) place(parent);
		ordered.push(seat);
	};
	seats.forEach(place);
	return ordered;
}

/**
 * The import of a checked document into a NEW organization: every record gets a new id (references
 * follow), the built-in checklist keeps its fixed id, and `actor` signs every assessment and
 * decision (the server only accepts records signed by their author; the names of the original
 * authors stay in the file).
 */
export function planImport(
	doc: OrganizationExport,
	options: { actor: string; newId?: () => string; name?: string }
): ImportPlan {
	const fresh = options.newId ?? newRecordId;
	const ids = new Map<string, string>([[BUILTIN_CHECKLIST_ID, BUILTIN_CHECKLIST_ID]]);
	for (const id of [doc.organization.id, ...LISTS.flatMap((list) => doc[list].map((e) => e.id))]) {
		ids.set(id, fresh());
	}
	const to = (id: string) => (id === '' ? '' : (ids.get(id) as string));
	const organization = to(doc.organization.id);
	const write = (collection: CollectionName, input: Record<string, unknown>) => ({
		collection,
		input: {
			...input,
			id: to(input.id as string),
			...(collection === 'organizations' ? {} : { organization })
		}
	});
	return {
		organizationId: organization,
		writes: [
			write('organizations', { ...doc.organization, name: options.name ?? doc.organization.name }),
			...parentsFirst(doc.seats).map((s) => write('seats', { ...s, parent: to(s.parent) })),
			...doc.providers.map((p) => write('providers', { ...p })),
			...doc.checklists.map((c) => write('checklists', { ...c })),
			...doc.assessments.map((a) =>
				write('assessments', {
					...a,
					seat: to(a.seat),
					provider: to(a.provider),
					checklist: to(a.checklist),
					assessor: options.actor
				})
			),
			...doc.decisions.map((d) =>
				write('decisions', { ...d, seat: to(d.seat), provider: to(d.provider), decided_by: options.actor })
			)
		]
	};
}

/**
 * The document with every record id replaced by a label derived from content (`seats#0`, …), for
 * comparing two exports "modulo ids" (the round-trip property). `exported_at` is left out.
 */
export function canonicalExport(doc: OrganizationExport): unknown {
	const labels = new Map<string, string>([
		[BUILTIN_CHECKLIST_ID, BUILTIN_CHECKLIST_ID],
		['', '']
	]);
	labels.set(doc.organization.id, 'organization');
	const keyOf = (e: object) => JSON.stringify({ ...e, id: undefined, parent: undefined });
	for (const list of ['seats', 'providers', 'checklists'] as const) {
		[...doc[list]]
			.sort((a, b) => keyOf(a).localeCompare(keyOf(b)))
			.forEach((e, i) => labels.set(e.id, `${list}#${i}`));
	}
	[...doc.people]
		.sort((a, b) => a.name.localeCompare(b.name))
		.forEach((p, i) => labels.set(p.id, `person#${i}`));
	const relabel = (e: Record<string, unknown>) =>
		Object.fromEntries(
			Object.entries(e).map(([key, value]) => [
				key,
				typeof value === 'string' && labels.has(value) ? labels.get(value) : value
			])
		);
	const list = (entries: readonly object[], keepId: boolean) =>
		entries
			.map((e) => relabel(keepId ? { ...e } : { ...e, id: '' }))
			.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
	return {
		format: doc.format,
		version: doc.version,
		organization: relabel({ ...doc.organization }),
		people: list(doc.people, true),
		seats: list(doc.seats, true),
		providers: list(doc.providers, true),
		checklists: list(doc.checklists, true),
		assessments: list(doc.assessments, false),
		decisions: list(doc.decisions, false)
	};
}
