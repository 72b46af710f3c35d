// A removed member's device drops that organization's data (issue 12, item 18): the server stops
// showing it (the rule matrix proves that), and the device must not keep a copy. The member's
// device is the real sync layer (pull, deletions log) on fake-indexeddb against a real PocketBase;
// their own organization stays on the device untouched.
import 'fake-indexeddb/auto';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pb, useServer } from '$lib/data/client';
import { localDb } from '$lib/data/local-store';
import { pullChanges } from '$lib/data/pull';
import { PASSWORD, providerBody, seatBody, startServer, type Server } from './world';

let server: Server;
let owner: { id: string; client: PocketBase };
let member: { id: string; email: string };
let shared: string;
let own: string;

/** The organizations whose records the member's device holds, with how many records each. */
async function heldOrganizations(): Promise<Record<string, number>> {
	const held: Record<string, number> = {};
	for (const row of await (await localDb()).getAll('records')) {
		const organization = row.collection === 'organizations' ? row.id : String(row.data.organization);
		held[organization] = (held[organization] ?? 0) + 1;
	}
	return held;
}

beforeAll(async () => {
	server = await startServer();
	owner = await server.user('owner');
	member = await server.user('member');
	useServer(server.pb.url);
	await pb.collection('users').authWithPassword(member.email, PASSWORD);
	shared = (await owner.client.collection('organizations').create({ name: 'Shared', kind: 'business' })).id;
	await owner.client
		.collection('memberships')
		.create({ organization: shared, user: member.id, role: 'editor' });
	await owner.client.collection('seats').create(seatBody(shared));
	await owner.client.collection('providers').create(providerBody(shared));
	own = (await pb.collection('organizations').create({ name: 'Mine', kind: 'msp' })).id;
	await pb.collection('seats').create(seatBody(own));
}, 60_000);
afterAll(async () => {
	pb.authStore.clear();
	await server?.stop();
});

describe('a member removed from an organization', () => {
	it('holds the organization after a pull while a member', async () => {
		await pullChanges(await localDb(), member.id);
		const held = await heldOrganizations();
		// organization, both memberships, seat, provider
		expect(held[shared]).toBe(5);
		expect(held[own]).toBe(3);
	});

	it('drops every record of it at the next pull, and keeps their own organization', async () => {
		const membership = await owner.client
			.collection('memberships')
			.getFirstListItem(`organization = "${shared}" && user = "${member.id}"`);
		await owner.client.collection('memberships').delete(membership.id);
		// the server no longer shows them anything of it
		expect((await pb.collection('seats').getFullList({ filter: `organization = "${shared}"` })).length).toBe(
			0
		);
		await pullChanges(await localDb(), member.id);
		const held = await heldOrganizations();
		expect(held[shared]).toBeUndefined();
		expect(held[own]).toBe(3);
	});
});
