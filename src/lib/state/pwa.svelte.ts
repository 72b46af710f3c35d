import { registerSW } from 'virtual:pwa-register';
import { reloadOnWorkerState, updatePath } from '$lib/domain/update-path';

/** How long "Reload" waits for the app's requests to close before asking the worker to switch. */
const STOP_WAIT_MS = 1_000;
/** After this, "Reload" reloads even if the new worker has not taken over yet. */
const SWITCH_FALLBACK_MS = 5_000;

/**
 * The service worker's lifecycle as runes: `needRefresh` turns true when a new version is waiting,
 * `offlineReady` once the shell is precached. Registered once, from the root layout.
 */
class PwaState {
	needRefresh = $state(false);
	offlineReady = $state(false);
	#update: ((reload?: boolean) => Promise<void>) | undefined;

	register(): void {
		if (this.#update || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		// Registering fetches sw.js to look for an update; offline that fails and Chrome logs "An unknown
		// error occurred when fetching the script". The installed worker serves the page meanwhile:
		// register (and so check) once the connection is back.
		if (!navigator.onLine) {
			window.addEventListener('online', () => this.register(), { once: true });
			return;
		}
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.needRefresh = true),
			onOfflineReady: () => (this.offlineReady = true),
			onRegisterError: () => {} // a failed check (the network dropped meanwhile): the next load retries
		});
	}

	/**
	 * Runs before a waiting worker is asked to take over: the sync state closes realtime and
	 * schedules no further cycle there (a cycle already running finishes; its outbox is in
	 * IndexedDB, so the reload loses nothing). API requests no longer reach the worker at all
	 * (static/sw-network-routes.js): a request that did could restart the old worker Chrome had
	 * stopped to switch versions, and hold the switch (docs/operations.md, "Updates").
	 */
	beforeSwitch(hook: () => void | Promise<void>): void {
		this.#beforeSwitch.push(hook);
	}
	#beforeSwitch: (() => void | Promise<void>)[] = [];

	/**
	 * Switches to the new version. With no worker waiting the new one is already active or activating
	 * (another tab's Reload, or it installed while no page was controlled): reload now, not after a
	 * `controllerchange` that may already have happened. Otherwise stop the app's long-lived requests,
	 * ask the waiting worker to skip waiting and reload on whichever comes first: it taking control,
	 * it reaching `activating`, or SWITCH_FALLBACK_MS (a reload ends this document's requests, which
	 * is what the old worker may still be busy with).
	 */
	async reload(): Promise<void> {
		const waiting = (await navigator.serviceWorker.getRegistration())?.waiting ?? null;
		let reloading = false;
		const reloadOnce = () => {
			if (reloading) return;
			reloading = true;
			window.location.reload();
		};
		if (updatePath(waiting?.state) === 'reload-now' || !waiting) return reloadOnce();
		navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
		waiting.addEventListener('statechange', () => {
			if (reloadOnWorkerState(waiting.state)) reloadOnce();
		});
		setTimeout(reloadOnce, SWITCH_FALLBACK_MS);
		await Promise.race([
			Promise.allSettled(this.#beforeSwitch.map(async (hook) => hook())),
			new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS))
		]);
		if (reloadOnWorkerState(waiting.state)) return reloadOnce();
		await this.#update?.(true);
	}

	dismiss(): void {
		this.needRefresh = false;
		this.offlineReady = false;
	}
}

export const pwa = new PwaState();
