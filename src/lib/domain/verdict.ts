import type { CoreValueRating, Gwc } from './assessment.schema';
import { DIMENSION_LABELS, DIMENSIONS, type Dimension } from './checklist.schema';
import type { CoreValue, ValuesBar } from './organization.schema';

/** Where a provider sits: EOS allows no "kind of", so anything not yet decisive is `undecided`. */
export type Verdict = 'right_seat' | 'undecided' | 'wrong_seat';

/** A verdict with the sentences that explain it, decisive ones first. */
export interface VerdictResult {
	verdict: Verdict;
	reasons: string[];
	/** The rule and where this provider stands against it, in one sentence (one assessment's verdict). */
	rule?: string;
}

/** The organization's side of a verdict. */
export interface ValuesContext {
	core_values: readonly CoreValue[];
	values_bar: ValuesBar;
}

/** How a provider's ratings compare with what the organization allows (its values bar). */
export interface ValuesCheck {
	/** `below` is decisive even with values unrated: more ratings can only add +/− or −. */
	status: 'met' | 'below' | 'incomplete' | 'none';
	mixed: number;
	minus: number;
	unrated: number;
	/** The values that put the ratings below the bar, by name (empty unless `below`). */
	below: string[];
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
	const below = [
		...(minusNames.length > max_minus ? minusNames : []),
		...(mixedNames.length > max_mixed ? mixedNames : [])
	];
	const check = { mixed: mixedNames.length, minus: minusNames.length, unrated, below };
	const reasons: string[] = [];
	if (check.mixed > max_mixed) {
		reasons.push(
			`Core values: ${check.mixed} rated +/− (at most ${max_mixed} allowed) — ${mixedNames.join(', ')}`
		);
	}
	if (check.minus > max_minus) {
		reasons.push(
			`Core values: ${check.minus} rated − (at most ${max_minus} allowed) — ${minusNames.join(', ')}`
		);
	}
	if (reasons.length > 0) return { status: 'below', ...check, reasons };
	if (context.core_values.length === 0) {
		return {
			status: 'none',
			...check,
			reasons: ['Core values: none named yet, so there is nothing to check them against']
		};
	}
	if (unrated > 0) {
		const total = context.core_values.length;
		return { status: 'incomplete', ...check, reasons: [`Core values: ${unrated} of ${total} not rated yet`] };
	}
	const summary = `${check.mixed} rated +/−, ${check.minus} rated −`;
	return { status: 'met', ...check, reasons: [`Core values: good enough (${summary})`] };
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
	const rule = verdictRule(assessment.gwc, values, context.values_bar);
	if (gwc.no.length > 0 || valuesBelow) return { verdict: 'wrong_seat', reasons, rule };
	if (gwc.missing.length > 0 || valuesPending) return { verdict: 'undecided', reasons, rule };
	return { verdict: 'right_seat', reasons, rule };
}

/** GWC dimensions in the fewest words, as a sentence names them. */
const SHORT: Record<Dimension, string> = { get: 'Get it', want: 'Want it', capacity: 'Capacity' };

/** "Capacity", "Get it and Capacity", "Get it, Want it and Capacity". */
function listed(dimensions: readonly Dimension[]): string {
	const names = dimensions.map((d) => SHORT[d]);
	return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The EOS rule in one sentence, then what settles this verdict: "Right seat needs yes on all
 * three — Capacity is no". A "no" is named first, then values below what is allowed, then what is
 * still missing; a right seat says what it passed.
 */
export function verdictRule(gwc: Gwc, values: ValuesCheck, bar: ValuesBar): string {
	const answered = (answer: 'yes' | 'no' | null) => DIMENSIONS.filter((d) => gwc[d].answer === answer);
	const no = answered('no');
	const missing = answered(null);
	const verb = (list: readonly Dimension[]) => (list.length === 1 ? 'is' : 'are');
	if (no.length > 0) return `Right seat needs yes on all three — ${listed(no)} ${verb(no)} no`;
	if (values.status === 'below') {
		const over = [
			...(values.minus > bar.max_minus ? [`${values.minus} rated − (at most ${bar.max_minus})`] : []),
			...(values.mixed > bar.max_mixed ? [`${values.mixed} rated +/− (at most ${bar.max_mixed})`] : [])
		].join(' and ');
		return `Right seat needs core values rated well enough — ${over}`;
	}
	if (missing.length > 0) {
		return `Right seat needs yes on all three — ${listed(missing)} ${verb(missing)} not answered yet`;
	}
	if (values.status === 'incomplete') {
		return `Right seat needs every core value rated — ${values.unrated} not rated yet`;
	}
	return values.status === 'none'
		? 'Right seat: yes on all three (no core values named yet to check)'
		: 'Right seat: yes on all three, and core values rated well enough';
}
