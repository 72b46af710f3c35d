import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LOCAL_DB_UPGRADES, openLocalDb, type OutboxOperation } from './local-db';

const op: OutboxOperation = {
	collection: 'seats',
	recordId: 'abcdefghijklmno',
	kind: 'create',
	fields: ['name'],
	status: 'pending',
	error: '',
	attempts: 0,
	queuedAt: '2026-01-31 09:00:00.000Z'
};

describe('local store versions', () => {
	it('upgrading a device from every older version keeps its records and its outbox in order', async () => {
		for (let from = 1; from < LOCAL_DB_UPGRADES.length; from++) {
			const name = `upgrade-from-${from}`;
			const old = await openLocalDb(name, LOCAL_DB_UPGRADES.slice(0, from));
			await old.add('outbox', { ...op, recordId: 'first0000000000' });
			await old.add('outbox', { ...op, recordId: 'second000000000' });
			await old.put('records', {
				key: 'seats/first0000000000',
				collection: 'seats',
				id: 'first0000000000',
				data: { name: 'Kept' },
				base: null,
				deleted: false,
				conflicts: []
			});
			old.close();
			const upgraded = await openLocalDb(name);
			expect(upgraded.version).toBe(LOCAL_DB_UPGRADES.length);
			expect((await upgraded.getAll('outbox')).map((queued) => queued.recordId)).toEqual([
				'first0000000000',
				'second000000000'
			]);
			expect(await upgraded.getAllFromIndex('outbox', 'by-record', 'second000000000')).toHaveLength(1);
			expect(await upgraded.countFromIndex('outbox', 'by-status', 'pending')).toBe(2);
			expect((await upgraded.get('records', 'seats/first0000000000'))?.data).toEqual({ name: 'Kept' });
			upgraded.close();
		}
	});

	it('an old tab gives way when a newer version opens the same store', async () => {
		let closed = false;
		const old = await openLocalDb('two-tabs', LOCAL_DB_UPGRADES.slice(0, 1), () => (closed = true));
		const newer = await openLocalDb('two-tabs');
		expect(closed).toBe(true);
		expect(newer.objectStoreNames.contains('meta')).toBe(true);
		newer.close();
		old.close();
	});
});
