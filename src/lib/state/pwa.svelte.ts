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

	/** Activates the waiting service worker and reloads into the new version. */
	async reload(): Promise<void> {
		// workbox-window reloads by itself only when the page was already controlled at load time;
		// on the first visit it does not, so reload as soon as the new worker takes control.
		navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
			once: true
		});
		await this.#update?.(true);
	}

	dismiss(): void {
		this.needRefresh = false;
		this.offlineReady = false;
	}
}

export const pwa = new PwaState();
