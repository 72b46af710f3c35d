// Server-side validation through the raw API: what the app's zod schemas refuse, the server refuses
// too, with a field-keyed 400 the client can show inline.
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	assessmentBody,
	checklistBody,
	decisionBody,
	failure,
	fieldErrors,
	newId,
	providerBody,
	seatBody,
	startServer,
	type Server
} from './world';

const PLAIN_TEXT = 'Plain text only: remove the HTML tag.';

let server: Server;
let editor: { id: string; client: PocketBase };
let orgA: string;
let orgB: string;
let seatA: string;
let providerA: string;
let seatB: string;
let providerB: string;

beforeAll(async () => {
	server = await startServer();
	editor = await server.user('editor');
	const other = await server.user('other');
	orgA = (await editor.client.collection('organizations').create({ name: 'A', kind: 'business' })).id;
	orgB = (await other.client.collection('organizations').create({ name: 'B', kind: 'msp' })).id;
	// editor also writes in B: cross-organization references must still be refused
	await server.admin
		.collection('memberships')
		.create({ organization: orgB, user: editor.id, role: 'editor' });
	seatA = (await editor.client.collection('seats').create(seatBody(orgA))).id;
	providerA = (await editor.client.collection('providers').create(providerBody(orgA))).id;
	seatB = (await editor.client.collection('seats').create(seatBody(orgB))).id;
	providerB = (await editor.client.collection('providers').create(providerBody(orgB))).id;
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

async function refused(call: Promise<unknown>, field: string) {
	const error = await failure(call);
	expect(error.status).toBe(400);
	const errors = fieldErrors(error);
	expect(Object.keys(errors)).toContain(field);
	return errors[field]!;
}

describe('ids', () => {
	it('accepts a client-generated 15-char [a-z0-9] id and refuses a malformed one', async () => {
		const id = newId();
		expect((await editor.client.collection('providers').create({ id, ...providerBody(orgA) })).id).toBe(id);
		await refused(
			editor.client.collection('providers').create({ id: 'Not-An-Id', ...providerBody(orgA) }),
			'id'
		);
	});
});

describe('organization', () => {
	it('names the organization of a create the caller is no member of, the same way whether it exists or not', async () => {
		const stranger = await server.user('stranger');
		const missing = 'aaaaaaaaaaaaaaa';
		for (const organization of [orgA, missing]) {
			for (const [collection, body] of [
				['seats', seatBody(organization)],
				['providers', providerBody(organization)],
				['decisions', decisionBody(organization, { seat: seatA, provider: providerA })]
			] as const) {
				const error = await refused(stranger.client.collection(collection).create(body), 'organization');
				expect(error.code).toBe('validation_not_member');
			}
		}
		// the member's own create is untouched, and nothing of the stranger's was stored
		expect(
			(await server.admin.collection('seats').getFullList({ filter: `organization = '${orgA}'` })).length
		).toBe(1);
	});
});

describe('seats', () => {
	it('refuses six responsibilities', async () => {
		const six = ['One', 'Two', 'Three', 'Four', 'Five', 'Six'];
		const error = await refused(
			editor.client.collection('seats').create(seatBody(orgA, { responsibilities: six })),
			'responsibilities'
		);
		expect(error.message).toBe("At most five responsibilities: the seat's top five.");
	});

	it('refuses no responsibility, a blank one and a duplicate', async () => {
		const seats = editor.client.collection('seats');
		await refused(seats.create(seatBody(orgA, { responsibilities: [] })), 'responsibilities');
		await refused(seats.create(seatBody(orgA, { responsibilities: ['   '] })), 'responsibilities');
		const dup = await refused(
			seats.create(seatBody(orgA, { responsibilities: ['Roadmap', 'roadmap'] })),
			'responsibilities'
		);
		expect(dup.code).toBe('validation_duplicate');
	});

	it('refuses a parent cycle, itself as parent, and a parent of another organization', async () => {
		const seats = editor.client.collection('seats');
		const top = await seats.create(seatBody(orgA, { name: 'Top' }));
		const middle = await seats.create(seatBody(orgA, { name: 'Middle', parent: top.id }));
		const bottom = await seats.create(seatBody(orgA, { name: 'Bottom', parent: middle.id }));
		const cycle = await refused(seats.update(top.id, { parent: bottom.id }), 'parent');
		expect(cycle.code).toBe('validation_cycle');
		expect((await refused(seats.update(top.id, { parent: top.id }), 'parent')).code).toBe(
			'validation_self_parent'
		);
		expect((await refused(seats.update(top.id, { parent: seatB }), 'parent')).code).toBe(
			'validation_other_organization'
		);
	});

	it('refuses too-long and markup text, in fields and inside JSON, and allows a < b', async () => {
		const seats = editor.client.collection('seats');
		const long = await refused(seats.create(seatBody(orgA, { name: 'x'.repeat(121) })), 'name');
		expect(long.code).toBe('validation_max_text_constraint');
		expect(
			(await refused(seats.create(seatBody(orgA, { purpose: '<script>alert(1)</script>' })), 'purpose'))
				.message
		).toBe(PLAIN_TEXT);
		const inJson = await refused(
			seats.create(seatBody(orgA, { responsibilities: ['Fine', 'Bold <b>move</b>'] })),
			'responsibilities'
		);
		expect(inJson.message).toBe(`Responsibility 2: ${PLAIN_TEXT}`);
		await refused(seats.create(seatBody(orgA, { name: '   ' })), 'name');
		expect(
			(await refused(seats.create(seatBody(orgA, { purpose: 'a comment <!-- x -->' })), 'purpose')).message
		).toBe(PLAIN_TEXT);
		expect((await seats.create(seatBody(orgA, { name: 'a < b, <3 and 2<5' }))).name).toBe(
			'a < b, <3 and 2<5'
		);
	});

	it('refuses metrics of the wrong shape', async () => {
		const metrics = [{ name: 'Uptime', target: '99.9', unit: '%', cadence: 'daily' }];
		await refused(editor.client.collection('seats').create(seatBody(orgA, { metrics })), 'metrics');
	});
});

describe('providers', () => {
	it('refuses script-laden notes and a too-long contact', async () => {
		const providers = editor.client.collection('providers');
		expect(
			(await refused(providers.create(providerBody(orgA, { notes: 'hi <script>x</script>' })), 'notes'))
				.message
		).toBe(PLAIN_TEXT);
		await refused(providers.create(providerBody(orgA, { contact: 'c'.repeat(201) })), 'contact');
	});

	it('refuses a wrongly typed value inside a batch too (sub-requests carry @jsonPayload), naming the field', async () => {
		const batch = editor.client.createBatch();
		batch.collection('providers').upsert({ id: newId(), ...providerBody(orgA, { name: 42 }) });
		const error = await failure(batch.send());
		const requests = (error.response.data as { requests?: Record<string, { response?: { data?: object } }> })
			.requests;
		expect(requests?.['0']?.response?.data).toHaveProperty('name.code', 'validation_invalid_type');
	});
});

describe('assessments', () => {
	it("refuses another organization's seat, provider or checklist", async () => {
		const assessments = editor.client.collection('assessments');
		const seat = await refused(
			assessments.create(assessmentBody(orgA, { seat: seatB, provider: providerA })),
			'seat'
		);
		expect(seat.code).toBe('validation_other_organization');
		await refused(assessments.create(assessmentBody(orgA, { seat: seatA, provider: providerB })), 'provider');
		const checklistB = await editor.client.collection('checklists').create(checklistBody(orgB));
		await refused(
			assessments.create(
				assessmentBody(orgA, { seat: seatA, provider: providerA, checklist: checklistB.id })
			),
			'checklist'
		);
	});

	it('signs the assessment with the caller and refuses someone else as assessor', async () => {
		const assessments = editor.client.collection('assessments');
		const mine = await assessments.create(assessmentBody(orgA, { seat: seatA, provider: providerA }));
		expect(mine.assessor).toBe(editor.id);
		const someone = await server.user('someone');
		await refused(
			assessments.create(assessmentBody(orgA, { seat: seatA, provider: providerA, assessor: someone.id })),
			'assessor'
		);
	});

	it('refuses a submitted assessment with GWC, values or answers missing; stamps assessed_at when complete', async () => {
		const assessments = editor.client.collection('assessments');
		const refs = { seat: seatA, provider: providerA };
		const gwc = await refused(assessments.create(assessmentBody(orgA, refs, { status: 'submitted' })), 'gwc');
		expect(gwc.message).toMatch(/Want it, Capacity/);
		const allYes = {
			get: { answer: 'yes', note: '' },
			want: { answer: 'yes', note: '' },
			capacity: { answer: 'no', note: '' }
		};
		const answers = await refused(
			assessments.create(assessmentBody(orgA, refs, { status: 'submitted', gwc: allYes })),
			'answers'
		);
		expect(answers.code).toBe('validation_incomplete');
		const all = Object.fromEntries(
			['q01', 'q02', 'q03', 'q04', 'q05', 'q06', 'q07', 'q08', 'q09', 'q10'].map((id, i) => [
				id,
				{ score: i % 2 ? 'n/a' : 4, note: '' }
			])
		);
		const done = await assessments.create(
			assessmentBody(orgA, refs, { status: 'submitted', gwc: allYes, answers: all })
		);
		expect(done.assessed_at).not.toBe('');
	});

	it('refuses a "kind of" GWC answer, a score out of range and an unknown question', async () => {
		const assessments = editor.client.collection('assessments');
		const refs = { seat: seatA, provider: providerA };
		const kindOf = {
			get: { answer: 'kind of', note: '' },
			want: { answer: null, note: '' },
			capacity: { answer: null, note: '' }
		};
		await refused(assessments.create(assessmentBody(orgA, refs, { gwc: kindOf })), 'gwc');
		await refused(
			assessments.create(assessmentBody(orgA, refs, { answers: { q01: { score: 5, note: '' } } })),
			'answers'
		);
		await refused(
			assessments.create(assessmentBody(orgA, refs, { answers: { q99: { score: 1, note: '' } } })),
			'answers'
		);
		await refused(
			assessments.create(assessmentBody(orgA, refs, { answers: { q01: { score: 1, note: '<img src=x>' } } })),
			'answers'
		);
	});

	it('locks the organization checklist it references; a locked checklist is never updated', async () => {
		const checklists = editor.client.collection('checklists');
		const checklist = await checklists.create(checklistBody(orgA));
		await checklists.update(checklist.id, { name: 'Still a draft' });
		await editor.client
			.collection('assessments')
			.create(
				assessmentBody(orgA, { seat: seatA, provider: providerA, checklist: checklist.id }, { answers: {} })
			);
		expect((await checklists.getOne(checklist.id)).locked).toBe(true);
		expect((await failure(checklists.update(checklist.id, { name: 'Edited after use' }))).status).toBe(404);
		const next = await checklists.create(checklistBody(orgA, { family: checklist.family, version: 2 }));
		expect(next.version).toBe(2);
		await refused(
			checklists.create(checklistBody(orgA, { family: checklist.family, version: 2 })),
			'organization'
		);
	});
});

describe('decisions', () => {
	it('needs a reason, and a consensus score needs its own reason', async () => {
		const decisions = editor.client.collection('decisions');
		const refs = { seat: seatA, provider: providerA };
		await refused(decisions.create(decisionBody(orgA, refs, { reason: '' })), 'reason');
		await refused(decisions.create(decisionBody(orgA, refs, { consensus_score: 70 })), 'consensus_reason');
		await refused(
			decisions.create(decisionBody(orgA, refs, { consensus_score: 101, consensus_reason: 'x' })),
			'consensus_score'
		);
		const ok = await decisions.create(
			decisionBody(orgA, refs, { consensus_score: 70, consensus_reason: 'Agreed in the room.' })
		);
		expect([ok.consensus_score, ok.decided_by]).toEqual([70, editor.id]);
		await refused(decisions.create(decisionBody(orgA, { seat: seatB, provider: providerA })), 'seat');
	});
});

describe('organizations', () => {
	it('refuses malformed core values and values bar', async () => {
		const orgs = editor.client.collection('organizations');
		const two = [
			{ id: 'a', name: 'Honest', meaning: '' },
			{ id: 'b', name: 'Humble', meaning: '' }
		];
		await refused(orgs.update(orgA, { core_values: two }), 'core_values');
		await refused(orgs.update(orgA, { values_bar: { max_mixed: 8, max_minus: 0 } }), 'values_bar');
		const three = [...two, { id: 'c', name: 'Hungry', meaning: 'We <i>want</i> it' }];
		expect((await refused(orgs.update(orgA, { core_values: three }), 'core_values')).message).toBe(
			`Core value 3: ${PLAIN_TEXT}`
		);
	});
});
