import { resolveChecklist } from '$lib/domain/checklist';
import type { ComparableChecklist } from '$lib/domain/seat-comparison';
import { seatOverview, type SeatOverview } from '$lib/domain/seat-overview';
import { isoDay } from '$lib/domain/seat-review';
import { liveList, liveRecord } from './live.svelte';
import { organization as current } from './organization.svelte';
import { session } from './session.svelte';

/** Today as `YYYY-MM-DD` (UTC, like the due dates). */
export function today(): string {
	return isoDay(Date.now());
}

/**
 * One seat's live overview — its providers' latest verdicts, the decision, who holds it and when
 * they are due for review — read from the local store, so it works offline. Create it during
 * component initialisation.
 */
export function liveSeatOverview(seatId: () => string | undefined) {
	const seat = liveRecord('seats', seatId);
	const organizationId = () => seat.record?.organization ?? '-';
	const organization = current.of(() => seat.record?.organization);
	const providers = liveList('providers', () => ({ organization: organizationId() }));
	const assessments = liveList('assessments', () => ({ seat: seatId() ?? '-' }));
	const decisions = liveList('decisions', () => ({ seat: seatId() ?? '-' }));
	const checklists = liveList('checklists', () => ({ organization: organizationId() }));
	const checklistOf = (id: string) =>
		resolveChecklist(id, checklists.items) as ComparableChecklist | undefined;
	// Member names are not kept offline: the signed-in person is "You".
	const personName = (id: string) => (id === session.actorId ? 'You' : 'Another member');
	const overview = $derived.by((): SeatOverview | null =>
		seat.record && organization.record && !providers.loading && !assessments.loading
			? seatOverview(
					{
						seat: seat.record,
						organization: organization.record,
						providers: providers.items,
						assessments: assessments.items,
						decisions: decisions.items,
						checklistOf,
						personName
					},
					today()
				)
			: null
	);
	return {
		get seat() {
			return seat;
		},
		get overview() {
			return overview;
		},
		get assessments() {
			return assessments.items;
		}
	};
}
