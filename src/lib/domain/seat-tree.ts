import type { Seat } from './schemas';

/** A seat with the seats that report to it, siblings in name order. */
export interface SeatNode {
	seat: Seat;
	children: SeatNode[];
}

/**
 * The Accountability Chart as a tree. A seat whose parent is missing (deleted, not synced yet)
 * shows at the top rather than disappearing; a loop left by concurrent moves is broken at the
 * first seat met again, so every seat appears exactly once.
 */
export function seatTree(seats: readonly Seat[]): SeatNode[] {
	const byId = new Map(seats.map((s) => [s.id, s]));
	const childrenOf = new Map<string, Seat[]>();
	for (const seat of seats) {
		const parent = seat.parent && byId.has(seat.parent) ? seat.parent : '';
		childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), seat]);
	}
	const placed = new Set<string>();
	const build = (parent: string): SeatNode[] =>
		(childrenOf.get(parent) ?? [])
			.filter((seat) => !placed.has(seat.id))
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((seat) => {
				placed.add(seat.id);
				return { seat, children: build(seat.id) };
			});
	const roots = build('');
	// Seats caught in a loop never hang from a root: show them at the top level.
	// The seat is placed before its children are built, or the loop would lead back to it.
	for (const seat of seats) {
		if (placed.has(seat.id)) continue;
		placed.add(seat.id);
		roots.push({ seat, children: build(seat.id) });
	}
	return roots;
}
