import { untrack } from 'svelte';
import type { CollectionName } from '$lib/domain/schemas';
import { repository, type RecordOf } from '$lib/data/local/repository';
// a screen that shows records has links to others: the press on one reads ahead (tap-ahead.ts)
import './read-ahead';

/** The records of one collection matching a filter, re-read from the local store on every change. */
class LiveList<C extends CollectionName> {
	items = $state.raw<RecordOf<C>[]>([]);
	loading = $state(true);
	/** The filter (as JSON) the current `items` answer; undefined before the first read. */
	readFor = $state<string | undefined>(undefined);
	readonly #where: () => unknown;

	constructor(where: () => unknown) {
		this.#where = where;
	}

	/**
	 * True once `items` answer the current filter: after the filter changes (another seat on the
	 * same screen) the old items stay until the new read lands, and a screen that must not mix
	 * them with other fresh reads waits for this.
	 */
	get fresh(): boolean {
		return this.readFor !== undefined && this.readFor === filterKey(this.#where());
	}
}

function filterKey(filter: unknown): string {
	return JSON.stringify(filter ?? null);
}

/** One record by id, re-read on every change of its collection. */
class LiveRecord<C extends CollectionName> {
	record = $state.raw<RecordOf<C> | undefined>(undefined);
	loading = $state(true);
	/** The id the current `record` answers (undefined before the first read): '' when there was none. */
	readFor = $state<string | undefined>(undefined);
}

type Load = (isCurrent: () => boolean) => Promise<void>;

/**
 * Runs the loader `prepare()` returns now, after every change of `collection`, and again whenever
 * the reactive inputs `prepare` reads change. Only the newest read may write its answer, so a slow
 * old query never overwrites a newer one. Reads go through the shared read cache: an answer still
 * current (the same read made before, or started ahead by the tap that opened the screen) is
 * written at once, and a change of the collection always reads again (it makes the kept answer
 * out of date before any listener hears of it).
 */
function follow(collection: CollectionName, prepare: () => Load): void {
	$effect(() => {
		const load = prepare();
		let generation = 0;
		let alive = true;
		const run = () => {
			const mine = ++generation;
			void load(() => alive && mine === generation).catch(() => {});
		};
		run();
		const unsubscribe = repository.subscribe((change) => {
			if (change.collection === collection) run();
		});
		return () => {
			alive = false;
			unsubscribe();
		};
	});
}

/** A reactive list of `collection` filtered by `where()`; create it during component initialisation. */
export function liveList<C extends CollectionName>(
	collection: C,
	where: () => Partial<RecordOf<C>> | undefined = () => undefined
): LiveList<C> {
	const live = new LiveList<C>(where);
	const show = (filter: Partial<RecordOf<C>> | undefined, items: RecordOf<C>[]) => {
		live.items = items;
		live.readFor = filterKey(filter);
		live.loading = false;
	};
	// the screen's first frame already has the records when this read was made (or started) before
	const first = untrack(where);
	const kept = repository.shared.peekList(collection, first);
	if (kept) show(first, kept.value);
	follow(collection, () => {
		const filter = where();
		return async (isCurrent) => {
			const known = repository.shared.peekList(collection, filter);
			const items = known ? known.value : await repository.shared.list(collection, filter);
			if (isCurrent()) show(filter, items);
		};
	});
	return live;
}

/** A reactive single record; `id()` may return '' or undefined while the id is not known yet. */
export function liveRecord<C extends CollectionName>(
	collection: C,
	id: () => string | undefined
): LiveRecord<C> {
	const live = new LiveRecord<C>();
	const show = (recordId: string | undefined, record: RecordOf<C> | undefined) => {
		live.record = record;
		live.readFor = recordId ?? '';
		live.loading = false;
	};
	const peek = (recordId: string | undefined) =>
		recordId ? repository.shared.peekRecord(collection, recordId) : { value: undefined };
	const first = untrack(id);
	const kept = peek(first);
	if (kept) show(first, kept.value);
	follow(collection, () => {
		const recordId = id();
		return async (isCurrent) => {
			const known = peek(recordId);
			const record = known ? known.value : await repository.shared.get(collection, recordId!);
			if (isCurrent()) show(recordId, record);
		};
	});
	return live;
}
