import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker's lifecycle as runes: `needRefresh` turns true when a new version is waiting,
 * `offlineReady` once the shell is precached. Registered once, from the root layout.
 */
class PwaState {
	needRefresh = $state(false);
	offlineReady = $state(false);
	#registered = false;

	register(): void {
		if (this.#registered || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		// Registering fetches sw.js to look for an update; offline that fails and Chrome logs "An unknown
		// error occurred when fetching the script". The installed worker serves the page meanwhile:
		// register (and so check) once the connection is back.
		if (!navigator.onLine) {
			window.addEventListener('online', () => this.register(), { once: true });
			return;
		}
		this.#registered = true;
		registerSW({
			immediate: true,
			onNeedRefresh: () => (this.needRefresh = true),
			onOfflineReady: () => (this.offlineReady = true),
			onRegisterError: () => {} // a failed check (the network dropped meanwhile): the next load retries
		});
	}

	/**
	 * Switches to the new version: asks the waiting service worker to activate, waits until it has
	 * (or until it is gone: replaced, or activated from another tab), then reloads. When no worker
	 * is waiting the new one is already active (activated elsewhere, or installed while nothing was
	 * controlled and activated at once), so the page just reloads into it.
	 *
	 * Why not just workbox-window's `messageSkipWaiting` and a reload on `controllerchange`: on a
	 * signed-in page (sync running) the waiting worker sometimes never activated — the SKIP_WAITING
	 * message was posted, and even `skipWaiting()` called inside the worker stayed pending for 40 s
	 * (Chromium activates a worker only once the old one is idle, and this page kept it busy), so no
	 * `controllerchange` came and the page never reloaded (tests/e2e/sync-update.spec.ts failed in
	 * 7 of 14 runs on a loaded machine). Now the page reloads anyway once the worker has had
	 * SETTLE_MS to move: leaving the page frees the old worker, Chromium activates the new one for the
	 * navigation (its skip-waiting flag is set), and the reload loads the new version.
	 */
	async reload(): Promise<void> {
		const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
		if (waiting) await activated(waiting);
		window.location.reload();
	}

	dismiss(): void {
		this.needRefresh = false;
		this.offlineReady = false;
	}
}

export const pwa = new PwaState();

/** How often the waiting worker is asked again while it has not moved. */
const ASK_AGAIN_MS = 1000;
/** How long the page waits for the worker to move before it reloads anyway (see `reload`). */
const SETTLE_MS = 3000;

/**
 * Resolves once `worker` has left the waiting state (activating, activated or redundant), this
 * page's controller changed, or SETTLE_MS passed, asking it to skip waiting meanwhile. Checked
 * after the listeners are in place, so a change that happened before is not missed.
 */
function activated(worker: ServiceWorker): Promise<void> {
	return new Promise((resolve) => {
		const moved = () => worker.state !== 'installed' && worker.state !== 'installing';
		const ask = () => worker.postMessage({ type: 'SKIP_WAITING' });
		const timer = setInterval(ask, ASK_AGAIN_MS);
		const settle = setTimeout(() => done(), SETTLE_MS);
		const check = () => {
			if (moved()) done();
		};
		const done = () => {
			clearInterval(timer);
			clearTimeout(settle);
			worker.removeEventListener('statechange', check);
			navigator.serviceWorker.removeEventListener('controllerchange', done);
			resolve();
		};
		worker.addEventListener('statechange', check);
		navigator.serviceWorker.addEventListener('controllerchange', done);
		if (moved()) done();
		else ask();
	});
}
