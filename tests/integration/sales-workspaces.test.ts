// Sales mode behaviour (docs/sales-mode.md) against a real PocketBase: who opens a workspace, the
// MSP's access following its own memberships, the fields only the hand-off changes, the hand-off
// itself, the blind round, and the checks on the MSP's private records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSalesWorld, handOff, openWorkspace, type SalesWorld } from './sales-world';
import { assessmentBody, failure, fieldErrors, newId, providerBody, startServer } from './world';

let w: SalesWorld;

beforeAll(async () => {
	w = await buildSalesWorld(await startServer());
}, 120_000);

afterAll(async () => {
	await w?.server.stop();
});

const QUESTIONS = ['q01', 'q02', 'q03', 'q04', 'q05', 'q06', 'q07', 'q08', 'q09', 'q10'];

/** A complete submitted assessment body (the workspace has no core values to rate). */
function submitted(organization: string, seat: string, provider: string, summary: string) {
	return assessmentBody(
		organization,
		{ seat, provider },
		{
			status: 'submitted',
			gwc: {
				get: { answer: 'yes', note: '' },
				want: { answer: 'yes', note: '' },
				capacity: { answer: 'no', note: '' }
			},
			answers: Object.fromEntries(QUESTIONS.map((id) => [id, { score: 2, note: '' }])),
			summary
		}
	);
}

describe('opening a workspace', () => {
	it('the rep opens one: first meeting, run by the MSP, the MSP people inside', async () => {
		const created = await w.clients.rep
			.collection('organizations')
			.create({ name: 'Northwind', kind: 'business', msp: w.msp });
		expect([created.stage, created.msp_access, created.handed_off]).toEqual(['first_meeting', 'manage', '']);
		expect(created.members).toEqual(expect.arrayContaining([w.ids.rep, w.ids.mspViewer, w.mspOwner.id]));
		expect(created.owners).toEqual(expect.arrayContaining([w.ids.rep, w.mspOwner.id]));
		expect(created.owners).not.toContain(w.ids.mspViewer);
	});

	it('only a writer of the MSP opens one for it', async () => {
		for (const actor of ['mspViewer', 'outsider', 'prospectOwner'] as const) {
			const error = await failure(
				w.clients[actor].collection('organizations').create({ name: 'X', kind: 'business', msp: w.msp })
			);
			expect(fieldErrors(error).msp?.code, actor).toBe('validation_not_msp_writer');
		}
	});

	it('the holder must be an MSP, the workspace a business, and an MSP that holds one stays an MSP', async () => {
		const business = await failure(
			w.clients.outsider
				.collection('organizations')
				.create({ name: 'X', kind: 'business', msp: w.outsiderOrg })
		);
		expect(fieldErrors(business).msp?.code).toBe('validation_not_msp');
		const asMsp = await failure(
			w.clients.rep.collection('organizations').create({ name: 'X', kind: 'msp', msp: w.msp })
		);
		expect(fieldErrors(asMsp).kind?.code).toBe('validation_workspace_kind');
		const demote = await failure(
			w.mspOwner.client.collection('organizations').update(w.msp, { kind: 'business' })
		);
		expect(fieldErrors(demote).kind?.code).toBe('validation_holds_workspaces');
	});

	it('contacts are checked by field', async () => {
		const id = w.workspaces.live.id;
		const ok = await w.clients.rep.collection('organizations').update(id, {
			contacts: [{ name: 'Dana Reyes', role: 'COO', email: 'dana@northwind.example', phone: '+1 555 0100' }]
		});
		expect(ok.contacts).toHaveLength(1);
		const bad = await failure(
			w.clients.rep
				.collection('organizations')
				.update(id, { contacts: [{ name: 'Dana', email: 'not-an-email' }] })
		);
		expect(fieldErrors(bad).contacts?.code).toBe('validation_invalid_email');
	});

	it('msp never changes; msp_access and handed_off only by hand-off; repeating them is fine', async () => {
		const id = w.workspaces.live.id;
		const api = w.clients.rep.collection('organizations');
		expect(fieldErrors(await failure(api.update(id, { msp: '' }))).msp?.code).toBe('validation_immutable');
		expect(fieldErrors(await failure(api.update(id, { msp_access: 'none' }))).msp_access?.code).toBe(
			'validation_read_only'
		);
		expect(
			fieldErrors(await failure(api.update(id, { handed_off: '2026-01-01 00:00:00.000Z' }))).handed_off?.code
		).toBe('validation_read_only');
		const same = await api.getOne(id);
		const saved = await api.update(id, { msp: same.msp, msp_access: same.msp_access, stage: 'assessed' });
		expect(saved.stage).toBe('assessed');
		const forged = await failure(
			w.clients.rep
				.collection('organizations')
				.create({ name: 'X', kind: 'business', msp: w.msp, msp_access: 'viewer' })
		);
		expect(fieldErrors(forged).msp_access?.code).toBe('validation_read_only');
	});
});

