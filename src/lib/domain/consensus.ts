import { DIMENSION_LABELS, DIMENSIONS, type Dimension, type Question } from './checklist.schema';
import { scoreAssessment, type AssessmentScore, type ScorableAssessment } from './scoring';
import type { ValuesContext, Verdict, VerdictResult } from './verdict';

/** One assessor's assessment of the provider in the seat. */
export interface AssessorAssessment extends ScorableAssessment {
	status: 'draft' | 'submitted';
}

/** How the assessors scored one question (0–4 scale). */
export interface QuestionSpread {
	questionId: string;
	text: string;
	/** Numeric scores, ascending (so the result never depends on assessor order). */
	scores: number[];
	notApplicable: number;
	median: number | null;
	min: number | null;
	max: number | null;
	spread: number | null;
	/** Highest and lowest differ by 2 points or more (half the 0–4 scale). */
	disagreement: boolean;
}

/** The assessors' votes on one GWC dimension. */
export interface GwcVotes {
	yes: number;
	no: number;
	unanswered: number;
	/** Someone said yes and someone said no. */
	disagreement: boolean;
}

/** A recorded consensus score that replaces the median; only valid with a reason. */
export interface ConsensusOverride {
	score: number;
	reason: string;
}

/** The number people see for the provider in the seat. */
export interface Headline {
	/** Median of the assessors' weighted totals (assessors with nothing scored are left out). */
	median: number | null;
	/** The override's score when it applies, otherwise the median. */
	score: number | null;
	override: ConsensusOverride | null;
	reasons: string[];
}

/** What several assessors concluded together. */
export interface Consensus {
	assessors: number;
	ignoredDrafts: number;
	headline: Headline;
	/** Median responsibility fit 0–100 (null when nobody scored one). */
	fit: number | null;
	verdict: VerdictResult & { counts: Record<Verdict, number> };
	questions: QuestionSpread[];
	gwc: Record<Dimension, GwcVotes>;
	/** One sentence per flagged question or GWC dimension. */
	disagreements: string[];
}

/** Options for {@link buildConsensus}. */
export interface ConsensusOptions {
	override?: ConsensusOverride | null;
	/** Count drafts too (e.g. a live preview); by default only submitted assessments count. */
	includeDrafts?: boolean;
}

/** The median of `values` (mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return null;
	if (sorted.length % 2 === 1) return sorted[middle] as number;
	return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function assessors(count: number): string {
	return count === 1 ? '1 assessor' : `${count} assessors`;
}

/** A number for people: whole when it is, else one decimal. */
export function formatScore(score: number): string {
	return String(Math.round(score * 10) / 10);
}

function presentNumbers(values: ReadonlyArray<number | null>): number[] {
	return values.filter((v): v is number => v !== null);
}

function headline(scores: AssessmentScore[], override: ConsensusOverride | null | undefined): Headline {
	const totals = presentNumbers(scores.map((s) => s.checklist.total));
	const middle = median(totals);
	const reasons: string[] = [];
	if (middle !== null) reasons.push(`Median total of ${assessors(totals.length)}: ${formatScore(middle)}`);
	const left = scores.length - totals.length;
	if (left > 0) reasons.push(`${assessors(left)} left out: nothing scored yet`);
	if (!override) return { median: middle, score: middle, override: null, reasons };
	const valid = Number.isFinite(override.score) && override.score >= 0 && override.score <= 100;
	if (override.reason.trim() === '' || !valid) {
		const why = valid ? 'it needs a recorded reason' : 'it must be 0–100';
		reasons.push(`Consensus score ignored: ${why}`);
		return { median: middle, score: middle, override: null, reasons };
	}
	const over = middle === null ? '' : ` overrides the median ${formatScore(middle)}`;
	reasons.push(`Consensus score ${formatScore(override.score)}${over}: ${override.reason.trim()}`);
	return { median: middle, score: override.score, override, reasons };
}

function questionSpread(question: Question, assessments: readonly AssessorAssessment[]): QuestionSpread {
	const raw = assessments.map((a) => a.answers[question.id]?.score ?? null);
	const scores = presentNumbers(raw.map((s) => (typeof s === 'number' ? s : null))).sort((a, b) => a - b);
	const min = scores.length === 0 ? null : (scores[0] as number);
	const max = scores.length === 0 ? null : (scores[scores.length - 1] as number);
	const spread = min === null || max === null ? null : max - min;
	return {
		questionId: question.id,
		text: question.text,
		scores,
		notApplicable: raw.filter((s) => s === 'n/a').length,
		median: median(scores),
		min,
		max,
		spread,
		disagreement: spread !== null && spread >= 2
	};
}

