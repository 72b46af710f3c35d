import type { UnsubscribeFunc } from 'pocketbase';
import type { CollectionName } from '$lib/domain/schemas';
import { pb } from './client';
import { localDb } from './local-store';
import { COLLECTIONS } from './local-store';
import { applyDeletions, applyServerRecords, type Deletion } from './pull';

/**
 * Live changes while online: a co-assessor's edit lands without a reload. Events are applied like a
 * pulled record but do not move the pull cursors, so anything missed while the connection dropped is
 * still fetched by the next pull.
 */
export async function subscribeToChanges(
	myUserId: string,
	onError: (error: unknown) => void
): Promise<() => Promise<void>> {
	const stops: UnsubscribeFunc[] = [];
	const apply =
		(collection: CollectionName) => (event: { action: string; record: Record<string, unknown> }) => {
			const work = async () => {
				const db = await localDb();
				if (event.action !== 'delete') return applyServerRecords(db, collection, [event.record]);
				const deletion: Deletion = {
					id: '',
					updated: '',
					record_collection: collection,
					record_id: String(event.record.id),
					organization: String(
						collection === 'organizations' ? event.record.id : (event.record.organization ?? '')
					)
				};
				return applyDeletions(db, [deletion], myUserId);
			};
			work().catch(onError);
		};
	for (const collection of COLLECTIONS)
		stops.push(await pb.collection(collection).subscribe('*', apply(collection)));
	return async () => {
		for (const stop of stops) await stop().catch(() => {});
	};
}
