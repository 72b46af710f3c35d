import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_CHECKLIST_ID } from '$lib/domain/checklist';
import { newRecordId } from '$lib/domain/schemas';
import { onRecordChange } from './changes';
import { ValidationFailure } from '../errors';
import { localDb } from './local-store';
import { repository } from './repository';
import { readOutboxStatus } from './outbox';

const org = newRecordId();

async function clearStore() {
	const db = await localDb();
	await Promise.all([db.clear('records'), db.clear('outbox'), db.clear('meta')]);
}
afterEach(clearStore);

function seatInput(name = 'IT strategy') {
	return { organization: org, name, kind: 'team' as const, responsibilities: ['Backups'] };
}

describe('repository (local store + outbox)', () => {
	it('creates, reads, lists by field and queues one operation per write', async () => {
		const seat = await repository.create('seats', seatInput());
		expect(seat.id).toMatch(/^[a-z0-9]{15}$/);
		expect(seat.created).toMatch(/^\d{4}-\d{2}-\d{2} /);
		await repository.create('seats', { ...seatInput('Help desk'), organization: newRecordId() });
		expect(await repository.get('seats', seat.id)).toEqual(seat);
		expect((await repository.list('seats', { organization: org })).map((s) => s.name)).toEqual([
			'IT strategy'
		]);
		await repository.update('seats', seat.id, { name: 'Strategy' });
		expect((await repository.get('seats', seat.id))?.name).toBe('Strategy');
		expect((await readOutboxStatus()).pending).toBe(3);
	});

	it('refuses an invalid write with field paths and writes nothing', async () => {
		const failure = await repository
			.create('seats', { ...seatInput(), responsibilities: ['a', 'b', 'c', 'd', 'e', 'f'] })
			.catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(ValidationFailure);
		expect((failure as ValidationFailure).fieldErrors).toHaveProperty('responsibilities');
		const seat = await repository.create('seats', seatInput());
		const nested = await repository
			.update('seats', seat.id, { responsibilities: ['Backups', '<b>x</b>'] })
			.catch((error: unknown) => error as ValidationFailure);
		expect(Object.keys((nested as ValidationFailure).fieldErrors)).toEqual(['responsibilities.1']);
		expect((await repository.get('seats', seat.id))?.responsibilities).toEqual(['Backups']);
		expect((await readOutboxStatus()).pending).toBe(1);
	});

	it('refuses a second create with the same id', async () => {
		const id = newRecordId();
		await repository.create('seats', seatInput(), id);
		await expect(repository.create('seats', seatInput('Other'), id)).rejects.toBeInstanceOf(
			ValidationFailure
		);
		expect((await repository.get('seats', id))?.name).toBe('IT strategy');
	});

	it('hides a removed record and keeps its delete queued', async () => {
		const provider = await repository.create('providers', {
			organization: org,
			name: 'Acme IT',
			status: 'current'
		});
		await repository.remove('providers', provider.id);
		expect(await repository.get('providers', provider.id)).toBeUndefined();
		expect(await repository.list('providers')).toEqual([]);
		expect((await readOutboxStatus()).pending).toBe(2);
	});

	it('tells subscribers which record changed', async () => {
		const changes: string[] = [];
		const stop = onRecordChange((change) => changes.push(`${change.collection}/${change.id}`));
		const assessment = await repository.create('assessments', {
			organization: org,
			seat: newRecordId(),
			provider: newRecordId(),
			checklist: BUILTIN_CHECKLIST_ID,
			assessor: newRecordId(),
			status: 'draft'
		});
		stop();
		expect(changes).toEqual([`assessments/${assessment.id}`]);
	});
});
