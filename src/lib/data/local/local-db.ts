import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CollectionName } from '$lib/domain/schemas';

/** One field both sides changed differently since the version the local edit was based on. */
export interface FieldConflict {
	field: string;
	local: unknown;
	server: unknown;
}

/**
 * A record as this device holds it. `data` is what screens see; `base` is the last server version
 * this device saw (null until the server has it): the version local edits are based on, so a pull
 * can tell "they changed it" from "we changed it".
 */
export interface StoredRecord {
	key: string;
	collection: CollectionName;
	id: string;
	data: Record<string, unknown>;
	base: Record<string, unknown> | null;
	/** Removed here, kept as a tombstone until the server confirms the delete. */
	deleted: boolean;
	conflicts: FieldConflict[];
}

/** One queued change. The payload is computed from the record at push time (see docs/sync.md). */
export interface OutboxOperation {
	seq?: number;
	collection: CollectionName;
	recordId: string;
	kind: 'create' | 'update' | 'delete';
	/** Fields the screen changed (for `update`); informative, the push sends the diff from `base`. */
	fields: string[];
	status: 'pending' | 'parked';
	/** The server's reason when parked. */
	error: string;
	attempts: number;
	queuedAt: string;
	/**
	 * The fields the last push of this record sent, with their values. A server version that shows
	 * them is this device's own push coming back, not someone else's change (sync/merge.ts).
	 */
	sent?: Record<string, unknown>;
}

export interface LocalSchema extends DBSchema {
	records: { key: string; value: StoredRecord; indexes: { 'by-collection': string } };
	outbox: { key: number; value: OutboxOperation; indexes: { 'by-record': string; 'by-status': string } };
	meta: { key: string; value: { key: string; value: unknown } };
}

export type LocalDb = IDBPDatabase<LocalSchema>;
type Upgrade = (
	db: IDBPDatabase<LocalSchema>,
	tx: IDBPTransaction<LocalSchema, StoreNames<LocalSchema>[], 'versionchange'>
) => void;

/**
 * The local store's versions, oldest first; version N runs `LOCAL_DB_UPGRADES[N - 1]`. Append only:
 * a shipped step never changes, so a device on any older version upgrades in place and keeps its
 * outbox (tested in local-db.test.ts).
 */
export const LOCAL_DB_UPGRADES: Upgrade[] = [
	// 1: records and the outbox
	(db) => {
		db.createObjectStore('records', { keyPath: 'key' }).createIndex('by-collection', 'collection');
		db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
	},
	// 2: sync cursors and status, and finding a record's queued operations without a scan
	(db, tx) => {
		db.createObjectStore('meta', { keyPath: 'key' });
		tx.objectStore('outbox').createIndex('by-record', 'recordId');
	},
	// 3: the status reads its counts without reading the whole outbox (parked operations are few)
	(_db, tx) => {
		tx.objectStore('outbox').createIndex('by-status', 'status');
	}
];

/** The records store key: one store for every collection keeps writes to one transaction. */
export function recordKey(collection: CollectionName, id: string): string {
	return `${collection}/${id}`;
}

/**
 * Opens (creating or upgrading) the local database `name`. When another tab (a newer app version)
 * wants to upgrade it, this connection closes and `onClosed` lets the caller reopen on next use.
 */
export function openLocalDb(
	name: string,
	upgrades: Upgrade[] = LOCAL_DB_UPGRADES,
	onClosed: () => void = () => {}
): Promise<LocalDb> {
	return openDB<LocalSchema>(name, upgrades.length, {
		upgrade(db, oldVersion, _newVersion, tx) {
			for (let version = oldVersion; version < upgrades.length; version++) upgrades[version]?.(db, tx);
		},
		blocking(_current, _next, event) {
			(event.target as IDBDatabase).close();
			onClosed();
		},
		terminated: onClosed
	});
}

/** The database of the person using the app: one per account, one for work without an account. */
export function localDbName(userId: string | null): string {
	return userId ? `rightseat-user-${userId}` : 'rightseat-local';
}

/** Reads a meta value (cursor, last sync time). */
export async function readMeta<T>(db: LocalDb, key: string): Promise<T | undefined> {
	return (await db.get('meta', key))?.value as T | undefined;
}

/** Writes a meta value. */
export async function writeMeta(db: LocalDb, key: string, value: unknown): Promise<void> {
	await db.put('meta', { key, value });
}
