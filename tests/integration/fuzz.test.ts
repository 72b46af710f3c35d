// Fuzzing the real API: fast-check turns valid bodies of every app collection into broken ones
// (any value at any depth, unknown keys, lone surrogates, markup, huge and empty texts, wrong
// types) and sends them as creates and updates, alone and through /api/batch, to a real PocketBase.
// Every answer must be a 2xx or a 4xx, never a 5xx; a 400 names its field; a refused create leaves
// nothing behind; whatever was accepted is read back and must pass the app's own record schema.
// FUZZ_RUNS (default 300) sets how many payloads; `npm run bench` (bench/fuzz.mjs) runs 10,000 and
// reads FUZZ_REPORT, the counts written here.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { ClientResponseError } from 'pocketbase';
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSchemas, type CollectionName } from '../../src/lib/domain/schemas';
import {
	assessmentBody,
	checklistBody,
	decisionBody,
	newId,
	providerBody,
	seatBody,
	startServer,
	type Server
} from './world';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

let server: Server;
let owner: PocketBase;
/** A valid body per collection, and the record each update targets. */
const valid = {} as Record<CollectionName, () => Record<string, unknown>>;
const target = {} as Record<CollectionName, string>;

const counts = {
	requests: 0,
	ok: 0,
	refused: 0,
	server_errors: 0,
	unnamed_400: 0,
	invalid_stored: 0,
	left_behind: 0,
	batch_rule_unnamed: 0,
	/** Payloads holding a lone UTF-16 surrogate somewhere (proof the generator sends them). */
	lone_surrogates: 0
};
const problems: string[] = [];

beforeAll(async () => {
	server = await startServer();
	const me = await server.user('fuzzer');
	const other = await server.user('member');
	const third = await server.user('third');
	owner = me.client;
	const values = [
		{ id: 'care', name: 'Care', meaning: '' },
		{ id: 'grit', name: 'Grit', meaning: '' },
		{ id: 'truth', name: 'Truth', meaning: '' }
	];
	const org = (
		await owner.collection('organizations').create({ name: 'Fuzz', kind: 'msp', core_values: values })
	).id;
	const seat = (await owner.collection('seats').create(seatBody(org))).id;
	const provider = (await owner.collection('providers').create(providerBody(org))).id;
	valid.organizations = () => ({
		name: 'Fuzzed org',
		kind: 'business',
		core_values: values,
		values_bar: { max_mixed: 1, max_minus: 0 }
	});
	valid.memberships = () => ({ organization: org, user: third.id, role: 'viewer' });
	valid.invitations = () => ({
		organization: org,
		email: `invitee-${newId()}@rightseat.test`,
		role: 'editor'
	});
	valid.seats = () => seatBody(org);
	valid.providers = () => providerBody(org);
	valid.checklists = () => checklistBody(org);
	valid.assessments = () =>
		assessmentBody(
			org,
			{ seat, provider },
			{ core_values: [{ value_id: 'care', rating: 'plus', note: 'Shows up.' }] }
		);
	valid.decisions = () => decisionBody(org, { seat, provider });
	// `org` is an MSP: a prospect workspace of it, and the MSP's private records about it
	const workspace = (
		await owner.collection('organizations').create({ name: 'Prospect', kind: 'business', msp: org })
	).id;
	valid.msp_notes = () => ({ organization: org, workspace, question: 'q1', text: 'Asked about backups.' });
	// one fit per (MSP, workspace): the fuzzed creates name none
	valid.msp_fits = () => ({
		organization: org,
		workspace: '',
		criteria: { model: { score: 3, note: 'Wants a roadmap.' } },
		summary: 'Good fit.',
		shared: false
	});
	// update targets; the organization target is its own, so fuzzed values never touch `org`
	target.organizations = (await owner.collection('organizations').create(valid.organizations())).id;
	target.memberships = (
		await owner.collection('memberships').create({ organization: org, user: other.id, role: 'viewer' })
	).id;
	for (const c of [
		'invitations',
		'seats',
		'providers',
		'checklists',
		'assessments',
		'decisions',
		'msp_notes',
		'msp_fits'
	] as const) {
		target[c] = (await owner.collection(c).create(valid[c]())).id;
	}
}, 120_000);

afterAll(async () => {
	if (process.env.FUZZ_REPORT)
		writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ ...counts, problems }));
	await server?.stop();
});

/**
 * Text with any code point, halves of surrogate pairs included (`unit: 'binary'`: a lone surrogate
 * is a string JSON.stringify sends as `\ud800`, which PocketBase cannot decode; the server must
 * still name the field, pb_hooks/lib/broken-text.js), and whole graphemes (emoji, combining marks).
 */
const anyText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 40 })
);

