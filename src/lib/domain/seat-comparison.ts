import { hiddenUntilReveal, type BlindRound } from './blind';
import type { AnswerScore, CoreValueRating } from './assessment.schema';
import { DIMENSION_LABELS, DIMENSIONS, type Dimension, type Question } from './checklist.schema';
import { buildConsensus, median, type Consensus, type GwcVotes } from './consensus';
import { decisionOverride } from './decision.schema';
import { rankProviders } from './ranking';
import { responsibilityFitRows, type FitRow } from './responsibility-fit';
import { scoreAssessment, type AssessmentScore, type ScorableAssessment } from './scoring';
import {
	checkValues,
	type ValuesCheck,
	type ValuesContext,
	type Verdict,
	type VerdictResult
} from './verdict';

/** An assessment as the comparison reads it: a local record and a shared report's entry both fit. */
export interface ComparableAssessment extends ScorableAssessment {
	id?: string;
	provider: string;
	checklist: string;
	/** A user id locally; a shared report names people instead (see shared-report.schema.ts). */
	assessor: string;
	status: 'draft' | 'submitted';
	assessed_at: string;
	created?: string;
	updated?: string;
}

/** A decision as the comparison reads it. */
export interface ComparableDecision {
	id?: string;
	provider: string;
	decided_by: string;
	reason: string;
	decided_at: string;
	consensus_score: number | null;
	consensus_reason: string;
}

/** A pinned checklist version. */
export interface ComparableChecklist {
	id: string;
	name: string;
	version: number;
	questions: readonly Question[];
}

/** Everything the comparison of one seat needs; all of it readable offline. */
export interface ComparisonInput {
	seat: { responsibilities: readonly string[] };
	organization: ValuesContext;
	providers: ReadonlyArray<
		{ id: string; name: string; status: 'current' | 'prospective' | 'former' } & Partial<BlindRound>
	>;
	/** Assessments of this seat (drafts are only used to say "a draft exists"). */
	assessments: readonly ComparableAssessment[];
	/** Decisions of this seat. */
	decisions: readonly ComparableDecision[];
	checklistOf(id: string): ComparableChecklist | undefined;
	/** A person's display name; defaults to "Someone". */
	personName?(id: string): string;
}

/** GWC as one mark per dimension: split when assessors said both yes and no. */
export type GwcMark = 'yes' | 'no' | 'split' | 'unanswered';

/** One assessor's own conclusion, for the "each person" view. */
export interface AssessorView {
	assessor: string;
	name: string;
	assessedAt: string;
	score: AssessmentScore;
}

/** One person's answer to a question the assessors disagree on. */
export interface PersonAnswer {
	assessor: string;
	name: string;
	score: AnswerScore | null;
	/** Their GWC answer, on a GWC disagreement. */
	answer?: 'yes' | 'no' | null;
	note: string;
}

/** A question (or GWC dimension) with a spread of 2+ points (or yes and no), with everyone's answer. */
export interface Disagreement {
	/** A question id, or `gwc:get` / `gwc:want` / `gwc:capacity`. */
	key: string;
	text: string;
	/** The consensus's own sentence for it. */
	summary: string;
	answers: PersonAnswer[];
}

/** A provider with at least one submitted assessment in the seat. */
export interface AssessedProvider {
	kind: 'assessed';
	providerId: string;
	name: string;
	status: 'current' | 'prospective' | 'former';
	rank: number;
	why: string;
	tiedWith: string[];
	verdict: Verdict;
	/** The sentence that settles the verdict (the first reason). */
	decisiveReason: string;
	verdictReasons: string[];
	gwc: Record<Dimension, GwcMark>;
	/** The consensus rating per value (median, rounded toward −) checked against the bar. */
	values: ValuesCheck;
	/** Headline checklist score 0–100 (override or median of totals). */
	score: number | null;
	/** Median per dimension of the assessors' Get it / Want it / Capacity scores. */
	dimensions: Record<Dimension, number | null>;
	fit: number | null;
	fitRows: FitRow[];
	consensus: Consensus;
	assessors: AssessorView[];
	disagreements: Disagreement[];
	checklist: { id: string; name: string; version: number };
	/** Newest submission date counted. */
	lastAssessedAt: string;
	/** Latest assessments on another checklist version, left out of the consensus. */
	setAside: number;
}

