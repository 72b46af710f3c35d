import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// SPA: PocketBase serves build/ and falls back to index.html for every client route.
		// precompress: a .br and a .gz beside every text file, which the server sends as they are
		// (pocketbase/cmd/rightseat/static.go).
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: 'index.html',
			strict: true,
			precompress: true
		}),
		// The service worker comes from @vite-pwa/sveltekit, not SvelteKit's own registration.
		serviceWorker: { register: false },
		// Hash mode: the fallback page is prerendered, so its inline bootstrap script is allowed by
		// hash in a <meta> policy. No 'unsafe-inline' anywhere: the app has no inline styles or style
		// attributes (element.style set from script, as chart.js does, is not governed by CSP).
		// frame-ancestors cannot live in a <meta>: the server sends it as a header.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
