import { registerSW } from 'virtual:pwa-register';

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
	 * Switches to the new version: activates the waiting service worker, then reloads. When no worker
	 * is waiting the new one is already active (it installed while no page was controlled by the old
	 * one, e.g. after a hard reload, and activated at once), so the page just reloads into it.
	 */
	async reload(): Promise<void> {
		const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
		if (!waiting) {
			window.location.reload();
			return;
		}
		// workbox-window reloads by itself only when the page was already controlled at load time, so
		// reload here on whichever comes first: the new worker taking control, or its activation (an
		// uncontrolled page sees no controllerchange unless the worker claims it).
		let reloading = false;
		const reloadOnce = () => {
			if (reloading) return;
			reloading = true;
			window.location.reload();
		};
		navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
		waiting.addEventListener('statechange', () => {
			if (waiting.state === 'activated') reloadOnce();
		});
		await this.#update?.(true);
	}

	dismiss(): void {
		this.needRefresh = false;
		this.offlineReady = false;
	}
}

export const pwa = new PwaState();
