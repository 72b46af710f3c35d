import type { CollectionName } from '$lib/domain/schemas';
import { announce } from '../local/changes';
import { MissingRecord } from '../errors';
import { recordKey, type FieldConflict, type OutboxOperation } from '../local/local-db';
import { localDb } from '../local/local-store';
import { CONFLICTED_KEY } from '../local/outbox';
import { pocketbaseNow } from '../local/record-types';

type Fields = Record<string, unknown>;

/**
 * Writes `value` at a conflict path: `summary`, `answers.q03` (object entry) or
 * `core_values.humble` (array entry whose `value_id` is `humble`).
 */
function setAtPath(data: Fields, path: string, value: unknown): Fields {
	const [field, key] = path.split(/\.(.*)/s) as [string, string | undefined];
	if (key === undefined) return { ...data, [field]: value };
	const current = data[field];
	if (Array.isArray(current)) {
		const others = current.filter((entry) => (entry as { value_id?: string }).value_id !== key);
		return { ...data, [field]: value === undefined ? others : [...others, value] };
	}
	const entries = { ...((current as Fields | null) ?? {}) };
	if (value === undefined) delete entries[key];
	else entries[key] = value;
	return { ...data, [field]: entries };
}

/** The record after the person's choices; fields they did not choose for keep the local value. */
export function applyChoices(
	data: Fields,
	conflicts: FieldConflict[],
	choices: Record<string, 'local' | 'server'>
): Fields {
	let next = data;
	for (const conflict of conflicts) {
		if (choices[conflict.field] === 'server') next = setAtPath(next, conflict.field, conflict.server);
	}
	return next;
}

/**
 * Settles a conflicted record with the person's choice per field. The result is queued like any
 * edit, so the kept local values reach the server on the next push.
 */
export async function resolveConflict(
	collection: CollectionName,
	id: string,
	choices: Record<string, 'local' | 'server'>
): Promise<void> {
	const db = await localDb();
	const tx = db.transaction(['records', 'outbox', 'meta'], 'readwrite');
	const key = recordKey(collection, id);
	const row = await tx.objectStore('records').get(key);
	if (!row) throw new MissingRecord(collection, id);
	const data = { ...applyChoices(row.data, row.conflicts, choices), updated: pocketbaseNow() };
	await tx.objectStore('records').put({ ...row, data, conflicts: [] });
	const op: OutboxOperation = {
		collection,
		recordId: id,
		kind: 'update',
		fields: row.conflicts.map((conflict) => conflict.field),
		status: 'pending',
		error: '',
		attempts: 0,
		queuedAt: pocketbaseNow()
	};
	await tx.objectStore('outbox').add(op);
	const conflicted = ((await tx.objectStore('meta').get(CONFLICTED_KEY))?.value as string[]) ?? [];
	await tx.objectStore('meta').put({ key: CONFLICTED_KEY, value: conflicted.filter((k) => k !== key) });
	await tx.done;
	announce({ collection, id });
}