/** Values no field should trust. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
	fc.string({ maxLength: 40 }),
	anyText,
	fc.constantFrom(
		'',
		'   ',
		'<b>bold</b>',
		'a < b',
		'<!-- x -->',
		'😀',
		'\u0000',
		'\ud800',
		'note \udfff end',
		'\udc00\ud83d',
		'x'.repeat(5000),
		'😀'.repeat(2001),
		'2026-02-30 10:00:00.000Z',
		'n/a',
		'aaaaaaaaaaaaaaa',
		'{"get":{"answer":"yes"}}',
		'plus_minus'
	),
	fc.integer(),
	fc.double(),
	fc.constantFrom(5, -1, 0.5, 1e308, Number.MAX_SAFE_INTEGER),
	fc.boolean(),
	fc.constant(null),
	fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 7 }),
	fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
);

/** Every path inside `value` (objects and arrays), the root included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	const found = [prefix];
	if (Array.isArray(value)) value.forEach((item, i) => found.push(...paths(item, [...prefix, i])));
	else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
	}
	return found;
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown) {
	let node = root as Record<string | number, unknown>;
	for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
	node[path[path.length - 1]!] = value;
}

const mutation = fc.record({
	at: fc.nat(),
	value: hostile,
	key: fc.option(fc.string({ maxLength: 12 }), { nil: undefined })
});

const COLLECTIONS = Object.keys(recordSchemas) as CollectionName[];

const payload = fc.record({
	collection: fc.constantFrom(...COLLECTIONS),
	action: fc.constantFrom('create', 'update'),
	batch: fc.boolean(),
	mutations: fc.array(mutation, { minLength: 1, maxLength: 3 })
});

type Mutation = { at: number; value: unknown; key: string | undefined };
type Payload = {
	collection: CollectionName;
	action: 'create' | 'update';
	batch: boolean;
	mutations: Mutation[];
};

/** The valid body of `collection` broken by `mutations` (structuredClone keeps it JSON). */
function broken(collection: CollectionName, mutations: Mutation[]) {
	const body = structuredClone(valid[collection]()) as Record<string, unknown>;
	for (const m of mutations) {
		const all = paths(body).filter((p) => p.length > 0);
		const path = all[m.at % all.length]!;
		if (m.key !== undefined) {
			// an unknown key next to the chosen value (or at the top)
			const parent = path.slice(0, -1);
			const holder = parent.length
				? parent.reduce<unknown>((n, s) => (n as Record<string | number, unknown>)[s], body)
				: body;
			if (holder && typeof holder === 'object' && !Array.isArray(holder))
				(holder as Record<string, unknown>)[m.key] = m.value;
			else setAt(body, path, m.value);
		} else setAt(body, path, m.value);
	}
	return body;
}

interface Answer {
	status: number;
	data: Record<string, unknown>;
	record?: { id: string };
}

async function send(p: Payload, body: Record<string, unknown>, id: string): Promise<Answer> {
	try {
		if (p.batch) {
			const batch = owner.createBatch();
			if (p.action === 'create') batch.collection(p.collection).create({ ...body, id });
			else batch.collection(p.collection).update(id, body);
			const [result] = await batch.send();
			return { status: result!.status, data: {}, record: result!.body as { id: string } };
		}
		const record =
			p.action === 'create'
				? await owner.collection(p.collection).create({ ...body, id })
				: await owner.collection(p.collection).update(id, body);
		return { status: 200, data: {}, record };
	} catch (error) {
		if (!(error instanceof ClientResponseError)) throw error;
		let { status } = error;
		let data = (error.response?.data ?? {}) as Record<string, unknown>;
		// a refused batch names the refused request's own answer
		const inner = (
			data.requests as Record<string, { response?: { status?: number; data?: Record<string, unknown> } }>
		)?.[0]?.response;
		if (p.batch && inner) {
			status = inner.status ?? status;
			data = inner.data ?? {};
		}
		return { status, data };
	}
}

async function check(p: Payload): Promise<boolean> {
	const body = broken(p.collection, p.mutations);
	const id = p.action === 'create' ? newId() : target[p.collection];
	const answer = await send(p, body, id);
	counts.requests += 1;
	// JSON.stringify escapes a lone surrogate (a pair is written as is)
	if (/\\ud[89a-f]/i.test(JSON.stringify(body))) counts.lone_surrogates += 1;
	const where = `${p.action} ${p.collection}${p.batch ? ' (batch)' : ''} ${JSON.stringify(body).slice(0, 300)}`;
	if (answer.status >= 500) {
		counts.server_errors += 1;
		problems.push(`${answer.status}: ${where}`);
		return false;
	}
	if (answer.status >= 400) {
		counts.refused += 1;
		if (answer.status === 400 && Object.keys(answer.data).length === 0) {
			// Inside /api/batch PocketBase judges a create's API rule before any hook sees the body,
			// so a relation of the wrong type fails the rule, naming nothing. The same body alone
			// must name its field (the router middleware checks it before the rule).
			const alone = p.batch
				? await send({ ...p, batch: false }, body, p.action === 'create' ? newId() : id)
				: answer;
			if (alone.status !== 400 || Object.keys(alone.data).length === 0) {
				counts.unnamed_400 += 1;
				problems.push(`400 naming no field: ${where}`);
				return false;
			}
			counts.batch_rule_unnamed += 1;
		}
		if (p.action === 'create') {
			const left = await server.admin
				.collection(p.collection)
				.getOne(id)
				.then(
					() => true,
					() => false
				);
			if (left) {
				counts.left_behind += 1;
				problems.push(`refused but stored: ${where}`);
				return false;
			}
		}
		return true;
	}
	counts.ok += 1;
	const stored = await server.admin.collection(p.collection).getOne(id);
	const parsed = recordSchemas[p.collection].safeParse(stored);
	if (!parsed.success) {
		counts.invalid_stored += 1;
		problems.push(
			`stored invalid (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}): ${where}`
		);
		return false;
	}
	return true;
}

describe('fuzzed payloads against every collection (REST and /api/batch)', () => {
	it(`${RUNS} payloads: no 5xx, every 400 names its field, nothing invalid stored`, async () => {
		await fc.assert(fc.asyncProperty(payload, check), { numRuns: RUNS, endOnFailure: true });
		expect(counts.server_errors).toBe(0);
		expect(counts.unnamed_400).toBe(0);
		expect(counts.invalid_stored).toBe(0);
		expect(counts.left_behind).toBe(0);
		expect(counts.lone_surrogates).toBeGreaterThan(0);
		expect(counts.requests).toBeGreaterThanOrEqual(RUNS);
	}, 1_200_000);
});
