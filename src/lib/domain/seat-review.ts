import { assessedAt, type ComparableAssessment, type ComparableDecision } from './seat-comparison';

/** EOS re-assesses every quarter unless the seat says otherwise. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 3;

/** Days before the due date from which a review shows as "due soon". */
export const DUE_SOON_DAYS = 14;

/** The seat's review interval in months: its own (1–24) or, when empty (0), quarterly. */
export function reviewIntervalOf(seat: { review_interval_months?: number | null }): number {
	const months = seat.review_interval_months ?? 0;
	return Number.isInteger(months) && months >= 1 ? months : DEFAULT_REVIEW_INTERVAL_MONTHS;
}

/**
 * `date` (a PocketBase datetime or `YYYY-MM-DD`) plus `months`, as `YYYY-MM-DD` (UTC). A day the
 * target month lacks becomes its last day: 31 January + 1 month = 28 or 29 February.
 */
export function addMonths(date: string, months: number): string {
	const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(year, month - 1 + months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(day, lastDay));
	return target.toISOString().slice(0, 10);
}

/** The UTC day (`YYYY-MM-DD`) of a moment given in milliseconds since 1970. */
export function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD…`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	const ms = Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
	return Math.round(ms / 86_400_000);
}

/** Where a provider's next review stands. */
export type ReviewState = 'never_assessed' | 'overdue' | 'due_soon' | 'scheduled';

/** The next review of a provider in a seat. */
export interface ReviewDue {
	providerId: string;
	/** Newest submitted assessment in the seat, '' when none. */
	lastAssessedAt: string;
	/** `YYYY-MM-DD`: last assessment + the seat's interval; today when never assessed. */
	due: string;
	state: ReviewState;
	/** Days until due (negative: days overdue). */
	daysLeft: number;
	intervalMonths: number;
}

/** When `providerId` is next due for review in the seat, as of `today` (`YYYY-MM-DD`). */
export function reviewDue(
	providerId: string,
	seat: { review_interval_months?: number | null },
	assessments: readonly ComparableAssessment[],
	today: string
): ReviewDue {
	const intervalMonths = reviewIntervalOf(seat);
	const last = assessments
		.filter((a) => a.provider === providerId && a.status === 'submitted')
		.map(assessedAt)
		.sort()
		.at(-1);
	if (!last) {
		return {
			providerId,
			lastAssessedAt: '',
			due: today.slice(0, 10),
			state: 'never_assessed',
			daysLeft: 0,
			intervalMonths
		};
	}
	const due = addMonths(last, intervalMonths);
	const daysLeft = daysBetween(today, due);
	const state = daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'scheduled';
	return { providerId, lastAssessedAt: last, due, state, daysLeft, intervalMonths };
}

/**
 * The providers who hold the seat now: the one the newest decision chose; without any decision,
 * the organization's current providers that have been assessed (or started) in this seat.
 */
export function seatedProviders(
	providers: ReadonlyArray<{ id: string; status: string }>,
	assessments: readonly ComparableAssessment[],
	decisions: readonly ComparableDecision[]
): string[] {
	const newest = [...decisions].sort((a, b) => b.decided_at.localeCompare(a.decided_at))[0];
	if (newest) return [newest.provider];
	const inSeat = new Set(assessments.map((a) => a.provider));
	return providers.filter((p) => p.status === 'current' && inSeat.has(p.id)).map((p) => p.id);
}

/** The review schedule of a seat: one entry per provider holding it, soonest due first. */
export function seatReviewSchedule(
	seat: { review_interval_months?: number | null },
	providers: ReadonlyArray<{ id: string; status: string }>,
	assessments: readonly ComparableAssessment[],
	decisions: readonly ComparableDecision[],
	today: string
): ReviewDue[] {
	return seatedProviders(providers, assessments, decisions)
		.map((id) => reviewDue(id, seat, assessments, today))
		.sort((a, b) => a.due.localeCompare(b.due));
}

/** Per provider, its next review in each seat it holds (seats in the order given). */
export function reviewsByProvider(
	seats: ReadonlyArray<{ id: string; review_interval_months?: number | null }>,
	providers: ReadonlyArray<{ id: string; status: string }>,
	assessments: ReadonlyArray<ComparableAssessment & { seat: string }>,
	decisions: ReadonlyArray<ComparableDecision & { seat: string }>,
	today: string
): Map<string, Array<{ seat: string; review: ReviewDue }>> {
	const byProvider = new Map<string, Array<{ seat: string; review: ReviewDue }>>();
	for (const seat of seats) {
		const inSeat = assessments.filter((a) => a.seat === seat.id);
		const decided = decisions.filter((d) => d.seat === seat.id);
		for (const review of seatReviewSchedule(seat, providers, inSeat, decided, today)) {
			byProvider.set(review.providerId, [
				...(byProvider.get(review.providerId) ?? []),
				{ seat: seat.id, review }
			]);
		}
	}
	return byProvider;
}
