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
		// hash in a <meta> policy. No 'unsafe-inline' or 'unsafe-eval' for scripts (zod runs jitless:
		// src/hooks.client.ts). Style sheets and <style> only from the app's own files; style
		// *attributes* are allowed ('unsafe-inline' in style-src-attr only) because Svelte writes the
		// first value of a `style:` directive (a bar's width, a grid's column count) into the element's
		// markup. An attribute cannot load anything (img-src 'self') nor select other elements.
		// frame-ancestors cannot live in a <meta>: the server sends it as a header.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
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
