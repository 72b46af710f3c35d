/**
 * Asks the browser to keep this site's data under storage pressure. Resolves true when it promised,
 * false when it refused (iOS home-screen apps, Chrome without engagement), null when unknowable.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.persist) return null;
	try {
		if (await storage.persisted()) return true;
		return await storage.persist();
	} catch {
		return null;
	}
}
