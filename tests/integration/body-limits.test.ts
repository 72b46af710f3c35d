// Request body caps (issue 12, item 2): a create or update is refused from its Content-Length when it
// is larger than the largest legitimate record of its collection (pb_hooks/lib/body-limits.js), a
// batch's records are capped the same way before they are parsed, and an oversized text value is
// refused without counting its characters. How fast: `bench api.oversized.ms` (bench/oversized.mjs);
// tests assert what is refused and what still goes through, never a time.
import { request } from 'node:http';
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CHECKLIST_ID, builtinChecklist } from '../../src/lib/domain/checklist';
import {
	assessmentBody,
	failure,
	fieldErrors,
	newId,
	providerBody,
	seatBody,
	startServer,
	type Server
} from './world';

let server: Server;
let editor: { id: string; client: PocketBase };
let org: string;
let seat: string;
let provider: string;

beforeAll(async () => {
	server = await startServer();
	editor = await server.user('editor');
	org = (await editor.client.collection('organizations').create({ name: 'A', kind: 'business' })).id;
	seat = (
		await editor.client
			.collection('seats')
			.create(seatBody(org, { responsibilities: ['A', 'B', 'C', 'D', 'E'].map((c) => c.repeat(160)) }))
	).id;
	provider = (await editor.client.collection('providers').create(providerBody(org))).id;
}, 60_000);
afterAll(async () => {
	await server?.stop();
});

/** Sends `body` as JSON with the editor's token; resolves status and parsed answer. */
async function send(method: string, path: string, body: string) {
	const response = await fetch(`${server.pb.url}${path}`, {
		method,
		headers: { 'Content-Type': 'application/json', Authorization: editor.client.authStore.token },
		body
	});
	return { status: response.status, answer: (await response.json()) as Record<string, unknown> };
}

/** The largest assessment the app can write on the built-in checklist: every note and line at its limit. */
function largestAssessment(): Record<string, unknown> {
	const note = 'n'.repeat(2000);
	return assessmentBody(
		org,
		{ seat, provider, checklist: BUILTIN_CHECKLIST_ID },
		{
			id: newId(),
			gwc: {
				get: { answer: 'yes', note },
				want: { answer: 'no', note },
				capacity: { answer: null, note }
			},
			answers: Object.fromEntries(builtinChecklist.questions.map((q) => [q.id, { score: 4, note }])),
			responsibility_fit: ['A', 'B', 'C', 'D', 'E'].map((c) => ({
				responsibility: c.repeat(160),
				score: 3,
				note
			})),
			summary: 's'.repeat(4000)
		}
	);
}

describe('REST: a body larger than the collection allows', () => {
	it.for(['seats', 'providers', 'assessments', 'decisions', 'organizations', 'invitations', 'users'])(
		'%s: a 5 MB create is refused with 413 before it is read',
		async (collection) => {
			const body = JSON.stringify({ organization: org, name: 'x', purpose: 'p'.repeat(5_000_000) });
			const { status, answer } = await send('POST', `/api/collections/${collection}/records`, body);
			expect(status).toBe(413);
			expect(String(answer.message)).toContain(collection);
		}
	);

	it('an update of 1 MB is refused with 413 and the record is unchanged', async () => {
		const before = await editor.client.collection('seats').getOne(seat);
		const body = JSON.stringify({ purpose: 'p'.repeat(1_000_000) });
		expect((await send('PATCH', `/api/collections/seats/records/${seat}`, body)).status).toBe(413);
		expect((await editor.client.collection('seats').getOne(seat)).updated).toBe(before.updated);
	});

	it('a body without a length (chunked) is refused with 411', async () => {
		const status = await new Promise<number>((resolve, reject) => {
			const req = request(`${server.pb.url}/api/collections/seats/records`, {
				method: 'POST',
				headers: {
					'Content-Type': 'application/json',
					'Transfer-Encoding': 'chunked',
					Authorization: editor.client.authStore.token
				}
			});
			req.on('response', (res) => {
				res.resume();
				resolve(res.statusCode ?? 0);
			});
			req.on('error', reject);
			req.end(JSON.stringify(seatBody(org)));
		});
		expect(status).toBe(411);
	});

	it('the largest assessment the app writes goes through, in one request and in a batch of 25', async () => {
		const one = largestAssessment();
		expect(JSON.stringify(one).length).toBeGreaterThan(40_000);
		expect((await editor.client.collection('assessments').create(one)).id).toBe(one.id);
		const batch = editor.client.createBatch();
		const ids: string[] = [];
		for (let i = 0; i < 25; i++) {
			const record = largestAssessment();
			ids.push(String(record.id));
			batch.collection('assessments').create(record);
		}
		const results = await batch.send();
		expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
	});
});

describe('text over its limit, under the body cap', () => {
	it('a 150,000-character summary is refused naming the field', async () => {
		const body = largestAssessment();
		body.summary = 's'.repeat(150_000);
		const error = await failure(editor.client.collection('assessments').create(body));
		expect(fieldErrors(error).summary?.code).toBe('validation_max_text_constraint');
	});

	it('a note one character over is still counted and refused; at the limit in emoji it is accepted', async () => {
		const over = largestAssessment();
		(over.gwc as Record<string, { note: string }>).get!.note = '😀'.repeat(2001);
		expect(fieldErrors(await failure(editor.client.collection('assessments').create(over))).gwc?.code).toBe(
			'validation_max_text_constraint'
		);
		const at = largestAssessment();
		(at.gwc as Record<string, { note: string }>).get!.note = '😀'.repeat(2000);
		expect((await editor.client.collection('assessments').create(at)).id).toBe(at.id);
	});
});

describe('batch: each record is capped like a REST body', () => {
	it('a seat of 1 MB inside a batch is refused with 413 for that request; nothing is saved', async () => {
		const small = { id: newId(), ...seatBody(org) };
		const big = seatBody(org, { id: newId(), purpose: 'p'.repeat(1_000_000) });
		const batch = editor.client.createBatch();
		batch.collection('seats').create(small);
		batch.collection('seats').create(big);
		const error = await failure(batch.send());
		const requests = (error.response.data as { requests: Record<string, { response: { status: number } }> })
			.requests;
		expect(requests['1']?.response.status).toBe(413);
		expect((await failure(server.admin.collection('seats').getOne(String(small.id)))).status).toBe(404);
	});
});
