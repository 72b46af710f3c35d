// Loaded by the generated service worker (pwa.config.ts, workbox.importScripts) before workbox.
// PocketBase's API (/api/: sync pulls and pushes, realtime, health) and admin UI (/_/) go straight
// to the network without waking the worker: the Service Worker Static Routing API
// (InstallEvent.addRoutes, Chrome 123+) lets the browser skip the fetch event for them. Workbox
// never answered these anyway (no route matched), but each one was still a fetch event. While a new
// version is switching in, Chrome stops the old worker to activate the new one; a request reaching
// the old worker just then started it again, which drops Chrome's "stop as soon as idle" request,
// and the new version waited for the old worker's idle timeout (forever with DevTools attached).
// docs/operations.md, "Updates". Browsers without addRoutes keep the fetch events: same as before.
self.addEventListener('install', (event) => {
	if (typeof event.addRoutes !== 'function' || typeof URLPattern !== 'function') return;
	const network = (pathname) => ({ condition: { urlPattern: new URLPattern({ pathname }) }, source: 'network' });
	event.waitUntil(
		event
			.addRoutes([network('/api/*'), network('/_/*')])
			.catch(() => {}) // an older router implementation refusing a rule: keep the fetch events
	);
});
