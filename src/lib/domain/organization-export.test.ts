import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKLIST_ID, builtinChecklist } from './checklist';
import { answersOf, gwc } from './fixtures.testing';
import { buildOrganizationExport, type ExportSource, type OrganizationExport } from './organization-export';
import {
	canonicalExport,
	planImport,
	readOrganizationExport,
	readOrganizationExportText
} from './organization-import';
import { collectionSchemas, newRecordId, type CollectionName } from './schemas';

const ORG = newRecordId();
const PEOPLE = { ana: newRecordId(), ben: newRecordId() };
const NAMES: Record<string, string> = { [PEOPLE.ana]: 'Ana', [PEOPLE.ben]: 'Ben' };
const values = ['humble', 'hungry', 'smart'].map((id) => ({ id, name: id, meaning: '' }));

function record<T extends object>(input: T) {
	return { created: '2026-01-01 00:00:00.000Z', updated: '2026-01-01 00:00:00.000Z', ...input };
}

interface Shape {
	seats: string[];
	providers: string[];
	assessments: Array<{
		seat: number;
		provider: number;
		by: 'ana' | 'ben';
		scores: number[];
		submitted: boolean;
		custom: boolean;
	}>;
	decisions: Array<{ seat: number; provider: number; by: 'ana' | 'ben'; reason: string }>;
}

/** An organization's records shaped by `shape` (seat n reports to seat n−1). */
function source(shape: Shape): ExportSource {
	const seatIds = shape.seats.map(() => newRecordId());
	const providerIds = shape.providers.map(() => newRecordId());
	const custom = {
		id: newRecordId(),
		organization: ORG,
		family: 'ours',
		name: 'Our checklist',
		version: 1,
		locked: true,
		questions: [{ id: 'q01', text: 'On time?', guidance: '', dimension: 'capacity' as const, weight: 2 }]
	};
	return {
		organization: record({
			id: ORG,
			name: 'Northwind',
			kind: 'business' as const,
			core_values: values,
			values_bar: { max_mixed: 1, max_minus: 0 },
			members: [PEOPLE.ana],
			logo: 'x.png',
			msp: '',
			stage: '' as const,
			last_session: '',
			contacts: []
		}),
		seats: shape.seats.map((name, i) =>
			record({
				id: seatIds[i]!,
				organization: ORG,
				name,
				purpose: '',
				parent: i === 0 ? '' : seatIds[i - 1]!,
				kind: 'service_provider' as const,
				accountable_owner: '',
				responsibilities: ['Backups', 'Help desk'],
				metrics: [],
				review_interval_months: i % 3
			})
		),
		providers: shape.providers.map((name, i) =>
			record({
				id: providerIds[i]!,
				organization: ORG,
				name,
				website: 'https://acme-it.example',
				status: 'prospective' as const,
				contact: 'sales@acme-it.example',
				notes: `Notes on ${name}`,
				msp_self: false,
				blind: false,
				blind_assessors: [],
				revealed: false
			})
		),
		checklists: [record(custom)],
		assessments: shape.assessments.map((a, i) =>
			record({
				id: newRecordId(),
				organization: ORG,
				seat: seatIds[a.seat % seatIds.length]!,
				provider: providerIds[a.provider % providerIds.length]!,
				checklist: a.custom ? custom.id : BUILTIN_CHECKLIST_ID,
				assessor: PEOPLE[a.by],
				status: a.submitted ? ('submitted' as const) : ('draft' as const),
				gwc: gwc('yes', 'yes', a.submitted ? 'no' : null),
				core_values: values.map((v) => ({ value_id: v.id, rating: 'plus' as const, note: '' })),
				answers: a.custom
					? { q01: { score: (a.scores[0] ?? 2) as 0, note: `note ${i}` } }
					: answersOf(a.scores.map((s) => s as 0)),
				responsibility_fit: [{ responsibility: 'Backups', score: 3, note: '' }],
				summary: `Summary ${i}`,
				assessed_at: a.submitted ? `2026-0${(i % 9) + 1}-10 09:00:00.000Z` : ''
			})
		),
		decisions: shape.decisions.map((d, i) =>
			record({
				id: newRecordId(),
				organization: ORG,
				seat: seatIds[d.seat % seatIds.length]!,
				provider: providerIds[d.provider % providerIds.length]!,
				decided_by: PEOPLE[d.by],
				reason: d.reason,
				decided_at: `2026-02-${String((i % 27) + 1).padStart(2, '0')} 09:00:00.000Z`,
				consensus_score: null,
				consensus_reason: ''
			})
		),
		personName: (id) => NAMES[id] ?? '',
		exportedAt: '2026-03-01 09:00:00.000Z'
	};
}

