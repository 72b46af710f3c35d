import type { SvelteKitPWAOptions } from '@vite-pwa/sveltekit';

/** The PWA setup, shared by the app build and the benchmark's empty "floor" build. */
export const pwaOptions: Partial<SvelteKitPWAOptions> = {
	registerType: 'prompt',
	injectRegister: false,
	// SvelteKit builds with a relative base ('./'): registered as "./sw.js", a page loaded at
	// /providers/new looked for /providers/sw.js (the SPA fallback, HTML) and logged "The script has
	// an unsupported MIME type". The worker lives at the root and serves the whole app.
	buildBase: '/',
	scope: '/',
	strategies: 'generateSW',
	manifest: {
		id: '/',
		name: 'RightSeat',
		short_name: 'RightSeat',
		description:
			'Put your IT provider in the right seat: accountability chart, top five responsibilities, GWC and a 10-question checklist.',
		lang: 'en',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		orientation: 'portrait',
		theme_color: '#1d4ed8',
		background_color: '#ffffff',
		icons: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		]
	},
	kit: {
		adapterFallback: 'index.html',
		spa: true
	},
	workbox: {
		// Precache the whole shell (every route's code) so any route opens offline after one visit.
		globPatterns: ['client/**/*.{js,css,html,ico,png,svg,webp,woff,woff2,webmanifest}'],
		// navigateFallback comes from kit.adapterFallback (index.html, precached by `spa`).
		// PocketBase's API and admin UI are never served from the app shell.
		navigateFallbackDenylist: [/^\/api\//, /^\/_\//],
		cleanupOutdatedCaches: true,
		// Sends /api/ and /_/ to the network without a fetch event (static/sw-network-routes.js): an
		// API request must not wake the old worker while a new version switches in.
		importScripts: ['/sw-network-routes.js'],
		// First install takes control at once, so the very first visit already works offline;
		// updates still wait for the user's "Reload" (registerType: 'prompt').
		clientsClaim: true
	},
	devOptions: { enabled: false }
};
