import type { CollectionName } from '$lib/domain/schemas';
import { onRecordChange } from '$lib/data/local/changes';
import { hasLocalData, onStoreOpened } from '$lib/data/local/local-presence';
import { onSyncEvent, type SyncEvent } from '$lib/data/sync/sync-events';
import type { ParkedOperation, RecordConflict } from '$lib/data/local/outbox';

// The outbox and the engine load on first use: on a first visit (no local store) not at all until
// a store opens or a record changes; before that there is nothing pending and nothing to read.
const outbox = () => import('$lib/data/local/outbox');
const engine = () => import('$lib/data/sync/sync.engine');

/**
 * What the person can see of sync: connection, queued changes, last success, refusals and conflicts.
 * Counts are re-read from the local store after every change, so they survive reloads.
 */
class SyncStatus {
	online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
	pending = $state(0);
	lastSyncedAt = $state.raw<Date | null>(null);
	syncing = $state(false);
	parked = $state.raw<ParkedOperation[]>([]);
	conflicts = $state.raw<RecordConflict[]>([]);
	/** The last failure of a sync cycle, in words; '' when the last cycle worked. */
	error = $state('');
	/** This device holds a local store and the counts above come from it (false on a first visit). */
	tracking = $state(false);
	/** Whether the browser promised to keep this site's data (null until asked: once a store exists). */
	storagePersisted = $state<boolean | null>(null);
	/** Unsynced changes the browser may evict: the pending count when storage is not persistent. */
	atRisk = $derived(this.storagePersisted === false ? this.pending : 0);
	#refreshing = false;
	#again = false;

	/** Re-reads the counts from the local store (coalescing bursts of changes into one read). */
	async refresh(): Promise<void> {
		if (this.#refreshing) {
			this.#again = true;
			return;
		}
		this.#refreshing = true;
		try {
			do {
				this.#again = false;
				const status = await (await outbox()).readOutboxStatus();
				this.pending = status.pending;
				this.parked = status.parked;
				this.conflicts = status.conflicts;
				this.lastSyncedAt = status.lastSyncedAt;
				this.tracking = true;
			} while (this.#again);
		} finally {
			this.#refreshing = false;
		}
	}

	/** Follows what the engine reports. */
	observe(event: SyncEvent): void {
		if (event.type === 'cycle-started') this.syncing = true;
		if (event.type === 'reachable') this.online = event.online;
		if (event.type === 'cycle-finished') {
			this.syncing = false;
			this.error = event.error;
			void this.refresh().catch(() => {});
		}
	}

	/** Runs a sync cycle now (push then pull); does nothing without an account or a connection. */
	async syncNow(): Promise<void> {
		await (await engine()).syncEngine.runCycle();
	}

	/** Keeps, per conflicting field, the local or the server value; the result is queued for push. */
	async resolveConflict(
		collection: CollectionName,
		id: string,
		choices: Record<string, 'local' | 'server'>
	): Promise<void> {
		await (await engine()).resolveConflict(collection, id, choices);
	}

	/** Drops a change the server refused; the record returns to the server's version. */
	async discardParked(id: number): Promise<void> {
		await (await outbox()).discardParked(id);
	}
}

export const sync = new SyncStatus();

if (typeof window !== 'undefined') {
	onRecordChange(() => void sync.refresh().catch(() => {}));
	onSyncEvent((event) => sync.observe(event));
	window.addEventListener('online', () => (sync.online = true));
	window.addEventListener('offline', () => (sync.online = false));
	let asked = false;
	/** Starts reading the store's counts and asks the browser to keep the data (once a store exists). */
	const follow = () => {
		void sync.refresh().catch(() => {});
		if (asked) return;
		asked = true;
		void import('$lib/data/local/persistence')
			.then((storage) => storage.requestPersistentStorage())
			.then((persisted) => (sync.storagePersisted = persisted));
	};
	onStoreOpened(follow);
	void hasLocalData().then((has) => has && follow());
}
