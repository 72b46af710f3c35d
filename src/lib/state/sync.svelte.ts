import type { CollectionName } from '$lib/domain/schemas';
import { onRecordChange } from '$lib/data/local/changes';
import { hasLocalData, onStoreOpened } from '$lib/data/local/local-presence';
import { onSyncEvent, type SyncEvent } from '$lib/data/sync/sync-events';
import type { ParkedOperation, RecordConflict } from '$lib/data/local/outbox';
import { syncStatus, type SyncState } from '$lib/domain/sync-status';
import { pwa } from './pwa.svelte';
import { session } from './session.svelte';

type LocalWork = (typeof import('./local-work.svelte'))['localWork'];

// The outbox and the engine load on first use: on a first visit (no local store) not at all until
// a store opens or a record changes; before that there is nothing pending and nothing to read.
const outbox = () => import('$lib/data/local/outbox');
const engine = () => import('$lib/data/sync/sync.engine');

/**
 * A sync reads as one: "Syncing" holds until the engine has been idle this long, so the follow-up
 * cycles it schedules itself (the push's own record changes after 400 ms, the realtime echo) do not
 * flicker "All synced" in between.
 */
export const SETTLE_MS = 700;

/**
 * What the person can see of sync: connection, queued changes, last success, refusals and conflicts.
 * Counts are re-read from the local store after every change, so they survive reloads.
 */
class SyncStatus {
	online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
	pending = $state(0);
	lastSyncedAt = $state.raw<Date | null>(null);
	/** A cycle runs, or ended less than SETTLE_MS ago (and its counts are not re-read yet). */
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
	/** Work made without an account, still waiting to be moved (loaded with this module). */
	localWork = $state.raw<LocalWork | null>(null);
	/** The one state the header shows (see `syncStatus`). */
	status: SyncState = $derived.by(() =>
		syncStatus({
			online: this.online,
			account: session.mode === 'account',
			localOnly:
				session.mode === 'local'
					? this.tracking && (this.pending > 0 || session.organizationId !== '')
					: Boolean(this.localWork?.held),
			pending: this.pending,
			syncing: this.syncing,
			conflicts: this.conflicts.length,
			refused: this.parked.length,
			needsSignIn: session.needsSignIn,
			error: this.error,
			lastSyncedAt: this.lastSyncedAt,
			known: this.tracking,
			offlineReady: pwa.offlineReady
		})
	);
	#refreshing = false;
	#again = false;
	#running = false;
	#settle: ReturnType<typeof setTimeout> | undefined;

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
		if (event.type === 'cycle-started') {
			this.#running = true;
			clearTimeout(this.#settle);
			this.syncing = true;
		}
		if (event.type === 'reachable') this.online = event.online;
		if (event.type === 'cycle-finished') {
			this.#running = false;
			this.error = event.error;
			void this.refresh()
				.catch(() => {})
				.then(() => {
					clearTimeout(this.#settle);
					if (!this.#running) this.#settle = setTimeout(() => (this.syncing = this.#running), SETTLE_MS);
				});
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

// An update stops syncing first (realtime closed, no further pushes): see pwa.beforeSwitch.
pwa.beforeSwitch(async () => (await engine()).syncEngine.stop());

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
	void import('./local-work.svelte').then((module) => (sync.localWork = module.localWork));
}