describe("the MSP's access follows its own memberships", () => {
	it('a new MSP editor reaches every live workspace as an owner; leaving takes it away', async () => {
		const newcomer = await w.server.user('new-rep');
		const membership = await w.mspOwner.client
			.collection('memberships')
			.create({ organization: w.msp, user: newcomer.id, role: 'editor' });
		const live = w.workspaces.live.id;
		expect(
			(await newcomer.client.collection('organizations').update(live, { stage: 'proposal' })).stage
		).toBe('proposal');
		expect((await newcomer.client.collection('seats').getOne(w.workspaces.live.seat)).id).toBeTruthy();
		// kept as viewer after hand-off: reads, cannot write; without the MSP: nothing
		const viewer = w.workspaces.viewer;
		expect((await newcomer.client.collection('seats').getOne(viewer.seat)).id).toBe(viewer.seat);
		expect(
			(await failure(newcomer.client.collection('seats').update(viewer.seat, { purpose: 'x' }))).status
		).toBe(404);
		expect((await failure(newcomer.client.collection('seats').getOne(w.workspaces.none.seat))).status).toBe(
			404
		);

		await newcomer.client.collection('memberships').delete(membership.id);
		expect((await failure(newcomer.client.collection('organizations').getOne(live))).status).toBe(404);
		const rows = await newcomer.client
			.collection('sync_deletions')
			.getFullList({ filter: `record_collection = 'organizations' && record_id = '${live}'` });
		expect(rows).toHaveLength(1); // their devices drop the workspace
	});

	it('a role change in the MSP changes the role in its workspaces', async () => {
		const member = await w.server.user('promoted');
		const membership = await w.server.admin
			.collection('memberships')
			.create({ organization: w.msp, user: member.id, role: 'viewer' });
		const seat = w.workspaces.live.seat;
		expect((await failure(member.client.collection('seats').update(seat, { purpose: 'x' }))).status).toBe(
			404
		);
		await w.mspOwner.client.collection('memberships').update(membership.id, { role: 'editor' });
		expect((await member.client.collection('seats').update(seat, { purpose: 'Promoted.' })).purpose).toBe(
			'Promoted.'
		);
	});

	it('deleting the MSP takes its people out of its workspaces', async () => {
		const owner = await w.server.user('short-lived-msp');
		const msp = (await owner.client.collection('organizations').create({ name: 'Gone IT', kind: 'msp' })).id;
		const workspace = (
			await owner.client.collection('organizations').create({ name: 'Prospect', kind: 'business', msp })
		).id;
		const prospect = await w.server.user('stays');
		await w.server.admin
			.collection('memberships')
			.create({ organization: workspace, user: prospect.id, role: 'owner' });
		await handOff(prospect.client, workspace, 'viewer');
		expect((await owner.client.collection('organizations').getOne(workspace)).id).toBe(workspace);
		await owner.client.collection('organizations').delete(msp);
		expect((await failure(owner.client.collection('organizations').getOne(workspace))).status).toBe(404);
		const kept = await prospect.client.collection('organizations').getOne(workspace);
		expect([kept.msp, kept.members]).toEqual(['', [prospect.id]]);
	});
});