const example: Shape = {
	seats: ['Leadership', 'Managed IT'],
	providers: ['Acme IT', 'Bolt MSP'],
	assessments: [
		{
			seat: 1,
			provider: 0,
			by: 'ana',
			scores: [4, 3, 2, 1, 0, 4, 3, 2, 1, 0],
			submitted: true,
			custom: false
		},
		{ seat: 1, provider: 1, by: 'ben', scores: [3], submitted: true, custom: true },
		{ seat: 1, provider: 1, by: 'ana', scores: [2, 2], submitted: false, custom: false }
	],
	decisions: [{ seat: 1, provider: 0, by: 'ben', reason: 'Keep Acme.' }]
};

/** Imports `doc` the way the data layer does: each write becomes a stored record. */
function importedSource(doc: OrganizationExport, actor: string, actorName: string): ExportSource {
	const plan = planImport(doc, { actor });
	const of = (collection: CollectionName) =>
		plan.writes
			.filter((w) => w.collection === collection)
			.map((w) => record(collectionSchemas[collection].parse(w.input) as Record<string, unknown>));
	return {
		organization: of('organizations')[0] as unknown as ExportSource['organization'],
		seats: of('seats') as unknown as ExportSource['seats'],
		providers: of('providers') as unknown as ExportSource['providers'],
		checklists: of('checklists') as unknown as ExportSource['checklists'],
		assessments: of('assessments') as unknown as ExportSource['assessments'],
		decisions: of('decisions') as unknown as ExportSource['decisions'],
		personName: (id) => (id === actor ? actorName : ''),
		exportedAt: '2026-04-01 09:00:00.000Z'
	};
}

/** The document as if one person had made every record (what an import into one account keeps). */
function signedBy(doc: OrganizationExport, person: { id: string; name: string }): OrganizationExport {
	return {
		...doc,
		people: doc.people.length === 0 ? [] : [person],
		assessments: doc.assessments.map((a) => ({ ...a, assessor: person.id })),
		decisions: doc.decisions.map((d) => ({ ...d, decided_by: person.id }))
	};
}

describe('export', () => {
	it('holds the content and the people, not accounts, logos or timestamps', () => {
		const doc = buildOrganizationExport(source(example));
		expect(doc.organization).toEqual({
			id: ORG,
			name: 'Northwind',
			kind: 'business',
			core_values: values,
			values_bar: { max_mixed: 1, max_minus: 0 }
		});
		expect(doc.people.map((p) => p.name).sort()).toEqual(['Ana', 'Ben']);
		expect([
			doc.seats.length,
			doc.providers.length,
			doc.checklists.length,
			doc.assessments.length,
			doc.decisions.length
		]).toEqual([2, 2, 1, 3, 1]);
		expect(JSON.stringify(doc)).not.toMatch(/"(created|updated|members|logo)"/);
		expect(readOrganizationExport(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, document: doc });
	});
});

