/**
 * Drag to reorder a vertical list with Pointer Events (mouse, pen and touch alike). The handle
 * captures the pointer; as the pointer crosses the middle of a neighbouring item the dragged item
 * takes its place through `move`, the same path the Up/Down buttons use. On drop the new position
 * is put in `announcement` for a polite live region.
 */
export class DragReorder {
	/** Index of the item being dragged, or null. */
	active = $state<number | null>(null);
	announcement = $state('');
	#start = -1;

	constructor(
		private readonly items: () => HTMLElement[],
		private readonly move: (from: number, to: number) => void
	) {}

	down = (event: PointerEvent, index: number): void => {
		if (event.pointerType === 'mouse' && event.button !== 0) return;
		event.preventDefault();
		(event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
		this.active = this.#start = index;
		this.announcement = '';
	};

	over = (event: PointerEvent): void => {
		if (this.active === null) return;
		const items = this.items();
		const middle = (i: number) => {
			const box = (items[i] as HTMLElement).getBoundingClientRect();
			return box.top + box.height / 2;
		};
		let to = this.active;
		while (to > 0 && event.clientY < middle(to - 1)) to--;
		while (to < items.length - 1 && event.clientY > middle(to + 1)) to++;
		if (to === this.active) return;
		this.move(this.active, to);
		this.active = to;
	};

	up = (event: PointerEvent): void => {
		if (this.active === null) return;
		const handle = event.currentTarget as HTMLElement;
		if (handle.hasPointerCapture(event.pointerId)) handle.releasePointerCapture(event.pointerId);
		if (this.active !== this.#start) this.announce(this.active);
		this.active = null;
	};

	/** Arrow keys on the handle move the item one place, like the Up/Down buttons; gives the new index. */
	key = (event: KeyboardEvent, index: number): number | null => {
		const by = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
		const to = index + by;
		if (by === 0 || to < 0 || to >= this.items().length) return null;
		event.preventDefault();
		this.move(index, to);
		this.announce(to);
		return to;
	};

	announce(to: number): void {
		this.announcement = `Moved to position ${to + 1} of ${this.items().length}`;
	}
}