describe('hand-off', () => {
	it('the rep invites the prospect owner, who takes the workspace over and chooses what the MSP keeps', async () => {
		const id = await openWorkspace(w, 'live');
		const boss = await w.server.user('prospect-boss');
		const invitation = await w.clients.rep
			.collection('invitations')
			.create({ organization: id, email: boss.email, role: 'owner' });
		// before accepting, the future owner is nobody here
		expect((await failure(handOff(boss.client, id, 'viewer'))).status).toBe(404);
		await boss.client.send(`/api/rightseat/invitations/${invitation.id}/accept`, { method: 'POST' });
		const note = await w.clients.rep
			.collection('msp_notes')
			.create({ organization: w.msp, workspace: id, text: 'Keep this to ourselves.' });

		const handed = await handOff(boss.client, id, 'viewer');
		expect(handed.msp_access).toBe('viewer');
		expect(handed.handed_off).not.toBe('');
		expect(handed.owners).not.toContain(w.ids.rep);
		const reps = await w.server.admin
			.collection('memberships')
			.getFullList({ filter: `organization = '${id}' && user = '${w.ids.rep}'` });
		expect(reps).toEqual([]);
		expect((await w.clients.rep.collection('organizations').getOne(id)).id).toBe(id);
		expect(
			(await failure(w.clients.rep.collection('organizations').update(id, { stage: 'won' }))).status
		).toBe(404);

		await handOff(boss.client, id, 'none');
		expect((await failure(w.clients.rep.collection('organizations').getOne(id))).status).toBe(404);
		// the note stayed with the MSP, out of the prospect's reach
		expect((await w.clients.rep.collection('msp_notes').getOne(note.id)).workspace).toBe(id);
		expect((await failure(boss.client.collection('msp_notes').getOne(note.id))).status).toBe(404);
	});

	it('only the prospect owner hands off; a bad choice is named', async () => {
		const id = await openWorkspace(w, 'live');
		expect((await failure(handOff(w.clients.rep, id, 'none'))).status).toBe(403);
		expect((await failure(handOff(w.mspOwner.client, id, 'none'))).status).toBe(403);
		expect((await failure(handOff(w.clients.prospectEditor, id, 'none'))).status).toBe(403);
		expect((await failure(handOff(w.clients.outsider, id, 'none'))).status).toBe(404);
		expect((await failure(handOff(w.server.client(), id, 'none'))).status).toBe(401);
		const bad = await failure(handOff(w.clients.prospectOwner, id, 'manage'));
		expect([bad.status, fieldErrors(bad).msp_access?.code]).toEqual([400, 'validation_invalid_value']);
		expect((await w.server.admin.collection('organizations').getOne(id)).msp_access).toBe('manage');
		expect((await failure(handOff(w.clients.outsider, w.outsiderOrg, 'none'))).status).toBe(400);
	});
});

