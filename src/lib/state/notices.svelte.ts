/** A short message after an action, optionally with one way to take it back ("Undo"). */
export interface Notice {
	id: number;
	text: string;
	action?: { label: string; run: () => Promise<void> | void };
}

/**
 * The one place screens report what just happened (saved, deleted, failed). Notices stay until
 * dismissed or replaced: an undo must never vanish before someone with a screen reader reaches it.
 */
class Notices {
	current = $state.raw<Notice | null>(null);
	#next = 1;

	show(text: string, action?: Notice['action']): void {
		this.current = { id: this.#next++, text, action };
	}

	dismiss(): void {
		this.current = null;
	}

	async act(): Promise<void> {
		const action = this.current?.action;
		this.current = null;
		await action?.run();
	}
}

export const notices = new Notices();
