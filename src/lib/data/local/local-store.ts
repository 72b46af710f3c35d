import { COLLECTION_NAMES, type CollectionName } from '$lib/domain/schemas';
import { deliver, followDatabase } from './changes';
import { readIdentity } from './identity';
import { localDbName, openLocalDb, type LocalDb } from './local-db';
import { storeOpened } from './local-presence';

/** Every collection this device stores, in dependency order (a record after the ones it points at). */
export const COLLECTIONS: readonly CollectionName[] = COLLECTION_NAMES;

let active: { name: string; db: Promise<LocalDb> } | null = null;

/** The open database of the current person (opened on first use, after a reload from the identity). */
export function localDb(): Promise<LocalDb> {
	const name = active?.name ?? localDbName(readIdentity().user?.id ?? null);
	if (!active) open(name);
	return active!.db;
}

function open(name: string): void {
	followDatabase(name);
	active = {
		name,
		db: openLocalDb(name, undefined, () => {
			// another tab (a newer version) upgrades it: reopen on next use
			if (active?.name === name) active = null;
		})
	};
	storeOpened(name);
}

/**
 * Switches to the database of `userId` (null = no account). Screens re-query every collection:
 * nothing of the previous person stays visible.
 */
export function useLocalDbOf(userId: string | null): void {
	const name = localDbName(userId);
	if (active?.name === name) return;
	const previous = active;
	open(name);
	if (previous) void previous.db.then((db) => db.close()).catch(() => {});
	for (const collection of COLLECTIONS) deliver({ collection, id: '*' });
}

/** Closes the database in use (before deleting it). */
export async function closeLocalDb(): Promise<void> {
	const current = active;
	active = null;
	if (current) (await current.db).close();
}

/** Opens the store for work without an account. */
export async function openLocalStore(): Promise<void> {
	useLocalDbOf(null);
	await localDb();
}