describe('blind scoring round', () => {
	it('only an owner reveals; revealed stays revealed; listed assessors must be members', async () => {
		const ws = w.workspaces.live;
		const provider = (
			await w.clients.prospectEditor
				.collection('providers')
				.create(providerBody(ws.id, { blind: true, blind_assessors: [w.ids.prospectEditor] }))
		).id;
		const editor = await failure(
			w.clients.prospectEditor.collection('providers').update(provider, { revealed: true })
		);
		expect(fieldErrors(editor).revealed?.code).toBe('validation_owner_only');
		const listing = await failure(
			w.clients.prospectEditor.collection('providers').update(provider, { blind_assessors: [] })
		);
		expect(fieldErrors(listing).blind_assessors?.code).toBe('validation_owner_only');
		expect(
			(await w.clients.prospectEditor.collection('providers').update(provider, { notes: 'fine' })).notes
		).toBe('fine');
		await w.clients.prospectOwner.collection('providers').update(provider, { revealed: true });
		const back = await failure(
			w.clients.prospectOwner.collection('providers').update(provider, { revealed: false })
		);
		expect(fieldErrors(back).revealed?.code).toBe('validation_revealed');
		const stranger = await failure(
			w.clients.prospectOwner.collection('providers').update(provider, { blind_assessors: [w.ids.outsider] })
		);
		expect(fieldErrors(stranger).blind_assessors?.code).toBe('validation_not_member');
	});

	it('nobody sees another answer until the last listed assessor submits, then everyone does', async () => {
		const ws = w.workspaces.live;
		const provider = (
			await w.clients.prospectOwner.collection('providers').create(
				providerBody(ws.id, {
					status: 'current',
					blind: true,
					blind_assessors: [w.ids.prospectOwner, w.ids.prospectEditor]
				})
			)
		).id;
		const first = await w.clients.prospectOwner
			.collection('assessments')
			.create(submitted(ws.id, ws.seat, provider, 'Owner view'));
		const mine = { filter: `provider = '${provider}'` };
		expect((await w.clients.prospectEditor.collection('assessments').getFullList(mine)).length).toBe(0);
		expect((await w.clients.rep.collection('assessments').getFullList(mine)).length).toBe(0);
		const second = await w.clients.prospectEditor
			.collection('assessments')
			.create({ ...submitted(ws.id, ws.seat, provider, 'Office view'), status: 'draft' });
		expect(
			(await w.clients.prospectOwner.collection('assessments').getFullList(mine)).map((a) => a.id)
		).toEqual([first.id]);
		await w.clients.prospectEditor.collection('assessments').update(second.id, { status: 'submitted' });
		expect((await w.server.admin.collection('providers').getOne(provider)).revealed).toBe(true);
		// a device that pulled after the first submission (cursor past it) still gets it: the reveal
		// stamps the round's assessments, so a pull by `updated` delivers them
		const since = { filter: `provider = '${provider}' && updated > '${first.updated}'` };
		expect(
			(await w.clients.prospectEditor.collection('assessments').getFullList(since)).map((a) => a.id)
		).toContain(first.id);
		for (const actor of ['prospectOwner', 'prospectEditor', 'rep', 'mspViewer'] as const) {
			const ids = (await w.clients[actor].collection('assessments').getFullList(mine))
				.map((a) => a.id)
				.sort();
			expect(ids, actor).toEqual([first.id, second.id].sort());
		}
	});
	it('while blind, an owner changes who is listed (an editor may not); dropping the last one to submit reveals it', async () => {
		const ws = w.workspaces.live;
		const provider = (
			await w.clients.prospectOwner.collection('providers').create(
				providerBody(ws.id, {
					status: 'current',
					blind: true,
					blind_assessors: [w.ids.prospectOwner, w.ids.prospectEditor]
				})
			)
		).id;
		const listing = await failure(
			w.clients.prospectEditor
				.collection('providers')
				.update(provider, { blind_assessors: [w.ids.prospectEditor] })
		);
		expect(fieldErrors(listing).blind_assessors?.code).toBe('validation_owner_only');
		const first = await w.clients.prospectOwner
			.collection('assessments')
			.create(submitted(ws.id, ws.seat, provider, 'Owner view'));
		// adding someone keeps it blind: the editor still cannot read the owner's answers
		const added = await w.clients.prospectOwner
			.collection('providers')
			.update(provider, { blind_assessors: [w.ids.prospectOwner, w.ids.prospectEditor, w.ids.rep] });
		expect([added.blind_assessors.length, added.revealed]).toEqual([3, false]);
		const mine = { filter: `provider = '${provider}'` };
		expect((await w.clients.prospectEditor.collection('assessments').getFullList(mine)).length).toBe(0);
		// taking off everyone who has not submitted leaves only the owner, who has: it reveals now
		const dropped = await w.clients.prospectOwner
			.collection('providers')
			.update(provider, { blind_assessors: [w.ids.prospectOwner] });
		expect([dropped.blind_assessors, dropped.revealed]).toEqual([[w.ids.prospectOwner], true]);
		const since = { filter: `provider = '${provider}' && updated > '${first.updated}'` };
		expect(
			(await w.clients.prospectEditor.collection('assessments').getFullList(since)).map((a) => a.id)
		).toEqual([first.id]);
	});
});

