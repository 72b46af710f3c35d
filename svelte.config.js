import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// SPA: PocketBase serves build/ and falls back to index.html for every client route.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true }),
		// The service worker comes from @vite-pwa/sveltekit, not SvelteKit's own registration.
		serviceWorker: { register: false }
	}
};

export default config;
