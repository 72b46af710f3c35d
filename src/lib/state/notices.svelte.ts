/** A short message after an action, optionally with one way to take it back ("Undo"). */
export interface Notice {
	id: number;
	text: string;
	/** 'success' notices go by themselves; an 'error' stays until dismissed or replaced. */
	kind: 'success' | 'error';
	action?: { label: string; run: () => Promise<void> | void };
}

/** How long a plain success notice stays on screen. */
export const NOTICE_MS = 4_000;
/** A notice with an action (Undo) stays longer: reaching it takes a moment, with a screen reader more. */
export const NOTICE_WITH_ACTION_MS = 10_000;
/** A notice shown this shortly before a programmatic navigation belongs to the page it leads to. */
const CARRIED_MS = 2_000;

/**
 * The one place screens report what just happened (saved, deleted, failed): one notice at a time.
 * Success notices dismiss themselves (paused while hovered or focused, so an Undo is never pulled
 * away from someone reaching for it) and clear when the person navigates elsewhere; errors stay.
 */
class Notices {
	current = $state.raw<Notice | null>(null);
	#next = 1;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#shownAt = 0;
	#paused = false;

	/** Reports a success; replaces whatever notice was showing. */
	show(text: string, action?: Notice['action']): void {
		this.#set({ id: this.#next++, text, kind: 'success', action });
	}

	/** Reports a failure the person must read: it stays until dismissed, replaced or navigated past. */
	error(text: string, action?: Notice['action']): void {
		this.#set({ id: this.#next++, text, kind: 'error', action });
	}

	dismiss(): void {
		clearTimeout(this.#timer);
		this.current = null;
		this.#paused = false;
	}

	async act(): Promise<void> {
		const action = this.current?.action;
		this.dismiss();
		await action?.run();
	}

	/** The pointer or focus is on the notice: it waits. */
	pause(): void {
		this.#paused = true;
		clearTimeout(this.#timer);
	}

	/** The pointer or focus left: the notice goes after a short while (never less than 2 s). */
	resume(): void {
		this.#paused = false;
		if (this.current) this.#schedule(Math.max(2_000, this.#lifetime(this.current) / 2));
	}

	/**
	 * Called as a navigation starts. A notice shown just before a programmatic navigation ("Seat
	 * added", then the seat opens) goes along to that page; any other success notice stays with the
	 * page left. Errors stay until dismissed.
	 */
	navigating(type: string): void {
		if (!this.current || this.current.kind === 'error') return;
		const carried = type === 'goto' && Date.now() - this.#shownAt < CARRIED_MS;
		if (!carried) this.dismiss();
	}

	#set(notice: Notice): void {
		this.current = notice;
		this.#shownAt = Date.now();
		if (!this.#paused) this.#schedule(this.#lifetime(notice));
		else clearTimeout(this.#timer);
	}

	#lifetime(notice: Notice): number {
		if (notice.kind === 'error') return Infinity;
		return notice.action ? NOTICE_WITH_ACTION_MS : NOTICE_MS;
	}

	#schedule(ms: number): void {
		clearTimeout(this.#timer);
		if (ms === Infinity || typeof window === 'undefined') return;
		const id = this.current?.id;
		this.#timer = setTimeout(() => {
			if (this.current?.id === id && !this.#paused) this.current = null;
		}, ms);
	}
}

export const notices = new Notices();
