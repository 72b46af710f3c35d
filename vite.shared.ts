import type { BuildEnvironmentOptions } from 'vite';

/**
 * Build options the app and the benchmark floor (bench/floor) share.
 *
 * `modulePreload`: Vite lists, inside the entry that every first visit loads, every JS chunk each
 * route would pull in, so that a navigation could start fetching them before the route's own module
 * arrives. With ~40 routes that list was the largest thing the app added to the first visit (~7 kB
 * of chunk names, docs/performance.md). Rollup already hoists each route's transitive imports into
 * the route's module, so they still load in parallel, one step later, from the service worker's
 * precache; SvelteKit starts that step on link hover. Stylesheets stay preloaded: a route must
 * not paint unstyled.
 */
export const sharedBuild: BuildEnvironmentOptions = {
	modulePreload: {
		resolveDependencies: (_file, deps) => deps.filter((dep) => dep.endsWith('.css'))
	}
};
