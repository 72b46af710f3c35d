// A lone UTF-16 surrogate (half of an emoji, e.g. text cut between the two halves of 😀) makes the
// whole JSON body undecodable for PocketBase, which used to answer a 400 naming no field (issue 12,
// item 4). The server now names the field (pb_hooks/lib/broken-text.js), through the records API
// and through /api/batch, and saves nothing. The SDK sends what the app sends: JSON.stringify
// writes a lone surrogate as a `\udXXX` escape.
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, fieldErrors, newId, PASSWORD, seatBody, startServer, type Server } from './world';

const HIGH = '\ud83d';
const LOW = '\ude00';

let server: Server;
let editor: { id: string; client: PocketBase };
let org: string;

beforeAll(async () => {
	server = await startServer();
	editor = await server.user('editor');
	org = (await editor.client.collection('organizations').create({ name: 'A', kind: 'business' })).id;
}, 60_000);
afterAll(async () => {
	await server?.stop();
});

const CASES: { name: string; field: string; extra: Record<string, unknown> }[] = [
	{ name: 'a high half at the end of a name', field: 'name', extra: { name: `Help desk ${HIGH}` } },
	{ name: 'a low half inside the purpose', field: 'purpose', extra: { purpose: `Own ${LOW} planning.` } },
	{
		name: 'halves in the wrong order',
		field: 'accountable_owner',
		extra: { accountable_owner: `${LOW}${HIGH}` }
	},
	{
		name: 'a half inside a JSON list item',
		field: 'responsibilities',
		extra: { responsibilities: ['A', `B${HIGH}`] }
	},
	{
		name: 'a half inside a nested JSON value',
		field: 'metrics',
		extra: { metrics: [{ name: `Up${LOW}time`, cadence: 'weekly' }] }
	}
];

describe('REST', () => {
	it.for(CASES)('create with $name names $field and saves nothing', async ({ field, extra }) => {
		const id = newId();
		const error = await failure(editor.client.collection('seats').create(seatBody(org, { id, ...extra })));
		expect(error.status).toBe(400);
		expect(Object.keys(fieldErrors(error))).toEqual([field]);
		expect(fieldErrors(error)[field]?.code).toBe('validation_invalid_text');
		expect((await failure(server.admin.collection('seats').getOne(id))).status).toBe(404);
	});

	it('an update names the field and leaves the record as it was', async () => {
		const seat = await editor.client.collection('seats').create(seatBody(org));
		const error = await failure(editor.client.collection('seats').update(seat.id, { purpose: `x${HIGH}` }));
		expect(fieldErrors(error).purpose?.code).toBe('validation_invalid_text');
		expect((await server.admin.collection('seats').getOne(seat.id)).purpose).toBe(seat.purpose);
	});

	it('a sign-up names the field', async () => {
		const error = await failure(
			server
				.client()
				.collection('users')
				.create({
					email: 'half@example.com',
					password: PASSWORD,
					passwordConfirm: PASSWORD,
					name: `Ana ${HIGH}`
				})
		);
		expect(fieldErrors(error).name?.code).toBe('validation_invalid_text');
	});

	it('a whole emoji (both halves) is accepted', async () => {
		const seat = await editor.client
			.collection('seats')
			.create(seatBody(org, { name: `Help desk ${HIGH}${LOW}` }));
		expect(seat.name).toBe('Help desk 😀');
	});
});

describe('/api/batch', () => {
	it.for(CASES)(
		'the request with $name is named, with $field; nothing of the batch is saved',
		async ({ field, extra }) => {
			const good = { id: newId(), ...seatBody(org) };
			const batch = editor.client.createBatch();
			batch.collection('seats').create(good);
			batch.collection('seats').create(seatBody(org, { id: newId(), ...extra }));
			const error = await failure(batch.send());
			expect(error.status).toBe(400);
			const requests = (
				error.response.data as {
					requests: Record<string, { response: { status: number; data: Record<string, { code: string }> } }>;
				}
			).requests;
			expect(Object.keys(requests)).toEqual(['1']);
			expect(requests['1']!.response.status).toBe(400);
			expect(Object.keys(requests['1']!.response.data)).toEqual([field]);
			expect(requests['1']!.response.data[field]!.code).toBe('validation_invalid_text');
			expect((await failure(server.admin.collection('seats').getOne(String(good.id)))).status).toBe(404);
		}
	);
});
