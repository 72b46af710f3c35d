import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { pwaOptions } from './pwa.config';
import { sharedBuild } from './vite.shared';

const pocketbaseUrl = process.env.RIGHTSEAT_DEV_API ?? 'http://127.0.0.1:8090';

/**
 * The sync lab (a test harness handing the data layer to Playwright) is built only outside the
 * production mode: `vite build` replaces its page with an empty component (its +page.ts answers 404),
 * `vite build --mode e2e` (npm run test:e2e) and `npm run dev` keep it.
 */
function syncLabOnlyForTests(): Plugin {
	let production = false;
	return {
		name: 'rightseat:sync-lab-only-for-tests',
		enforce: 'pre',
		configResolved(config) {
			production = config.mode === 'production';
		},
		load(id) {
			if (production && id.split('?')[0]!.endsWith('/routes/(dev)/sync-lab/+page.svelte')) return '';
		}
	};
}

export default defineConfig({
	plugins: [syncLabOnlyForTests(), sveltekit(), SvelteKitPWA(pwaOptions)],
	build: sharedBuild,
	server: {
		// `npm run dev`: the API and PocketBase's admin UI come from the PocketBase that scripts/dev.mjs starts.
		proxy: {
			'/api': { target: pocketbaseUrl, changeOrigin: true, ws: true },
			'/_': { target: pocketbaseUrl, changeOrigin: true }
		}
	},
	test: {
		include: ['src/**/*.{test,spec}.ts', 'tests/unit/**/*.{test,spec}.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node'
	}
});
