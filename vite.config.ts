import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { pwaOptions } from './pwa.config';

const pocketbaseUrl = process.env.RIGHTSEAT_DEV_API ?? 'http://127.0.0.1:8090';

export default defineConfig({
	plugins: [sveltekit(), SvelteKitPWA(pwaOptions)],
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
