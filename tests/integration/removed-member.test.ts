// A removed member's device drops that organization's data (issue 12, item 18): the server stops
// showing it (the rule matrix proves that), and the device must not keep a copy. The member's
// device is the real sync layer (pull, deletions log, realtime events) on fake-indexeddb against a
// real PocketBase; their own organization stays on the device untouched. Node has no EventSource:
// the realtime test reads PocketBase's event stream with fetch and hands each event to the
// function the app's subscription calls (applyEvents).
import 'fake-indexeddb/auto';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pb, useServer } from '$lib/data/server/client';
import { localDb } from '$lib/data/local/local-store';
import { pullChanges } from '$lib/data/sync/pull';
import { applyEvents } from '$lib/data/sync/realtime';
import type { CollectionName } from '$lib/domain/schemas';
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

interface StreamEvent {
	collection: CollectionName;
	action: string;
	record: Record<string, unknown>;
}

/** Subscribes as the member to every collection's changes; collects the events until `stop()`. */
async function memberStream(collections: CollectionName[]) {
	const abort = new AbortController();
	const response = await fetch(`${server.pb.url}/api/realtime`, { signal: abort.signal });
	const reader = response.body!.getReader();
	const events: StreamEvent[] = [];
	let clientId: (id: string) => void = () => {};
	const connected = new Promise<string>((resolve) => (clientId = resolve));
	const read = (async () => {
		const decoder = new TextDecoder();
		let buffer = '';
		for (;;) {
			const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
			if (done) return;
			buffer += decoder.decode(value);
			for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
				const chunk = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				const name = /^event:(.*)$/m.exec(chunk)?.[1] ?? '';
				const data = JSON.parse(/^data:(.*)$/m.exec(chunk)?.[1] ?? '{}');
				if (name === 'PB_CONNECT') clientId(data.clientId);
				else events.push({ collection: name.split('/')[0] as CollectionName, ...data });
			}
		}
	})();
	const subscribed = await fetch(`${server.pb.url}/api/realtime`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Authorization: pb.authStore.token },
		body: JSON.stringify({ clientId: await connected, subscriptions: collections.map((c) => `${c}/*`) })
	});
	expect(subscribed.status).toBe(204);
	return {
		events,
		stop: async () => {
			abort.abort();
			await read;
		}
	};
}

describe('a member added again', () => {
	it('gets the records the organization already had at the next pull (cursors had moved past them)', async () => {
		await owner.client
			.collection('memberships')
			.create({ organization: shared, user: member.id, role: 'viewer' });
		await pullChanges(await localDb(), member.id);
		// organization, both memberships, and the seat and provider older than the device's cursors
		expect((await heldOrganizations())[shared]).toBe(5);
	});
});

describe('a member removed while online', () => {
	it('drops the organization as soon as the delete event of their membership arrives', async () => {
		const membership = await owner.client
			.collection('memberships')
			.getFirstListItem(`organization = "${shared}" && user = "${member.id}"`);
		expect((await heldOrganizations())[shared]).toBe(5);
		const stream = await memberStream(['organizations', 'memberships', 'seats', 'providers']);
		try {
			await owner.client.collection('memberships').delete(membership.id);
			await expect.poll(() => stream.events.some((e) => e.action === 'delete')).toBe(true);
			await applyEvents(stream.events, member.id);
		} finally {
			await stream.stop();
		}
		const held = await heldOrganizations();
		expect(held[shared]).toBeUndefined();
		expect(held[own]).toBe(3);
	});
});