/** A provider without a submitted assessment in the seat. */
export interface NotAssessedProvider {
	kind: 'not_assessed';
	providerId: string;
	name: string;
	status: 'current' | 'prospective' | 'former';
	hasDraft: boolean;
	/** "Not assessed yet", or why the assessments cannot be compared here. */
	reason: string;
}

/** Why a provider in a blind round that is not revealed has no scores in the comparison. */
export const BLIND_REASON =
	'Blind round: answers stay hidden until everyone listed has submitted or an owner reveals them.';

/** A recorded decision, for the seat and its history. */
export interface DecisionEntry {
	providerId: string;
	providerName: string;
	decidedBy: string;
	decidedByName: string;
	reason: string;
	decidedAt: string;
	override: { score: number; reason: string } | null;
}

/** The comparison of one seat. */
export interface SeatComparison {
	/** Assessed providers in ranking order. */
	ranked: AssessedProvider[];
	notAssessed: NotAssessedProvider[];
	/** Newest first; `current` is the newest. */
	decisions: { current: DecisionEntry | null; history: DecisionEntry[] };
}

/** When an assessment was made: its submission stamp, else its last change. */
export function assessedAt(
	assessment: Pick<ComparableAssessment, 'assessed_at' | 'updated' | 'created'>
): string {
	return assessment.assessed_at || assessment.updated || assessment.created || '';
}

/** Newest first by date, then id (so equal dates still give one order). */
function newestFirst(a: ComparableAssessment, b: ComparableAssessment): number {
	return assessedAt(b).localeCompare(assessedAt(a)) || (b.id ?? '').localeCompare(a.id ?? '');
}

/** Each assessor's newest submitted assessment (a re-assessment replaces its predecessor), newest first. */
export function latestPerAssessor(assessments: readonly ComparableAssessment[]): ComparableAssessment[] {
	const latest = new Map<string, ComparableAssessment>();
	for (const assessment of [...assessments].filter((a) => a.status === 'submitted').sort(newestFirst)) {
		if (!latest.has(assessment.assessor)) latest.set(assessment.assessor, assessment);
	}
	return [...latest.values()];
}

function gwcMark(votes: GwcVotes): GwcMark {
	if (votes.yes > 0 && votes.no > 0) return 'split';
	if (votes.no > 0) return 'no';
	return votes.yes > 0 ? 'yes' : 'unanswered';
}

const RATING_ORDER = ['minus', 'plus_minus', 'plus'] as const;

/** The consensus rating of each value: the median, the lower middle for an even count (EOS is strict). */
export function consensusRatings(
	assessments: readonly { core_values: readonly CoreValueRating[] }[],
	context: ValuesContext
): CoreValueRating[] {
	return context.core_values.map((value) => {
		const ranks = assessments
			.map((a) => a.core_values.find((r) => r.value_id === value.id)?.rating ?? null)
			.filter((rating) => rating !== null)
			.map((rating) => RATING_ORDER.indexOf(rating))
			.sort((a, b) => a - b);
		const rank = ranks[Math.floor((ranks.length - 1) / 2)];
		return { value_id: value.id, rating: rank === undefined ? null : (RATING_ORDER[rank] ?? null), note: '' };
	});
}

function medianDimensions(scores: readonly AssessmentScore[]): Record<Dimension, number | null> {
	const entries = DIMENSIONS.map((d) => [
		d,
		median(scores.map((s) => s.checklist.dimensions[d]).filter((v): v is number => v !== null))
	]);
	return Object.fromEntries(entries) as Record<Dimension, number | null>;
}

