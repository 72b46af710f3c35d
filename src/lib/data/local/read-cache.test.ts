import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newRecordId } from '$lib/domain/schemas';
import { deliver } from './changes';
import { localDb } from './local-store';
import { repository } from './repository';

const org = newRecordId();

afterEach(async () => {
	const db = await localDb();
	await Promise.all([db.clear('records'), db.clear('outbox'), db.clear('meta')]);
	deliver({ collection: 'seats', id: '*' });
	deliver({ collection: 'providers', id: '*' });
});

const seatInput = (name: string) => ({
	organization: org,
	name,
	kind: 'team' as const,
	responsibilities: ['Backups']
});

describe('shared reads (the read cache)', () => {
	it('keeps an answer until its collection changes, then reads again', async () => {
		await repository.create('seats', seatInput('Help desk'));
		expect(repository.shared.peekList('seats', { organization: org })).toBeUndefined();
		const first = await repository.shared.list('seats', { organization: org });
		expect(repository.shared.peekList('seats', { organization: org })?.value).toBe(first);
		expect(await repository.shared.list('seats', { organization: org })).toBe(first);

		// a change of another collection keeps it; a write to seats (here or from a sync) does not
		deliver({ collection: 'providers', id: '*' });
		expect(repository.shared.peekList('seats', { organization: org })?.value).toBe(first);
		await repository.create('seats', seatInput('Backups'));
		expect(repository.shared.peekList('seats', { organization: org })).toBeUndefined();
		const second = await repository.shared.list('seats', { organization: org });
		expect(second.map((s) => s.name).sort()).toEqual(['Backups', 'Help desk']);
	});

	it('does not keep an answer read while its collection changed', async () => {
		const seat = await repository.create('seats', seatInput('Help desk'));
		const reading = repository.shared.get('seats', seat.id);
		// another tab (or the sync) changes seats while the read is under way
		deliver({ collection: 'seats', id: seat.id });
		expect((await reading)?.name).toBe('Help desk');
		expect(repository.shared.peekRecord('seats', seat.id)).toBeUndefined();
	});

	it('answers a plan of dependent reads from one read of its collections', async () => {
		const seat = await repository.create('seats', seatInput('Help desk'));
		const provider = await repository.create('providers', {
			organization: org,
			name: 'Northwind IT',
			status: 'current'
		});
		await repository.create('providers', { organization: newRecordId(), name: 'Other', status: 'current' });
		await repository.shared.together(['seats', 'providers'], (ask) => {
			const organization = ask.get('seats', seat.id)?.organization;
			if (organization) ask.list('providers', { organization });
		});
		expect(repository.shared.peekRecord('seats', seat.id)?.value?.name).toBe('Help desk');
		expect(repository.shared.peekList('providers', { organization: org })?.value.map((p) => p.id)).toEqual([
			provider.id
		]);
		// the same reads as alone, field for field
		expect(repository.shared.peekList('providers', { organization: org })?.value).toEqual(
			await repository.list('providers', { organization: org })
		);
		// a missing record is an answer too (undefined), and kept
		await repository.shared.together(['seats'], (ask) => ask.get('seats', 'missing0000000a'));
		expect(repository.shared.peekRecord('seats', 'missing0000000a')).toEqual({ value: undefined });
	});
});