describe('import', () => {
	it('gives every record a new id, keeps the built-in checklist, and signs authored records by the importer', () => {
		const doc = buildOrganizationExport(source(example));
		const actor = newRecordId();
		const plan = planImport(doc, { actor });
		const old = new Set([
			doc.organization.id,
			...doc.seats.map((s) => s.id),
			...doc.providers.map((p) => p.id),
			...doc.assessments.map((a) => a.id)
		]);
		expect(plan.writes.map((w) => w.collection)).toEqual([
			'organizations',
			'seats',
			'seats',
			'providers',
			'providers',
			'checklists',
			'assessments',
			'assessments',
			'assessments',
			'decisions'
		]);
		const created = new Set<string>();
		for (const { collection, input } of plan.writes) {
			expect(collectionSchemas[collection].safeParse(input).success, collection).toBe(true);
			expect(old.has(input.id as string)).toBe(false);
			for (const ref of ['organization', 'seat', 'provider', 'parent']) {
				const target = input[ref];
				if (typeof target === 'string' && target !== '')
					expect(created.has(target), `${collection}.${ref}`).toBe(true);
			}
			created.add(input.id as string);
		}
		const assessments = plan.writes.filter((w) => w.collection === 'assessments').map((w) => w.input);
		expect(assessments.every((a) => a.assessor === actor)).toBe(true);
		expect(assessments.map((a) => a.checklist)).toContain(BUILTIN_CHECKLIST_ID);
	});

	it('export → import → export gives the same document modulo ids (one author: exactly)', () => {
		const ana = { id: PEOPLE.ana, name: 'Ana' };
		const doc = signedBy(buildOrganizationExport(source(example)), ana);
		const actor = newRecordId();
		const again = buildOrganizationExport(importedSource(doc, actor, 'Ana'));
		expect(again.organization.id).not.toBe(doc.organization.id);
		expect(canonicalExport(again)).toEqual(canonicalExport(doc));
	});

	it('round-trips any organization modulo ids and authors (property)', () => {
		const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && !s.includes('<'));
		const shape = fc.record({
			seats: fc.uniqueArray(name, { minLength: 1, maxLength: 4 }),
			providers: fc.uniqueArray(name, { minLength: 1, maxLength: 4 }),
			assessments: fc.array(
				fc.record({
					seat: fc.nat(5),
					provider: fc.nat(5),
					by: fc.constantFrom('ana' as const, 'ben' as const),
					scores: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 10, maxLength: 10 }),
					submitted: fc.boolean(),
					custom: fc.boolean()
				}),
				{ maxLength: 6 }
			),
			decisions: fc.array(
				fc.record({
					seat: fc.nat(5),
					provider: fc.nat(5),
					by: fc.constantFrom('ana' as const, 'ben' as const),
					reason: name
				}),
				{ maxLength: 3 }
			)
		});
		fc.assert(
			fc.property(shape, (s) => {
				const doc = buildOrganizationExport(source(s));
				const read = readOrganizationExport(JSON.parse(JSON.stringify(doc)));
				expect(read.ok).toBe(true);
				const actor = { id: newRecordId(), name: 'Importer' };
				const again = buildOrganizationExport(importedSource(doc, actor.id, actor.name));
				expect(canonicalExport(again)).toEqual(canonicalExport(signedBy(doc, actor)));
			}),
			{ numRuns: 40 }
		);
	});
});

describe('refusals (a clear message, nothing imported)', () => {
	const good = () =>
		JSON.parse(JSON.stringify(buildOrganizationExport(source(example)))) as Record<string, unknown> &
			OrganizationExport;
	const problems = (raw: unknown) => {
		const read = readOrganizationExport(raw);
		expect(read.ok).toBe(false);
		return read.ok ? [] : read.problems;
	};

	it('a foreign file, another version, or no JSON at all', () => {
		expect(problems({ hello: 'world' })).toEqual([
			expect.stringMatching(/not a RightSeat organization export/)
		]);
		expect(problems([1, 2])).toEqual([expect.stringMatching(/not a RightSeat/)]);
		expect(problems({ ...good(), version: 2 })).toEqual([
			'This export is version 2; this app reads version 1.'
		]);
		const text = readOrganizationExportText('{"format": ');
		expect(text.ok ? [] : text.problems).toEqual([expect.stringMatching(/not valid JSON/)]);
		expect(readOrganizationExportText('\uFEFF' + JSON.stringify(good())).ok).toBe(true);
	});

	it('a malformed record, named with its field', () => {
		const doc = good();
		doc.seats[1]!.responsibilities = ['A', 'B', 'C', 'D', 'E', 'F'];
		expect(problems(doc)).toEqual([
			`Seat 2 "Managed IT": responsibilities: At most five responsibilities: the seat's top five.`
		]);
		const extra = good();
		(extra as Record<string, unknown>).secrets = [];
		expect(problems(extra)[0]).toMatch(/secrets/);
	});

	it('broken references, a repeated id, a loop, an incomplete submission', () => {
		const doc = good();
		doc.assessments[0]!.provider = newRecordId();
		doc.decisions[0]!.decided_by = newRecordId();
		doc.providers[1]!.id = doc.providers[0]!.id;
		doc.seats[0]!.parent = doc.seats[1]!.id;
		const submitted = doc.assessments.find(
			(a) => a.status === 'submitted' && a.checklist === BUILTIN_CHECKLIST_ID
		)!;
		submitted.answers = { q01: { score: 3, note: '' } };
		const found = problems(doc).join('\n');
		expect(found).toMatch(/refers to the provider .* which the file does not hold/);
		expect(found).toMatch(/Decision 1: refers to the person/);
		expect(found).toMatch(/is used by two records/);
		expect(found).toMatch(/makes the chart a loop/);
		expect(found).toContain(
			`submitted but incomplete — Answer question 2 (a score or n/a): ${builtinChecklist.questions[1]?.text}`
		);
	});
});