function disagreements(
	consensus: Consensus,
	counted: readonly ComparableAssessment[],
	checklist: ComparableChecklist,
	name: (id: string) => string
): Disagreement[] {
	const person = (a: ComparableAssessment) => ({ assessor: a.assessor, name: name(a.assessor) });
	const onGwc = DIMENSIONS.filter((d) => consensus.gwc[d].disagreement).map((d) => ({
		key: `gwc:${d}`,
		text: DIMENSION_LABELS[d],
		summary: `${consensus.gwc[d].yes} yes, ${consensus.gwc[d].no} no`,
		answers: counted.map((a) => ({ ...person(a), score: null, note: a.gwc[d].note, answer: a.gwc[d].answer }))
	}));
	const onQuestions = consensus.questions
		.filter((q) => q.disagreement)
		.map((q) => ({
			key: q.questionId,
			text: checklist.questions.find((question) => question.id === q.questionId)?.text ?? q.text,
			summary: `Scores range from ${q.min} to ${q.max}.`,
			answers: counted.map((a) => ({
				...person(a),
				score: a.answers[q.questionId]?.score ?? null,
				note: a.answers[q.questionId]?.note ?? ''
			}))
		}));
	return [...onGwc, ...onQuestions];
}

function newestDecision(decisions: readonly ComparableDecision[], providerId: string) {
	return decisions
		.filter((d) => d.provider === providerId)
		.sort((a, b) => b.decided_at.localeCompare(a.decided_at))[0];
}

type Unranked = Omit<AssessedProvider, 'rank' | 'why' | 'tiedWith'>;

function assess(
	provider: ComparisonInput['providers'][number],
	mine: readonly ComparableAssessment[],
	input: ComparisonInput,
	name: (id: string) => string
): Unranked | NotAssessedProvider {
	const latest = latestPerAssessor(mine);
	const base = { providerId: provider.id, name: provider.name, status: provider.status };
	const hasDraft = mine.some((a) => a.status === 'draft');
	const newest = latest[0];
	if (!newest) return { kind: 'not_assessed', ...base, hasDraft, reason: 'Not assessed yet' };
	const checklist = input.checklistOf(newest.checklist);
	if (!checklist) {
		const reason = 'Its checklist version is not on this device yet: sync, then compare.';
		return { kind: 'not_assessed', ...base, hasDraft, reason };
	}
	const counted = latest.filter((a) => a.checklist === newest.checklist);
	const decision = newestDecision(input.decisions, provider.id);
	const override = decision ? decisionOverride(decision) : null;
	const consensus = buildConsensus(counted, checklist, input.organization, { override });
	const scores = counted.map((a) => scoreAssessment(a, checklist, input.organization));
	return {
		kind: 'assessed',
		...base,
		verdict: consensus.verdict.verdict,
		decisiveReason: decisiveReason(consensus.verdict, scores),
		verdictReasons: consensus.verdict.reasons,
		gwc: Object.fromEntries(DIMENSIONS.map((d) => [d, gwcMark(consensus.gwc[d])])) as Record<
			Dimension,
			GwcMark
		>,
		values: checkValues(consensusRatings(counted, input.organization), input.organization),
		score: consensus.headline.score,
		dimensions: medianDimensions(scores),
		fit: consensus.fit,
		fitRows: responsibilityFitRows(input.seat.responsibilities, counted),
		consensus,
		assessors: counted.map((a, i) => ({
			assessor: a.assessor,
			name: name(a.assessor),
			assessedAt: assessedAt(a),
			score: scores[i] as AssessmentScore
		})),
		disagreements: disagreements(consensus, counted, checklist, name),
		checklist: { id: checklist.id, name: checklist.name, version: checklist.version },
		lastAssessedAt: assessedAt(newest),
		setAside: latest.length - counted.length
	};
}

/** Why a right seat is one: its reasons list each "yes", none of which decides on its own. */
export const RIGHT_SEAT_REASON = 'Yes on Get it, Want it and Capacity, and core values good enough.';

