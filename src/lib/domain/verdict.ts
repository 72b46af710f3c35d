import type { CoreValueRating, Gwc } from './assessment.schema';
import { DIMENSION_LABELS, DIMENSIONS } from './checklist.schema';
import type { CoreValue, ValuesBar } from './organization.schema';

/** Where a provider sits: EOS allows no "kind of", so anything not yet decisive is `undecided`. */
export type Verdict = 'right_seat' | 'undecided' | 'wrong_seat';

/** A verdict with the sentences that explain it, decisive ones first. */
export interface VerdictResult {
	verdict: Verdict;
	reasons: string[];
}

/** The organization's side of a verdict. */
export interface ValuesContext {
	core_values: readonly CoreValue[];
	values_bar: ValuesBar;
}

/** How a provider's ratings compare with the organization's bar. */
export interface ValuesCheck {
	/** `below` is decisive even with values unrated: more ratings can only add +/− or −. */
	status: 'met' | 'below' | 'incomplete' | 'none';
	mixed: number;
	minus: number;
	unrated: number;
	reasons: string[];
}

/** Compares ratings of the organization's own values with its bar; ratings of unknown values are ignored. */
export function checkValues(ratings: readonly CoreValueRating[], context: ValuesContext): ValuesCheck {
	const ratingOf = new Map(ratings.map((r) => [r.value_id, r.rating]));
	const named = (rating: CoreValueRating['rating']) =>
		context.core_values.filter((value) => (ratingOf.get(value.id) ?? null) === rating).map((v) => v.name);
	const mixedNames = named('plus_minus');
	const minusNames = named('minus');
	const unrated = named(null).length;
	const { max_mixed, max_minus } = context.values_bar;
	const check = { mixed: mixedNames.length, minus: minusNames.length, unrated };
	const reasons: string[] = [];
	if (check.mixed > max_mixed) {
		reasons.push(
			`Core values: ${check.mixed} rated +/− (the bar allows ${max_mixed}) — ${mixedNames.join(', ')}`
		);
	}
	if (check.minus > max_minus) {
		reasons.push(
			`Core values: ${check.minus} rated − (the bar allows ${max_minus}) — ${minusNames.join(', ')}`
		);
	}
	if (reasons.length > 0) return { status: 'below', ...check, reasons };
	if (context.core_values.length === 0) {
		return {
			status: 'none',
			...check,
			reasons: ['Core values: none named yet, so there is no bar to check']
		};
	}
	if (unrated > 0) {
		const total = context.core_values.length;
		return { status: 'incomplete', ...check, reasons: [`Core values: ${unrated} of ${total} not rated yet`] };
	}
	const summary = `${check.mixed} rated +/−, ${check.minus} rated −`;
	return { status: 'met', ...check, reasons: [`Core values: at or above the bar (${summary})`] };
}

/** One sentence per GWC dimension, sorted into decisive, pending and positive. */
function gwcReasons(gwc: Gwc): { no: string[]; missing: string[]; yes: string[] } {
	const sorted = { no: [] as string[], missing: [] as string[], yes: [] as string[] };
	for (const dimension of DIMENSIONS) {
		const { answer, note } = gwc[dimension];
		const label = DIMENSION_LABELS[dimension];
		const withNote = note.trim() === '' ? '' : ` — ${note.trim()}`;
		if (answer === 'no') sorted.no.push(`${label}: no${withNote}`);
		else if (answer === 'yes') sorted.yes.push(`${label}: yes${withNote}`);
		else sorted.missing.push(`${label}: not answered yet`);
	}
	return sorted;
}

/**
 * The GWC verdict of one assessment. `right_seat` needs yes on all three and values at or above
 * the bar (every value rated); any no, or values below the bar, is `wrong_seat` even in a draft
 * (more answers cannot undo it); otherwise `undecided`. An organization without named values has
 * no bar, so its verdict rests on GWC alone.
 */
export function gwcVerdict(
	assessment: { gwc: Gwc; core_values: readonly CoreValueRating[] },
	context: ValuesContext
): VerdictResult {
	const gwc = gwcReasons(assessment.gwc);
	const values = checkValues(assessment.core_values, context);
	const valuesBelow = values.status === 'below';
	const valuesPending = values.status === 'incomplete';
	const valuesFine = values.status === 'met' || values.status === 'none';
	const reasons = [
		...gwc.no,
		...(valuesBelow ? values.reasons : []),
		...gwc.missing,
		...(valuesPending ? values.reasons : []),
		...gwc.yes,
		...(valuesFine ? values.reasons : [])
	];
	if (gwc.no.length > 0 || valuesBelow) return { verdict: 'wrong_seat', reasons };
	if (gwc.missing.length > 0 || valuesPending) return { verdict: 'undecided', reasons };
	return { verdict: 'right_seat', reasons };
}