describe("the MSP's private records", () => {
	it('a note points at a workspace of its own MSP and an assessment of that workspace', async () => {
		const api = w.clients.rep.collection('msp_notes');
		const other = await failure(api.create({ organization: w.msp, workspace: w.outsiderOrg, text: 'x' }));
		expect(fieldErrors(other).workspace?.code).toBe('validation_other_organization');
		const wrongAssessment = await failure(
			api.create({
				organization: w.msp,
				workspace: w.workspaces.live.id,
				assessment: w.workspaces.viewer.assessment,
				text: 'x'
			})
		);
		expect(fieldErrors(wrongAssessment).assessment?.code).toBe('validation_other_organization');
		const markup = await failure(
			api.create({ organization: w.msp, workspace: w.workspaces.live.id, text: '<b>x</b>' })
		);
		expect(fieldErrors(markup).text?.code).toBe('validation_plain_text');
		const question = await failure(
			api.create({ organization: w.msp, workspace: w.workspaces.live.id, question: 'Q 1', text: 'x' })
		);
		expect(fieldErrors(question).question?.code).toBe('validation_invalid_id');
		const forged = await failure(
			api.create({ organization: w.msp, workspace: w.workspaces.live.id, text: 'x', author: w.ids.mspViewer })
		);
		expect(fieldErrors(forged).author?.code).toBe('validation_not_caller');
		const saved = await api.create({ organization: w.msp, workspace: w.workspaces.live.id, text: 'Fine.' });
		expect(saved.author).toBe(w.ids.rep);
		const moved = await failure(api.update(saved.id, { workspace: w.workspaces.viewer.id }));
		expect(fieldErrors(moved).workspace?.code).toBe('validation_immutable');
		const typed = await failure(api.update(saved.id, { text: 42 }));
		expect(fieldErrors(typed).text?.code).toBe('validation_invalid_type');
	});

	it('the prospect deleting its workspace keeps the MSP notes and fit', async () => {
		const id = await openWorkspace(w, 'none');
		const note = await w.server.admin
			.collection('msp_notes')
			.create({ organization: w.msp, workspace: id, text: 'Lost deal.', author: w.ids.rep });
		const fit = await w.server.admin
			.collection('msp_fits')
			.create({ organization: w.msp, workspace: id, criteria: null, rated_by: w.ids.rep });
		await w.clients.prospectOwner.collection('organizations').delete(id);
		expect((await w.clients.rep.collection('msp_notes').getOne(note.id)).workspace).toBe('');
		expect((await w.clients.rep.collection('msp_fits').getOne(fit.id)).workspace).toBe('');
	});

	it('a two-way fit: criteria checked by field, one per workspace', async () => {
		const api = w.clients.rep.collection('msp_fits');
		const workspace = await openWorkspace(w, 'live');
		const bad = await failure(
			api.create({ organization: w.msp, workspace, criteria: { model: { score: 5, note: '' } } })
		);
		expect(fieldErrors(bad).criteria?.code).toBe('validation_invalid_score');
		const unknown = await failure(
			api.create({ organization: w.msp, workspace, criteria: { budget: { score: 2, note: '' } } })
		);
		expect(fieldErrors(unknown).criteria?.code).toBe('validation_invalid_shape');
		await api.create({
			id: newId(),
			organization: w.msp,
			workspace,
			criteria: { model: { score: 1, note: '' } }
		});
		expect((await failure(api.create({ organization: w.msp, workspace, criteria: null }))).status).toBe(400);
	});
});