/** Where the (consensus) values ratings stand against what the organization allows, in plain words. */
export const VALUES_STATUS_TEXT = {
	met: 'Good enough',
	below: 'Below what is allowed',
	incomplete: 'Not all values rated',
	none: 'No core values set'
} as const;

/** When a decision was taken, to the minute, as the comparison shows it: "2026-11-26 22:43". */
export function decidedWhen(decidedAt: string): string {
	return decidedAt.slice(0, 16).replace('T', ' ');
}

/**
 * The ratings behind a values status, for the line that already names it ("Core values: Good
 * enough (1 +/−, 0 −)"): the counts, and the unrated ones when there are any. The label and the
 * status are the caller's, so neither is said twice.
 */
export function valuesCounts(values: Pick<ValuesCheck, 'mixed' | 'minus' | 'unrated'>): string {
	return `${values.mixed} +/−, ${values.minus} −${values.unrated > 0 ? `, ${values.unrated} unrated` : ''}`;
}

/**
 * The decisive sentence: a right seat's own summary; otherwise, with one assessor, their verdict's
 * first reason (a "no" or the values below the bar come first); with several, the consensus's own sentence.
 */
function decisiveReason(verdict: VerdictResult, scores: readonly AssessmentScore[]): string {
	if (verdict.verdict === 'right_seat') return RIGHT_SEAT_REASON;
	const only = scores.length === 1 ? scores[0] : undefined;
	return (only ? only.verdict.reasons[0] : verdict.reasons[0]) ?? '';
}

function decisionEntries(input: ComparisonInput, name: (id: string) => string): DecisionEntry[] {
	const providerName = (id: string) => input.providers.find((p) => p.id === id)?.name ?? 'A removed provider';
	return [...input.decisions]
		.sort((a, b) => b.decided_at.localeCompare(a.decided_at) || (b.id ?? '').localeCompare(a.id ?? ''))
		.map((d) => ({
			providerId: d.provider,
			providerName: providerName(d.provider),
			decidedBy: d.decided_by,
			decidedByName: name(d.decided_by),
			reason: d.reason,
			decidedAt: d.decided_at,
			override: decisionOverride(d)
		}));
}

/**
 * Compares every provider for one seat. Each assessor counts with their newest submitted assessment
 * (a re-assessment replaces the older one) on the checklist version of the newest of them; several
 * assessors become a consensus (median totals, spread, disagreements with each person's answer),
 * which the newest decision's consensus score overrides when it gives one with a reason. Providers
 * are ranked by verdict, score and fit, each with the reason for its place; former providers without
 * an assessment in the seat are left out, other providers without one are "not assessed yet".
 */
export function compareSeat(input: ComparisonInput): SeatComparison {
	const name = (id: string) => input.personName?.(id) || 'Someone';
	const assessed: Unranked[] = [];
	const notAssessed: NotAssessedProvider[] = [];
	for (const provider of input.providers) {
		// a blind round's answers stay out of every summary until it is revealed (blind.ts)
		if (hiddenUntilReveal(provider)) {
			const base = { providerId: provider.id, name: provider.name, status: provider.status, hasDraft: false };
			notAssessed.push({ kind: 'not_assessed', ...base, reason: BLIND_REASON });
			continue;
		}
		const mine = input.assessments.filter((a) => a.provider === provider.id);
		const result = assess(provider, mine, input, name);
		if (result.kind === 'assessed') assessed.push(result);
		else if (provider.status !== 'former' || mine.length > 0) notAssessed.push(result);
	}
	const ranking = rankProviders(assessed);
	const byId = new Map(assessed.map((a) => [a.providerId, a]));
	const ranked = ranking.map(({ providerId, rank, why, tiedWith }) => ({
		...(byId.get(providerId) as Unranked),
		rank,
		why,
		tiedWith
	}));
	const history = decisionEntries(input, name);
	return { ranked, notAssessed, decisions: { current: history[0] ?? null, history } };
}
