import { FIT_CRITERIA, FIT_CRITERIA_LABELS, type FitCriteria, type FitCriterion } from './msp-private.schema';

/**
 * The two-way fit (docs/sales-mode.md): the MSP rating the prospect as a client on three criteria,
 * 0–4 each. The seed's rule is the heart of it: "if the seat you have outlined is purely based on a
 * break-fix model, then we aren't going to be a good fit for you" — a low score on what we deliver
 * makes the prospect no fit whatever the rest says.
 */
export type ClientFitVerdict = 'good_fit' | 'unsure' | 'no_fit';

export interface ClientFit {
	/** Average of the rated criteria, 0–100; null when none is rated. */
	score: number | null;
	rated: number;
	verdict: ClientFitVerdict;
	reasons: string[];
}

/** A criterion at or below this (0–4) rules the prospect out. */
export const NO_FIT_AT = 1;
/** Every criterion at or above this (0–4), all rated, makes a good fit. */
export const GOOD_FIT_AT = 3;

function ratedScores(criteria: FitCriteria): Array<[FitCriterion, number]> {
	return FIT_CRITERIA.flatMap((key) => {
		const score = criteria[key]?.score;
		return typeof score === 'number' ? [[key, score] as [FitCriterion, number]] : [];
	});
}

/**
 * Scores the two-way fit. `no_fit` as soon as one rated criterion is at or below {@link NO_FIT_AT};
 * `good_fit` only when all three are rated and at or above {@link GOOD_FIT_AT}; otherwise `unsure`.
 */
export function clientFit(criteria: FitCriteria): ClientFit {
	const rated = ratedScores(criteria);
	const score =
		rated.length === 0 ? null : (rated.reduce((sum, [, s]) => sum + s, 0) / rated.length / 4) * 100;
	const low = rated.filter(([, s]) => s <= NO_FIT_AT);
	if (low.length > 0) {
		const reasons = low.map(([key, s]) =>
			key === 'model'
				? `What we deliver scores ${s}/4: the seat reads as break-fix, not a strategic partner`
				: `${FIT_CRITERIA_LABELS[key].title} scores ${s}/4`
		);
		return { score, rated: rated.length, verdict: 'no_fit', reasons };
	}
	if (rated.length < FIT_CRITERIA.length) {
		const missing = FIT_CRITERIA.filter((key) => !rated.some(([k]) => k === key));
		const names = missing.map((key) => FIT_CRITERIA_LABELS[key].title).join(', ');
		return { score, rated: rated.length, verdict: 'unsure', reasons: [`Not rated yet: ${names}`] };
	}
	const weak = rated.filter(([, s]) => s < GOOD_FIT_AT);
	if (weak.length > 0) {
		const reasons = weak.map(
			([key, s]) => `${FIT_CRITERIA_LABELS[key].title} scores ${s}/4: talk it through`
		);
		return { score, rated: rated.length, verdict: 'unsure', reasons };
	}
	return { score, rated: rated.length, verdict: 'good_fit', reasons: ['Every criterion scores 3/4 or more'] };
}
