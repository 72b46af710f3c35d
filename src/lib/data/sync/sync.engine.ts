import { ClientResponseError } from 'pocketbase';
import { failureMessage, SIGN_IN_AGAIN_MESSAGE } from '../errors';
import { onRecordChange } from '../local/changes';
import { readIdentity } from '../local/identity';
import { writeMeta } from '../local/local-db';
import { localDb } from '../local/local-store';
import { LAST_SYNCED_KEY } from '../local/outbox';
import { pullChanges } from './pull';
import { pushOutbox, PushStopped } from './push';
import { subscribeToChanges } from './realtime';
import { emitSyncEvent } from './sync-events';
import { refreshAuth } from '../server/token';

export { resolveConflict } from './conflicts';

const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 60_000;
/** A quiet pull now and then catches what a dropped realtime connection missed. */
const PERIODIC_MS = 60_000;
/** Local writes come in bursts (typing): wait this long after the last before pushing. */
const PUSH_DELAY_MS = 400;

function isNetwork(error: unknown): boolean {
	return (error instanceof ClientResponseError || error instanceof PushStopped) && error.status === 0;
}

/**
 * Push then pull, one cycle at a time, whenever there is something to do and a way to do it:
 * after local writes, on reconnect, every minute, on "Sync now". Failures back off exponentially;
 * the outbox is never touched by a failure.
 */
class SyncEngine {
	#started = false;
	#running: Promise<void> | null = null;
	#again = false;
	#retryMs = FIRST_RETRY_MS;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#periodic: ReturnType<typeof setInterval> | undefined;
	#stopRealtime: (() => Promise<void>) | null = null;
	#refreshDue = true;
	#stopListening: (() => void) | null = null;

	/** Starts syncing the signed-in person's store. */
	start(): void {
		if (typeof window === 'undefined') return;
		if (this.#started) return this.#schedule(0);
		this.#started = true;
		this.#refreshDue = true;
		window.addEventListener('online', this.#onOnline);
		window.addEventListener('offline', this.#onOffline);
		this.#stopListening = onRecordChange(() => this.#schedule(PUSH_DELAY_MS));
		this.#periodic = setInterval(() => this.#schedule(0), PERIODIC_MS);
		this.#schedule(0);
	}

	/** Stops syncing (sign-out): no request is left running against the next person's store. */
	stop(): void {
		if (!this.#started) return;
		this.#started = false;
		window.removeEventListener('online', this.#onOnline);
		window.removeEventListener('offline', this.#onOffline);
		this.#stopListening?.();
		clearInterval(this.#periodic);
		clearTimeout(this.#timer);
		void this.#stopRealtime?.();
		this.#stopRealtime = null;
	}

	#onOnline = () => {
		this.#refreshDue = true;
		this.#retryMs = FIRST_RETRY_MS;
		this.#schedule(0);
	};

	#onOffline = () => {
		emitSyncEvent({ type: 'reachable', online: false });
		void this.#stopRealtime?.();
		this.#stopRealtime = null;
	};

	#schedule(delayMs: number): void {
		if (!this.#started) return;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.runCycle(), delayMs);
	}

	/** Runs one push-and-pull cycle now (or right after the one running). */
	async runCycle(): Promise<void> {
		if (this.#running) {
			this.#again = true;
			return this.#running;
		}
		this.#running = this.#cycle().finally(() => (this.#running = null));
		await this.#running;
		if (this.#again) {
			this.#again = false;
			await this.runCycle();
		}
	}

	async #cycle(): Promise<void> {
		const user = readIdentity().user;
		if (!this.#started || !user || (typeof navigator !== 'undefined' && !navigator.onLine)) return;
		emitSyncEvent({ type: 'cycle-started' });
		try {
			if (!(await refreshAuth(this.#refreshDue))) {
				emitSyncEvent({ type: 'sign-in-required' });
				emitSyncEvent({ type: 'cycle-finished', error: SIGN_IN_AGAIN_MESSAGE });
				return;
			}
			this.#refreshDue = false;
			const db = await localDb();
			// pull first: local edits are merged onto the newest server version before they go up
			await pullChanges(db, user.id);
			await pushOutbox(db);
			await writeMeta(db, LAST_SYNCED_KEY, new Date().toISOString());
			this.#stopRealtime ??= await subscribeToChanges(user.id, () => this.#schedule(0));
			this.#retryMs = FIRST_RETRY_MS;
			emitSyncEvent({ type: 'reachable', online: true });
			emitSyncEvent({ type: 'cycle-finished', error: '' });
		} catch (error) {
			this.#failed(error);
		}
	}

	#failed(error: unknown): void {
		if (isNetwork(error)) emitSyncEvent({ type: 'reachable', online: false });
		if (error instanceof PushStopped && error.status === 401) {
			this.#refreshDue = true;
			emitSyncEvent({ type: 'sign-in-required' });
		}
		emitSyncEvent({ type: 'cycle-finished', error: failureMessage(error) });
		this.#schedule(this.#retryMs);
		this.#retryMs = Math.min(this.#retryMs * 2, LAST_RETRY_MS);
	}
}

/** The one sync engine. */
export const syncEngine = new SyncEngine();

/** For callers that only need to nudge a cycle (members, upload). */
export function requestSync(): void {
	void syncEngine.runCycle();
}
