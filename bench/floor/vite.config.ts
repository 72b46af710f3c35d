// The benchmark floor: an empty SvelteKit + vite-pwa page built with the app's own config.
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';
import { pwaOptions } from '../../pwa.config';
import { sharedBuild } from '../../vite.shared';

export default defineConfig({
	plugins: [sveltekit(), SvelteKitPWA(structuredClone(pwaOptions))],
	build: sharedBuild
});
