// What the first screen may know about this device's data without loading the data layer: no zod,
// no idb, no SDK (see docs/sync.md, "What a first visit loads"). The store itself (local-store.ts,
// records.ts) still validates every record with zod at the IndexedDB boundary.

/** localStorage key of the remembered identity (read and validated by identity.ts). */
export const IDENTITY_KEY = 'rightseat.identity';
/** localStorage key of this device's actor id before sign-up. */
export const LOCAL_ACTOR_KEY = 'rightseat.local-actor';
/** Every local database is `rightseat-local` or `rightseat-user-<id>` (local-db.ts, localDbName). */
const DB_PREFIX = 'rightseat-';

function storage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined; // storage blocked by the browser
	}
}

/**
 * Whether this device already holds something of the app: a remembered identity (account or
 * organization) or a local database. A first visit answers false and the data layer stays unloaded
 * until the person acts; when the browser cannot list databases the answer is true (load it, to be
 * safe).
 */
export async function hasLocalData(): Promise<boolean> {
	if (remembersSomeone()) return true;
	if (typeof indexedDB === 'undefined') return false;
	if (typeof indexedDB.databases !== 'function') return true;
	try {
		const databases = await indexedDB.databases();
		return databases.some((db) => db.name?.startsWith(DB_PREFIX));
	} catch {
		return true;
	}
}

/** A remembered user or organization: a hint only, identity.ts validates what it reads. */
function remembersSomeone(): boolean {
	try {
		const identity: unknown = JSON.parse(storage()?.getItem(IDENTITY_KEY) ?? 'null');
		if (typeof identity !== 'object' || identity === null) return false;
		return Boolean(
			(identity as { user?: unknown }).user || (identity as { organizationId?: unknown }).organizationId
		);
	} catch {
		return true; // unreadable: let identity.ts decide
	}
}

const ID_PATTERN = /^[a-z0-9]{15}$/;
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const UNBIASED_LIMIT = 252;

/**
 * The id that signs records (assessor, decided_by, invited_by) before there is an account: stable
 * on this device, replaced by the user's id when local work is uploaded. Same format and generator
 * as the domain's `recordId` / `newRecordId` (checked in local-presence.test.ts), without zod.
 */
export function localActorId(): string {
	const existing = storage()?.getItem(LOCAL_ACTOR_KEY);
	if (existing && ID_PATTERN.test(existing)) return existing;
	let id = '';
	const bytes = new Uint8Array(32);
	while (id.length < 15) {
		crypto.getRandomValues(bytes);
		for (const byte of bytes)
			if (byte < UNBIASED_LIMIT && id.length < 15) id += ID_ALPHABET[byte % ID_ALPHABET.length];
	}
	storage()?.setItem(LOCAL_ACTOR_KEY, id);
	return id;
}

type Listener = (name: string) => void;
const openedListeners = new Set<Listener>();
let opened = '';

/** Tells listeners the local database `name` was opened (called by local-store.ts). */
export function storeOpened(name: string): void {
	opened = name;
	for (const listener of openedListeners) listener(name);
}

/**
 * Calls `listener` whenever a local database opens, and at once if one already did (a module loaded
 * late still learns of it): the sync status starts reading the store then.
 */
export function onStoreOpened(listener: Listener): () => void {
	openedListeners.add(listener);
	if (opened) listener(opened);
	return () => {
		openedListeners.delete(listener);
	};
}
