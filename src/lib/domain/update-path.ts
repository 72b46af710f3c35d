/**
 * What "Reload" does to switch to a new version, from what the service-worker registration shows.
 * Pure: the state layer (state/pwa.svelte.ts) reads the registration and acts on the answer.
 *
 * - `reload-now`: nothing is waiting any more. The new worker was already activated (by another tab's
 *   Reload, or because it installed while no page was controlled) or is activating; a navigation
 *   waits for an activating worker, so reloading now lands on the new version. Waiting for a
 *   `controllerchange` here could wait forever: it may already have happened.
 * - `skip-waiting`: a worker is waiting; ask it to skip waiting and reload once it activates.
 */
export type UpdatePath = 'reload-now' | 'skip-waiting';

/** The worker states the Service Worker spec names (ServiceWorker.state). */
export type WorkerState = 'parsed' | 'installing' | 'installed' | 'activating' | 'activated' | 'redundant';

export function updatePath(waiting: WorkerState | null | undefined): UpdatePath {
	return waiting === 'installed' ? 'skip-waiting' : 'reload-now';
}

/**
 * Whether the page may reload once the worker it asked to skip waiting reaches `state`: from
 * `activating` on a navigation is served by it (the browser holds the request until it is activated);
 * `redundant` means another version replaced it, which a reload picks up too.
 */
export function reloadOnWorkerState(state: WorkerState): boolean {
	return state === 'activating' || state === 'activated' || state === 'redundant';
}
