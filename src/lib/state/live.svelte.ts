import type { CollectionName } from '$lib/domain/schemas';
import { repository, type RecordOf } from '$lib/data/local/repository';

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
 * old query never overwrites a newer one.
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
	follow(collection, () => {
		const filter = where();
		return async (isCurrent) => {
			const items = await repository.list(collection, filter);
			if (!isCurrent()) return;
			live.items = items;
			live.readFor = filterKey(filter);
			live.loading = false;
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
	follow(collection, () => {
		const recordId = id();
		return async (isCurrent) => {
			const record = recordId ? await repository.get(collection, recordId) : undefined;
			if (!isCurrent()) return;
			live.record = record;
			live.readFor = recordId ?? '';
			live.loading = false;
		};
	});
	return live;
}
