/**
 * Blind scoring (docs/sales-mode.md), the rule the server enforces in the assessments API rules,
 * stated once for the app: while a provider's round is blind and not revealed, each assessor sees
 * only their own assessment of it. The round is revealed by an owner, or by the server when every
 * listed assessor has submitted. The app uses these functions to explain the state; it never
 * relies on them to hide anything (the server never sends what the rule forbids).
 */

/** The round fields of a provider. */
export interface BlindRound {
	blind: boolean;
	revealed: boolean;
	blind_assessors: readonly string[];
}

/** The fields of an assessment the rule reads. */
export interface BlindAssessment {
	assessor: string;
	status: 'draft' | 'submitted';
}

/** Whether `viewer` may read `assessment` of a provider with round `round` (the server's rule). */
export function canSeeAssessment(viewer: string, assessment: BlindAssessment, round: BlindRound): boolean {
	return assessment.assessor === viewer || !round.blind || round.revealed;
}

/** Where a blind round stands. */
export interface RoundState {
	/** `open`: not blind; `blind`: answers hidden; `revealed`: everyone sees them. */
	phase: 'open' | 'blind' | 'revealed';
	/** Listed assessors who have submitted. */
	submitted: string[];
	/** Listed assessors still to submit (the round reveals itself when this is empty). */
	waitingFor: string[];
}

/**
 * The state of a round from the provider and the assessments given. Before the reveal the caller
 * only holds their own assessment, so `submitted` and `waitingFor` are complete only once revealed
 * (or for the caller's own line); the phase comes from the provider's flags alone.
 */
export function roundState(round: BlindRound, assessments: readonly BlindAssessment[]): RoundState {
	const done = new Set(assessments.filter((a) => a.status === 'submitted').map((a) => a.assessor));
	const submitted = round.blind_assessors.filter((id) => done.has(id));
	const waitingFor = round.blind_assessors.filter((id) => !done.has(id));
	const phase = !round.blind ? 'open' : round.revealed ? 'revealed' : 'blind';
	return { phase, submitted, waitingFor };
}

/**
 * Whether the server reveals the round once `assessor` submits, given every assessment of the
 * provider (what the server sees): blind, not revealed, listed assessors, and the last one missing
 * is `assessor`.
 */
export function revealsOnSubmit(
	assessor: string,
	round: BlindRound,
	assessments: readonly BlindAssessment[]
): boolean {
	if (!round.blind || round.revealed || round.blind_assessors.length === 0) return false;
	const done = new Set(assessments.filter((a) => a.status === 'submitted').map((a) => a.assessor));
	done.add(assessor);
	return round.blind_assessors.every((id) => done.has(id));
}

/** The assessments `viewer` may read, in the given order. */
export function visibleAssessments<T extends BlindAssessment>(
	viewer: string,
	assessments: readonly T[],
	round: BlindRound
): T[] {
	return assessments.filter((assessment) => canSeeAssessment(viewer, assessment, round));
}

/** Whether a provider's answers are hidden from everyone's summaries (blind and not revealed yet). */
export function hiddenUntilReveal(round: Partial<BlindRound>): boolean {
	return round.blind === true && round.revealed !== true;
}

/**
 * The assessments summaries may use (comparison, gap, charts, report): none of a provider whose
 * round is still blind — not even the viewer's own, so a summary never shows one person's score as
 * "the" score, and nothing stale left on this device from before the round leaks either.
 */
export function inTheOpen<T extends { provider: string }>(
	assessments: readonly T[],
	providers: ReadonlyArray<{ id: string } & Partial<BlindRound>>
): T[] {
	const hidden = new Set(providers.filter(hiddenUntilReveal).map((p) => p.id));
	return assessments.filter((a) => !hidden.has(a.provider));
}

/** What a round set-up must hold: blind needs at least one listed assessor, each listed once. */
export function roundProblems(round: Pick<BlindRound, 'blind' | 'blind_assessors'>): Record<string, string> {
	if (!round.blind) return {};
	if (round.blind_assessors.length === 0)
		return { blind_assessors: 'Tick at least one person who is expected to score.' };
	if (new Set(round.blind_assessors).size !== round.blind_assessors.length)
		return { blind_assessors: 'Each person is listed once.' };
	return {};
}
