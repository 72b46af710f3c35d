import { error } from '@sveltejs/kit';

// Built only for the e2e tests (`vite build --mode e2e`) and `npm run dev`; in a production build
// the page is an empty stub (vite.config.ts) and its URL is not found.
export function load(): void {
	if (import.meta.env.MODE === 'production') error(404, 'Not found');
}
