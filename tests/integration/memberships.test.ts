// Memberships, role arrays, invitations and the batch API: the behaviour behind the rule matrix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, fieldErrors, newId, seatBody, startServer, type Server } from './world';

let server: Server;
beforeAll(async () => {
	server = await startServer();
}, 60_000);
afterAll(async () => {
	await server?.stop();
});

async function orgOwnedBy(owner: Awaited<ReturnType<Server['user']>>) {
	return (
		await owner.client
			.collection('organizations')
			.create({ name: `Org ${newId().slice(0, 4)}`, kind: 'business' })
	).id;
}

async function roles(orgId: string) {
	const org = await server.admin.collection('organizations').getOne(orgId);
	return {
		members: [...org.members].sort(),
		writers: [...org.writers].sort(),
		owners: [...org.owners].sort()
	};
}

async function membershipOf(orgId: string, userId: string) {
	return server.admin
		.collection('memberships')
		.getFirstListItem(`organization = "${orgId}" && user = "${userId}"`);
}

describe('organization creation and role arrays', () => {
	it('makes the creator owner in the same request and keeps the arrays equal to memberships', async () => {
		const owner = await server.user('owner');
		const editor = await server.user('editor');
		const orgId = await orgOwnedBy(owner);
		expect((await membershipOf(orgId, owner.id)).role).toBe('owner');
		expect(await roles(orgId)).toEqual({ members: [owner.id], writers: [owner.id], owners: [owner.id] });
		const m = await owner.client
			.collection('memberships')
			.create({ organization: orgId, user: editor.id, role: 'editor' });
		expect((await roles(orgId)).writers).toEqual([owner.id, editor.id].sort());
		await owner.client.collection('memberships').update(m.id, { role: 'viewer' });
		expect(await roles(orgId)).toEqual({
			members: [owner.id, editor.id].sort(),
			writers: [owner.id],
			owners: [owner.id]
		});
	});

	it('refuses members/writers/owners through the API, accepts them repeated unchanged', async () => {
		const owner = await server.user('owner');
		const intruder = await server.user('intruder');
		const orgs = owner.client.collection('organizations');
		const create = await failure(orgs.create({ name: 'Sneaky', owners: [intruder.id] }));
		expect(fieldErrors(create).owners?.code).toBe('validation_read_only');
		const orgId = await orgOwnedBy(owner);
		const update = await failure(orgs.update(orgId, { writers: [owner.id, intruder.id] }));
		expect(fieldErrors(update).writers?.code).toBe('validation_read_only');
		await failure(orgs.update(orgId, { 'members+': intruder.id }));
		const current = await orgs.getOne(orgId);
		await orgs.update(orgId, { name: 'Same arrays', members: current.members, owners: current.owners });
		expect((await roles(orgId)).members).toEqual([owner.id]);
	});

	it('moves neither a membership to another organization nor to another user', async () => {
		const owner = await server.user('owner');
		const viewer = await server.user('viewer');
		const orgX = await orgOwnedBy(owner);
		const orgY = await orgOwnedBy(owner);
		const m = await owner.client
			.collection('memberships')
			.create({ organization: orgX, user: viewer.id, role: 'viewer' });
		expect(
			fieldErrors(await failure(owner.client.collection('memberships').update(m.id, { organization: orgY })))
				.organization
		).toBeDefined();
		expect(
			fieldErrors(await failure(owner.client.collection('memberships').update(m.id, { user: owner.id }))).user
		).toBeDefined();
	});
});

describe('the last owner', () => {
	it('cannot leave or be demoted; can once another owner exists; a viewer may leave', async () => {
		const owner = await server.user('owner');
		const second = await server.user('second');
		const viewer = await server.user('viewer');
		const orgId = await orgOwnedBy(owner);
		const own = await membershipOf(orgId, owner.id);
		const leave = await failure(owner.client.collection('memberships').delete(own.id));
		expect([leave.status, fieldErrors(leave).role?.code]).toEqual([400, 'validation_last_owner']);
		const demote = await failure(owner.client.collection('memberships').update(own.id, { role: 'editor' }));
		expect(fieldErrors(demote).role?.code).toBe('validation_last_owner');

		const v = await owner.client
			.collection('memberships')
			.create({ organization: orgId, user: viewer.id, role: 'viewer' });
		expect(await viewer.client.collection('memberships').delete(v.id)).toBe(true);
		expect((await roles(orgId)).members).toEqual([owner.id]);

		await owner.client
			.collection('memberships')
			.create({ organization: orgId, user: second.id, role: 'owner' });
		expect(await owner.client.collection('memberships').delete(own.id)).toBe(true);
		expect(await roles(orgId)).toEqual({ members: [second.id], writers: [second.id], owners: [second.id] });
		expect((await failure(owner.client.collection('organizations').getOne(orgId))).status).toBe(404);
	});

	it('does not block deleting the whole organization (memberships cascade)', async () => {
		const owner = await server.user('owner');
		const orgId = await orgOwnedBy(owner);
		await owner.client.collection('seats').create(seatBody(orgId));
		expect(await owner.client.collection('organizations').delete(orgId)).toBe(true);
		const left = await server.admin
			.collection('memberships')
			.getList(1, 1, { filter: `organization = "${orgId}"` });
		expect(left.totalItems).toBe(0);
	});
});

