import type { UnsubscribeFunc } from 'pocketbase';
import type { CollectionName } from '$lib/domain/schemas';
import { pb } from '../server/client';
import { localDb } from '../local/local-store';
import { COLLECTIONS } from '../local/local-store';
import { applyDeletions, applyServerRecords, type Deletion } from './pull';

interface RealtimeEvent {
	collection: CollectionName;
	action: string;
	record: Record<string, unknown>;
}

function deletionOf({ collection, record }: RealtimeEvent): Deletion {
	return {
		id: '',
		updated: '',
		record_collection: collection,
		record_id: String(record.id),
		organization: String(collection === 'organizations' ? record.id : (record.organization ?? ''))
	};
}

/**
 * Applies queued events in arrival order, a run at a time: consecutive changes of one collection in
 * one transaction, consecutive deletes in another. Versions the device already holds (its own
 * pushes coming back) are not written again (see `applyServerRecords`).
 */
export async function applyEvents(events: RealtimeEvent[], myUserId: string): Promise<void> {
	const db = await localDb();
	for (let start = 0; start < events.length;) {
		const first = events[start]!;
		const deleting = first.action === 'delete';
		let end = start + 1;
		while (
			end < events.length &&
			(events[end]!.action === 'delete') === deleting &&
			(deleting || events[end]!.collection === first.collection)
		)
			end++;
		const run = events.slice(start, end);
		if (deleting) await applyDeletions(db, run.map(deletionOf), myUserId);
		else
			await applyServerRecords(
				db,
				first.collection,
				run.map((event) => event.record)
			);
		start = end;
	}
}

/**
 * Live changes while online: a co-assessor's edit lands without a reload. Events are applied like a
 * pulled record but do not move the pull cursors, so anything missed while the connection dropped is
 * still fetched by the next pull. A burst of events (a batch someone pushed) is applied in a few
 * transactions rather than one per record.
 */
export async function subscribeToChanges(
	myUserId: string,
	onError: (error: unknown) => void
): Promise<() => Promise<void>> {
	const stops: UnsubscribeFunc[] = [];
	let queue: RealtimeEvent[] = [];
	let flushing = false;
	let stopped = false;
	const flush = async () => {
		flushing = true;
		try {
			while (queue.length && !stopped) {
				const events = queue;
				queue = [];
				await applyEvents(events, myUserId);
			}
		} catch (error) {
			onError(error);
		} finally {
			flushing = false;
		}
	};
	const receive =
		(collection: CollectionName) => (event: { action: string; record: Record<string, unknown> }) => {
			queue.push({ collection, action: event.action, record: event.record });
			if (!flushing) setTimeout(() => void flush(), 0);
			flushing = true;
		};
	for (const collection of COLLECTIONS)
		stops.push(await pb.collection(collection).subscribe('*', receive(collection)));
	return async () => {
		stopped = true;
		queue = [];
		for (const stop of stops) await stop().catch(() => {});
	};
}
