import { assessedAt, compareSeat, type ComparisonInput, type SeatComparison } from './seat-comparison';
import { seatReviewSchedule, type ReviewDue } from './seat-review';
import type { Verdict } from './verdict';

/** A provider holding the seat now, with where it stands and when it is next reviewed. */
export interface SeatHolder {
	providerId: string;
	name: string;
	/** The comparison's verdict; null while the provider has no submitted assessment in the seat. */
	verdict: Verdict | null;
	decisiveReason: string;
	review: ReviewDue;
}

/** What a seat page and Home show of one seat: the comparison, who holds it, when to review. */
export interface SeatOverview {
	comparison: SeatComparison;
	holders: SeatHolder[];
}

/**
 * The overview of one seat as of `today` (`YYYY-MM-DD`): the comparison of its providers (their
 * latest verdicts and the decisions), and the providers holding it now (the decided one, else the
 * current providers assessed in it), soonest review first. `input.assessments` and
 * `input.decisions` must be this seat's.
 */
export function seatOverview(
	input: ComparisonInput & { seat: { review_interval_months?: number | null } },
	today: string
): SeatOverview {
	const comparison = compareSeat(input);
	const schedule = seatReviewSchedule(input.seat, input.providers, input.assessments, input.decisions, today);
	const holders = schedule.map((review) => {
		const assessed = comparison.ranked.find((p) => p.providerId === review.providerId);
		const name = input.providers.find((p) => p.id === review.providerId)?.name ?? 'A removed provider';
		return {
			providerId: review.providerId,
			name,
			verdict: assessed?.verdict ?? null,
			decisiveReason: assessed?.decisiveReason ?? 'Not assessed yet',
			review
		};
	});
	return { comparison, holders };
}

/**
 * The seat to preselect when assessing `providerId`: the seat it was last assessed in (drafts
 * count: that is where the work is), else the only service-provider seat, else the only seat;
 * '' when the person has to choose.
 */
export function preferredSeat(
	providerId: string,
	seats: ReadonlyArray<{ id: string; kind: string }>,
	assessments: ReadonlyArray<{ provider: string; seat: string; assessed_at: string; updated?: string }>
): string {
	const known = new Set(seats.map((s) => s.id));
	const own = assessments
		.filter((a) => a.provider === providerId && known.has(a.seat))
		.sort((a, b) => assessedAt(b).localeCompare(assessedAt(a)))[0];
	if (own) return own.seat;
	const providerSeats = seats.filter((s) => s.kind === 'service_provider');
	if (providerSeats.length === 1) return providerSeats[0]!.id;
	return seats.length === 1 ? seats[0]!.id : '';
}
