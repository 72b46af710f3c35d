import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { newRecordId } from '$lib/domain/schemas';
import { IDENTITY_KEY } from '../local/local-presence';
import { localDb, useLocalDbOf } from '../local/local-store';
import { repository } from '../local/repository';
import { uploadLocalWork } from './upload';

// The identity lives in localStorage; the node test environment has none.
const stored = new Map<string, string>();
globalThis.localStorage = {
	getItem: (key: string) => stored.get(key) ?? null,
	setItem: (key: string, value: string) => void stored.set(key, value),
	removeItem: (key: string) => void stored.delete(key),
	clear: () => stored.clear(),
	key: () => null,
	length: 0
} as Storage;

/** An organization with a seat tree and a provider, made on this device without an account. */
async function localWork() {
	useLocalDbOf(null);
	const org = await repository.create('organizations', { name: 'Local Dental', kind: 'business' });
	const top = await repository.create('seats', {
		organization: org.id,
		name: 'Leadership',
		kind: 'team',
		responsibilities: ['Vision']
	});
	const it = await repository.create('seats', {
		organization: org.id,
		name: 'Managed IT',
		kind: 'service_provider',
		parent: top.id,
		responsibilities: ['Help desk']
	});
	const provider = await repository.create('providers', {
		organization: org.id,
		name: 'Acme IT',
		status: 'current'
	});
	return { org, top, it, provider };
}

/** Signs in (as the session does): the account's own store opens, the organization is re-created there. */
async function signIn(org: { id: string; name: string }) {
	// a new account each time: its store starts empty
	const user = { id: newRecordId(), email: 'lou@rightseat.test', name: 'Lou' };
	stored.set(IDENTITY_KEY, JSON.stringify({ user, organizationId: '' }));
	useLocalDbOf(user.id);
	await repository.create('organizations', { name: org.name, kind: 'business' }, org.id);
}

beforeEach(() => stored.clear());

describe('uploadLocalWork', () => {
	it('moves every record once into the account store, queued, and empties the device store', async () => {
		const work = await localWork();
		await signIn(work.org);
		expect(await uploadLocalWork(work.org.id)).toBe(3);
		const seats = await repository.list('seats', { organization: work.org.id });
		expect(seats.map((s) => s.name).sort()).toEqual(['Leadership', 'Managed IT']);
		expect((await repository.list('providers', { organization: work.org.id })).map((p) => p.name)).toEqual([
			'Acme IT'
		]);
		// organization + 3 records, one create each
		expect(await (await localDb()).count('outbox')).toBe(4);
	});

	it('completes a move that failed half-way without creating anything twice', async () => {
		const work = await localWork();
		await signIn(work.org);
		// the first attempt got as far as the top seat
		await repository.create(
			'seats',
			{ organization: work.org.id, name: 'Leadership', kind: 'team', responsibilities: ['Vision'] },
			work.top.id
		);
		expect(await uploadLocalWork(work.org.id)).toBe(2);
		const seats = await repository.list('seats', { organization: work.org.id });
		expect(seats.map((s) => s.id).sort()).toEqual([work.top.id, work.it.id].sort());
		expect(await (await localDb()).count('outbox')).toBe(4);
	});
});
