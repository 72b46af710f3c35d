import type { Assessment } from './schemas';
import { gwcVerdict, type ValuesContext, type Verdict } from './verdict';

/** The newest submitted assessment of a provider in one seat, with its verdict. */
export interface SeatVerdict {
	seat: string;
	assessment: string;
	verdict: Verdict;
}

const when = (a: Assessment) => a.assessed_at || a.updated;

/** Per provider, the verdict of its newest submitted assessment in each seat. */
export function latestVerdicts(
	assessments: readonly Assessment[],
	organization: ValuesContext
): Map<string, SeatVerdict[]> {
	const newest = new Map<string, Assessment>();
	for (const a of assessments) {
		if (a.status !== 'submitted') continue;
		const key = `${a.provider}/${a.seat}`;
		const seen = newest.get(key);
		if (!seen || when(a) > when(seen)) newest.set(key, a);
	}
	const byProvider = new Map<string, SeatVerdict[]>();
	for (const a of newest.values()) {
		const verdict = gwcVerdict(a, organization).verdict;
		byProvider.set(a.provider, [
			...(byProvider.get(a.provider) ?? []),
			{ seat: a.seat, assessment: a.id, verdict }
		]);
	}
	return byProvider;
}