function gwcVotes(assessments: readonly AssessorAssessment[]): Record<Dimension, GwcVotes> {
	const votes = DIMENSIONS.map((dimension) => {
		const answers = assessments.map((a) => a.gwc[dimension].answer);
		const yes = answers.filter((a) => a === 'yes').length;
		const no = answers.filter((a) => a === 'no').length;
		const tally: GwcVotes = {
			yes,
			no,
			unanswered: answers.length - yes - no,
			disagreement: yes > 0 && no > 0
		};
		return [dimension, tally];
	});
	return Object.fromEntries(votes) as Record<Dimension, GwcVotes>;
}

const VERDICT_WORDS: Record<Verdict, string> = {
	right_seat: 'right seat',
	undecided: 'undecided',
	wrong_seat: 'wrong seat'
};

/**
 * The consensus verdict, from counts only (so assessor order cannot matter):
 * - `right_seat` only when every assessor's verdict is right_seat — EOS allows no "kind of", and a
 *   single dissent is something to talk through before a decision;
 * - `wrong_seat` when a strict majority says wrong_seat — one sceptic alone does not sink a provider;
 * - otherwise (mixed, or nobody yet) `undecided`, until the team records a decision.
 */
export function consensusVerdict(
	verdicts: readonly Verdict[]
): VerdictResult & { counts: Record<Verdict, number> } {
	const counts: Record<Verdict, number> = { right_seat: 0, undecided: 0, wrong_seat: 0 };
	for (const verdict of verdicts) counts[verdict] += 1;
	const n = verdicts.length;
	const tally = (Object.keys(counts) as Verdict[])
		.filter((v) => counts[v] > 0)
		.map((v) => `${counts[v]} ${VERDICT_WORDS[v]}`)
		.join(', ');
	if (n === 0) return { verdict: 'undecided', counts, reasons: ['No submitted assessment yet'] };
	if (counts.right_seat === n) {
		return {
			verdict: 'right_seat',
			counts,
			reasons: [n === 1 ? 'The assessor says right seat' : `All ${n} assessors say right seat`]
		};
	}
	if (counts.wrong_seat * 2 > n) {
		return {
			verdict: 'wrong_seat',
			counts,
			reasons: [`${counts.wrong_seat} of ${n} assessors say wrong seat (${tally})`]
		};
	}
	return {
		verdict: 'undecided',
		counts,
		reasons: [`Assessors differ (${tally}): talk it through and record a decision`]
	};
}

function disagreementSentences(questions: QuestionSpread[], gwc: Record<Dimension, GwcVotes>): string[] {
	const onGwc = DIMENSIONS.filter((d) => gwc[d].disagreement).map(
		(d) => `${DIMENSION_LABELS[d]}: ${gwc[d].yes} yes, ${gwc[d].no} no`
	);
	const onQuestions = questions
		.filter((q) => q.disagreement)
		.map((q) => `${q.text} Scores range from ${q.min} to ${q.max}.`);
	return [...onGwc, ...onQuestions];
}

/**
 * Combines several assessors' assessments of one provider in one seat (all on the same checklist
 * version). Every part is computed from order-free aggregates: medians, counts, sorted lists.
 */
export function buildConsensus(
	assessments: readonly AssessorAssessment[],
	checklist: { questions: readonly Question[] },
	context: ValuesContext,
	options: ConsensusOptions = {}
): Consensus {
	const counted = options.includeDrafts ? assessments : assessments.filter((a) => a.status === 'submitted');
	const scores = counted.map((a) => scoreAssessment(a, checklist, context));
	const questions = checklist.questions.map((q) => questionSpread(q, counted));
	const gwc = gwcVotes(counted);
	return {
		assessors: counted.length,
		ignoredDrafts: assessments.length - counted.length,
		headline: headline(scores, options.override),
		fit: median(presentNumbers(scores.map((s) => s.fit.score))),
		verdict: consensusVerdict(scores.map((s) => s.verdict.verdict)),
		questions,
		gwc,
		disagreements: disagreementSentences(questions, gwc)
	};
}
