import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Seat } from './schemas';
import { seatTree, type SeatNode } from './seat-tree';

// seatTree reads only id, name and parent.
const seat = (id: string, parent = '', name = id) => ({ id, name, parent }) as Seat;

function flatten(nodes: readonly SeatNode[]): string[] {
	return nodes.flatMap((node) => [node.seat.id, ...flatten(node.children)]);
}

describe('seatTree', () => {
	it('hangs seats under their parent, siblings in name order', () => {
		const tree = seatTree([seat('c', 'a', 'Zed'), seat('a', '', 'Top'), seat('b', 'a', 'Alpha')]);
		expect(tree.map((n) => n.seat.id)).toEqual(['a']);
		expect(tree[0]?.children.map((n) => n.seat.id)).toEqual(['b', 'c']);
	});

	it('shows a seat whose parent is gone at the top', () => {
		expect(seatTree([seat('a', 'deleted')]).map((n) => n.seat.id)).toEqual(['a']);
	});

	it('breaks a loop left by concurrent moves instead of losing its seats', () => {
		expect(flatten(seatTree([seat('a', 'b'), seat('b', 'a')])).sort()).toEqual(['a', 'b']);
	});

	it('holds every seat exactly once for any parent graph, cycles and self-parents included', () => {
		const graph = fc.integer({ min: 0, max: 12 }).chain((n) =>
			fc.array(
				// a parent is another seat, itself, a missing seat or none
				fc.record({ parent: fc.integer({ min: -2, max: n }), name: fc.constantFrom('A', 'B', 'C') }),
				{ minLength: n, maxLength: n }
			)
		);
		fc.assert(
			fc.property(graph, (specs) => {
				const seats = specs.map((spec, i) =>
					seat(`s${i}`, spec.parent === -1 ? '' : spec.parent === -2 ? 'gone' : `s${spec.parent}`, spec.name)
				);
				const ids = flatten(seatTree(seats));
				expect(ids.sort()).toEqual(seats.map((s) => s.id).sort());
			})
		);
	});
});
