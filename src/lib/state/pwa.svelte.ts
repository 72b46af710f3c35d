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
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.needRefresh = true),
			onOfflineReady: () => (this.offlineReady = true)
		});
	}

	/** Activates the waiting service worker and reloads into the new version. */
	async reload(): Promise<void> {
		await this.#update?.(true);
	}

	dismiss(): void {
		this.needRefresh = false;
		this.offlineReady = false;
	}
}

export const pwa = new PwaState();
