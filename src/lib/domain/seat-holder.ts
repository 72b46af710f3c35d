/** Who fills a seat on the Accountability Chart: the person accountable and, for a provider seat, the provider. */

interface DecidedSeat {
	seat: string;
	provider: string;
	decided_at: string;
}
interface AssessedSeat {
	seat: string;
	provider: string;
	status: string;
	assessed_at?: string;
	updated: string;
}
interface NamedProvider {
	id: string;
	name: string;
	status: 'current' | 'prospective' | 'former';
}

/** The provider a seat shows, and how the app knows it. */
export interface SeatProvider {
	name: string;
	/** `decided`: the seat's newest decision names it; `current`: a current provider assessed in the seat. */
	source: 'decided' | 'current';
}

/**
 * The provider in a seat: the one its newest decision chose; with no decision, the current provider
 * most recently assessed in the seat; otherwise none. A provider missing from `providers` (deleted,
 * not synced yet) is skipped rather than shown without a name.
 */
export function seatProvider(
	seatId: string,
	providers: readonly NamedProvider[],
	decisions: readonly DecidedSeat[],
	assessments: readonly AssessedSeat[]
): SeatProvider | null {
	const byId = new Map(providers.map((p) => [p.id, p]));
	const decided = decisions
		.filter((d) => d.seat === seatId && byId.has(d.provider))
		.sort((a, b) => b.decided_at.localeCompare(a.decided_at))[0];
	if (decided) return { name: byId.get(decided.provider)!.name, source: 'decided' };
	const when = (a: AssessedSeat) => a.assessed_at || a.updated;
	const assessed = assessments
		.filter(
			(a) => a.seat === seatId && a.status === 'submitted' && byId.get(a.provider)?.status === 'current'
		)
		.sort((a, b) => when(b).localeCompare(when(a)))[0];
	return assessed ? { name: byId.get(assessed.provider)!.name, source: 'current' } : null;
}
