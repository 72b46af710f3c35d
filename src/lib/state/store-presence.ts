import { hasLocalData, onStoreOpened } from '$lib/data/local/local-presence';

/**
 * Calls `follow` once this device holds a local store: now if it already does, or when one is
 * opened. Light on purpose (no zod, no idb, no SDK): the shell asks before any data layer loads.
 * Returns the unsubscribe.
 */
export function whenLocalStore(follow: () => void): () => void {
	const unsubscribe = onStoreOpened(follow);
	void hasLocalData().then((has) => has && follow());
	return unsubscribe;
}
