// Server versions arriving (pull pages, realtime events) against the local store (fake-indexeddb).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newRecordId } from '$lib/domain/schemas';
import { onRecordChange, type RecordChange } from '../local/changes';
import { recordKey } from '../local/local-db';
import { localDb } from '../local/local-store';
import { readOutboxStatus } from '../local/outbox';
import { applyServerRecords } from './pull';
import { applyEvents } from './realtime';
import { repository } from '../local/repository';

const org = newRecordId();

afterEach(async () => {
	const db = await localDb();
	await Promise.all([db.clear('records'), db.clear('outbox'), db.clear('meta')]);
});

/** A seat created here, then "pushed": the outbox is emptied, as a settled push would. */
async function pushedSeat() {
	const seat = await repository.create('seats', {
		organization: org,
		name: 'Help desk',
		kind: 'team',
		responsibilities: ['Tickets']
	});
	await (await localDb()).clear('outbox');
	return seat;
}

function listen(): RecordChange[] {
	const heard: RecordChange[] = [];
	const stop = onRecordChange((change) => heard.push(change));
	afterEach(stop);
	return heard;
}

describe('server versions', () => {
	it('a version the device already holds (its own push coming back) is not written again', async () => {
		const seat = await pushedSeat();
		const db = await localDb();
		const v1 = { ...seat, name: 'Service desk', updated: '2026-02-01 10:00:00.000Z' };
		await applyServerRecords(db, 'seats', [v1]);
		const heard = listen();
		const before = await db.get('records', recordKey('seats', seat.id));
		await applyServerRecords(db, 'seats', [v1]);
		expect(heard).toEqual([]);
		expect(await db.get('records', recordKey('seats', seat.id))).toEqual(before);
		// a genuinely newer version still lands
		await applyServerRecords(db, 'seats', [{ ...v1, name: 'NOC', updated: '2026-02-01 10:00:01.000Z' }]);
		expect((await repository.get('seats', seat.id))?.name).toBe('NOC');
		expect(heard).toEqual([{ collection: 'seats', id: '*' }]);
	});

	it('an older version arriving late (the echo of an earlier push) does not put older values back', async () => {
		const seat = await pushedSeat();
		const db = await localDb();
		const v1 = { ...seat, name: 'First push', updated: '2026-02-01 10:00:00.000Z' };
		const v2 = { ...seat, name: 'Second push', updated: '2026-02-01 10:00:00.500Z' };
		await applyServerRecords(db, 'seats', [v2]);
		await applyServerRecords(db, 'seats', [v1]);
		expect((await repository.get('seats', seat.id))?.name).toBe('Second push');
	});

	it('the same server version arriving twice (realtime, then pull) keeps a held conflict', async () => {
		const seat = await pushedSeat();
		const db = await localDb();
		const v1 = { ...seat, updated: '2026-02-01 10:00:00.000Z' };
		await applyServerRecords(db, 'seats', [v1]);
		await repository.update('seats', seat.id, { name: 'Mine' });
		const v2 = { ...v1, name: 'Theirs', updated: '2026-02-01 10:00:01.000Z' };
		await applyServerRecords(db, 'seats', [v2]);
		const held = [{ field: 'name', local: 'Mine', server: 'Theirs' }];
		expect((await readOutboxStatus()).conflicts).toEqual([
			{ collection: 'seats', id: seat.id, fields: held }
		]);
		await applyServerRecords(db, 'seats', [v2]);
		expect((await readOutboxStatus()).conflicts).toEqual([
			{ collection: 'seats', id: seat.id, fields: held }
		]);
		// a newer server version is merged again: still both values, the server's the newest
		await applyServerRecords(db, 'seats', [{ ...v2, name: 'Newest', updated: '2026-02-01 10:00:02.000Z' }]);
		expect((await readOutboxStatus()).conflicts[0]?.fields).toEqual([
			{ field: 'name', local: 'Mine', server: 'Newest' }
		]);
	});

	it('a burst of realtime events applies in arrival order, the last version of each record winning', async () => {
		const a = await pushedSeat();
		const b = await pushedSeat();
		const at = (second: number) => `2026-02-01 10:00:0${second}.000Z`;
		const heard = listen();
		await applyEvents(
			[
				{ collection: 'seats', action: 'update', record: { ...a, name: 'A1', updated: at(1) } },
				{ collection: 'seats', action: 'update', record: { ...b, name: 'B1', updated: at(1) } },
				{ collection: 'seats', action: 'update', record: { ...a, name: 'A2', updated: at(2) } },
				{ collection: 'seats', action: 'delete', record: { ...b, updated: at(3) } },
				{ collection: 'seats', action: 'update', record: { ...a, name: 'A3', updated: at(4) } }
			],
			'user00000000001'
		);
		expect((await repository.get('seats', a.id))?.name).toBe('A3');
		expect(await repository.get('seats', b.id)).toBeUndefined();
		// three runs (update, delete, update), not one write per event
		expect(heard.filter((change) => change.collection === 'seats')).toHaveLength(3);
	});
});