describe('invitations', () => {
	const accept = (client: Server['admin'], id: string) =>
		client.send(`/api/rightseat/invitations/${id}/accept`, { method: 'POST' });

	it('are accepted only by the invited email (case-insensitive), once, with the invited role', async () => {
		const owner = await server.user('owner');
		const invitee = await server.user('invitee');
		const stranger = await server.user('stranger');
		const orgId = await orgOwnedBy(owner);
		const invitation = await owner.client
			.collection('invitations')
			.create({ organization: orgId, email: invitee.email.toUpperCase(), role: 'editor' });
		expect(invitation.email).toBe(invitee.email);
		expect(invitation.invited_by).toBe(owner.id);
		expect(invitation.expires).not.toBe('');

		expect((await invitee.client.collection('invitations').getList()).items.map((i) => i.id)).toEqual([
			invitation.id
		]);
		expect((await stranger.client.collection('invitations').getList()).totalItems).toBe(0);
		expect((await failure(accept(stranger.client, invitation.id))).status).toBe(404);
		expect((await failure(accept(server.client(), invitation.id))).status).toBe(401);

		const membership = await accept(invitee.client, invitation.id);
		expect([membership.organization, membership.user, membership.role]).toEqual([
			orgId,
			invitee.id,
			'editor'
		]);
		expect((await roles(orgId)).writers).toContain(invitee.id);
		expect((await failure(server.admin.collection('invitations').getOne(invitation.id))).status).toBe(404);
		expect((await failure(accept(invitee.client, invitation.id))).status).toBe(404);
	});

	it('keep an existing membership when the invitee already belongs, and refuse an expired one', async () => {
		const owner = await server.user('owner');
		const member = await server.user('member');
		const orgId = await orgOwnedBy(owner);
		await owner.client
			.collection('memberships')
			.create({ organization: orgId, user: member.id, role: 'viewer' });
		const again = await owner.client
			.collection('invitations')
			.create({ organization: orgId, email: member.email, role: 'editor' });
		expect((await accept(member.client, again.id)).role).toBe('viewer');

		const expired = await owner.client.collection('invitations').create({
			organization: orgId,
			email: member.email,
			role: 'editor',
			expires: '2020-01-01 00:00:00.000Z'
		});
		const error = await failure(accept(member.client, expired.id));
		expect([error.status, fieldErrors(error).expires?.code]).toEqual([400, 'validation_expired']);
	});

	it('require a verified email once the server can send mail', async () => {
		const owner = await server.user('owner');
		const invitee = await server.user('invitee');
		const orgId = await orgOwnedBy(owner);
		const invitation = await owner.client
			.collection('invitations')
			.create({ organization: orgId, email: invitee.email, role: 'editor' });
		const smtp = (enabled: boolean) =>
			server.admin.settings.update({ smtp: { enabled, host: '127.0.0.1', port: 2525 } });
		await smtp(true);
		try {
			const refused = await failure(accept(invitee.client, invitation.id));
			expect(refused.status).toBe(403);
			expect(refused.message).toMatch(/verify your email/i);
			await server.admin.collection('users').update(invitee.id, { verified: true });
			await invitee.client.collection('users').authRefresh();
			expect((await accept(invitee.client, invitation.id)).role).toBe('editor');
		} finally {
			await smtp(false);
		}
	});
});

describe('batch API', () => {
	it('applies an outbox of creates in one transaction, all or nothing', async () => {
		const owner = await server.user('owner');
		const orgId = await orgOwnedBy(owner);
		const ok = owner.client.createBatch();
		const ids = [newId(), newId()];
		for (const id of ids) ok.collection('seats').create({ id, ...seatBody(orgId) });
		expect((await ok.send()).map((r) => r.status)).toEqual([200, 200]);

		const bad = owner.client.createBatch();
		const kept = newId();
		bad.collection('seats').create({ id: kept, ...seatBody(orgId) });
		bad.collection('seats').create(seatBody(orgId, { responsibilities: ['1', '2', '3', '4', '5', '6'] }));
		await failure(bad.send());
		expect((await failure(owner.client.collection('seats').getOne(kept))).status).toBe(404);
	});
});

describe('why one condition per role test', () => {
	it('a two-condition back-relation rule lets an editor of X write in Y where they only read', async () => {
		const ownerX = await server.user('ownerX');
		const ownerY = await server.user('ownerY');
		const cross = await server.user('cross');
		const orgX = await orgOwnedBy(ownerX);
		const orgY = await orgOwnedBy(ownerY);
		await server.admin
			.collection('memberships')
			.create({ organization: orgX, user: cross.id, role: 'editor' });
		await server.admin
			.collection('memberships')
			.create({ organization: orgY, user: cross.id, role: 'viewer' });
		const collections = server.admin.collections;
		const safe = (await collections.getOne('seats')).createRule;
		// "a member of this organization, and an editor": each condition walks its own path, so the
		// viewer row of Y satisfies the first and the editor row of X the second. (Two `?=` on the
		// *same* path share one join and test one row: see docs/security.md.)
		const naive =
			'organization.memberships_via_organization.user ?= @request.auth.id && @request.auth.memberships_via_user.role ?= "editor"';
		await collections.update('seats', { createRule: naive });
		try {
			expect((await cross.client.collection('seats').create(seatBody(orgY))).organization).toBe(orgY);
		} finally {
			await collections.update('seats', { createRule: safe });
		}
		expect((await failure(cross.client.collection('seats').create(seatBody(orgY)))).status).toBe(400);
	});
});
