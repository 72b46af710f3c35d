import type { CollectionName } from '$lib/domain/schemas';
import type { FieldConflict, StoredRecord } from '../local/local-db';

/** Fields the server owns: always taken from the server, never pushed, never in conflict. */
export const SERVER_FIELDS = new Set([
	'id',
	'created',
	'updated',
	'collectionId',
	'collectionName',
	'logo',
	'members',
	'writers',
	'owners',
	'expand'
]);

/** Assessment JSON fields merged entry by entry: an answer, a GWC dimension, a value rating. */
const ENTRY_FIELDS: Partial<Record<CollectionName, Record<string, (entry: unknown) => string>>> = {
	assessments: {
		answers: (entry) => String(entry),
		gwc: (entry) => String(entry),
		core_values: (entry) => String((entry as { value_id?: unknown }).value_id)
	}
};

type Fields = Record<string, unknown>;

/** Deep equality of JSON values (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a);
	const keysB = Object.keys(b);
	if (keysA.length !== keysB.length) return false;
	return keysA.every((key) => sameValue((a as Fields)[key], (b as Fields)[key]));
}

/** The fields this device changed since `base` (what a push sends). */
export function changedFields(base: Fields, local: Fields): Fields {
	const changed: Fields = {};
	for (const [field, value] of Object.entries(local)) {
		if (!SERVER_FIELDS.has(field) && !sameValue(base[field], value)) changed[field] = value;
	}
	return changed;
}

interface Merged {
	value: unknown;
	conflicts: FieldConflict[];
}

/** What this device's last push sent of a value: `sent` false when the push did not send it. */
interface Sent {
	sent: boolean;
	value?: unknown;
}
const NOT_SENT: Sent = { sent: false };

/**
 * Three-way merge of one value: whoever changed it wins; both changing it differently conflicts.
 * A server value equal to what this device last pushed is its own push coming back (a realtime
 * event or a pull that overtook the push's answer): whatever the person changed since is later, so
 * it stays, even a change back to the base.
 */
function mergeValue(path: string, base: unknown, local: unknown, server: unknown, pushed: Sent): Merged {
	if (sameValue(local, server)) return { value: server, conflicts: [] };
	if (pushed.sent && sameValue(server, pushed.value)) return { value: local, conflicts: [] };
	if (sameValue(local, base)) return { value: server, conflicts: [] };
	if (sameValue(server, base)) return { value: local, conflicts: [] };
	return { value: local, conflicts: [{ field: path, local, server }] };
}

/** Entries of a keyed object, or of an array keyed by `keyOf`, in a Map. */
function entries(value: unknown, keyOf: (entry: unknown) => string, isArray: boolean): Map<string, unknown> {
	if (isArray) return new Map(((value as unknown[]) ?? []).map((entry) => [keyOf(entry), entry]));
	return new Map(Object.entries((value as Fields) ?? {}));
}

/** Merges a JSON field entry by entry (an answer at a time); entries keep the server's order. */
function mergeEntries(
	field: string,
	base: unknown,
	local: unknown,
	server: unknown,
	keyOf: (e: unknown) => string,
	pushed: Sent
) {
	const isArray = Array.isArray(server) || Array.isArray(local);
	const [b, l, s] = [base, local, server].map((value) => entries(value, keyOf, isArray));
	const p = pushed.sent ? entries(pushed.value, keyOf, isArray) : null;
	const keys = new Set([...s!.keys(), ...l!.keys()]);
	const merged = new Map<string, unknown>();
	const conflicts: FieldConflict[] = [];
	for (const key of keys) {
		const entry = p ? { sent: true, value: p.get(key) } : NOT_SENT;
		const result = mergeValue(`${field}.${key}`, b!.get(key), l!.get(key), s!.get(key), entry);
		if (result.value !== undefined) merged.set(key, result.value);
		conflicts.push(...result.conflicts);
	}
	const value = isArray ? [...merged.values()] : Object.fromEntries(merged);
	return { value, conflicts };
}

/**
 * Folds a server version into a record that has local changes not yet pushed. Fields only one
 * side changed take that side; fields both changed differently keep the local value and are
 * listed as conflicts (the person chooses; nothing is overwritten silently). The server version
 * becomes the new base, so the next push sends exactly the local changes that remain. `sent` is
 * what this device's push in flight (or whose answer was lost) set: see `mergeValue`.
 */
export function mergeServerVersion(row: StoredRecord, server: Fields, sent: Fields = {}): StoredRecord {
	const base = row.base ?? server;
	const data: Fields = { ...server };
	const conflicts: FieldConflict[] = [];
	const entryFields = ENTRY_FIELDS[row.collection] ?? {};
	for (const [field, local] of Object.entries(row.data)) {
		if (SERVER_FIELDS.has(field)) continue;
		const keyOf = entryFields[field];
		const pushed = field in sent ? { sent: true, value: sent[field] } : NOT_SENT;
		const result = keyOf
			? mergeEntries(field, base[field], local, server[field], keyOf, pushed)
			: mergeValue(field, base[field], local, server[field], pushed);
		data[field] = result.value;
		conflicts.push(...result.conflicts);
	}
	return { ...row, data, base: server, conflicts };
}
