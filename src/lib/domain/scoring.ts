import type { Answer, CoreValueRating, Gwc, ResponsibilityFit } from './assessment.schema';
import { DIMENSIONS, type Dimension, type Question } from './checklist.schema';
import { gwcVerdict, type ValuesContext, type VerdictResult } from './verdict';

/** Answers keyed by question id, as stored on an assessment. */
export type Answers = Readonly<Record<string, Answer>>;

/** An answer that cost the score points. */
export interface WeakAnswer {
	questionId: string;
	text: string;
	dimension: Dimension;
	score: number;
	note: string;
	/** Points of the 0–100 total this answer cost, relative to a 4 on it. */
	loss: number;
}

/** A question worth raising with the provider next, phrased from its guidance. */
export interface FollowUp {
	questionId: string;
	question: string;
	prompt: string;
}

/** The checklist side of an assessment. */
export interface ChecklistScore {
	/** 0–100, or null when nothing has a numeric answer. */
	total: number | null;
	dimensions: Record<Dimension, number | null>;
	answered: number;
	notApplicable: number;
	unanswered: number;
	/** Answers that pulled the score down, largest weighted loss first. */
	weakest: WeakAnswer[];
	/** Follow-ups on the weakest answers, then questions not answered yet. */
	askNext: FollowUp[];
}

/** A numeric score, or null for `n/a` and unanswered: both leave the denominator. */
function numericScore(answer: Answer | undefined): number | null {
	const score = answer?.score;
	return typeof score === 'number' ? score : null;
}

/**
 * The weighted score 0–100 of `questions`: Σ weight·score/4 over Σ weight of the questions that have
 * a numeric score. `n/a` and unanswered never count as zero; null when nothing is scored.
 */
export function weightedScore(questions: readonly Question[], answers: Answers): number | null {
	let earned = 0;
	let possible = 0;
	for (const question of questions) {
		const score = numericScore(answers[question.id]);
		if (score === null) continue;
		earned += (question.weight * score) / 4;
		possible += question.weight;
	}
	// Each earned term is ≤ its weight, so the ratio never exceeds 1 even in floating point.
	return possible === 0 ? null : (earned / possible) * 100;
}

/** Get it / Want it / Capacity scores 0–100 (null for a dimension with nothing scored). */
export function dimensionScores(
	questions: readonly Question[],
	answers: Answers
): Record<Dimension, number | null> {
	const entries = DIMENSIONS.map((d) => [
		d,
		weightedScore(
			questions.filter((q) => q.dimension === d),
			answers
		)
	]);
	return Object.fromEntries(entries) as Record<Dimension, number | null>;
}

/** Answers below 4, ordered by the points they cost (ties: lower score, then checklist order). */
export function weakestAnswers(questions: readonly Question[], answers: Answers, limit = 3): WeakAnswer[] {
	const scoredWeight = questions.reduce(
		(sum, q) => sum + (numericScore(answers[q.id]) === null ? 0 : q.weight),
		0
	);
	const weak: WeakAnswer[] = [];
	for (const question of questions) {
		const score = numericScore(answers[question.id]);
		if (score === null || score >= 4) continue;
		const loss = ((question.weight * (4 - score)) / 4 / scoredWeight) * 100;
		const { id, text, dimension } = question;
		weak.push({ questionId: id, text, dimension, score, note: answers[id]?.note ?? '', loss });
	}
	return weak.sort((a, b) => b.loss - a.loss || a.score - b.score).slice(0, limit);
}

/** Follow-ups: first on the weakest answers, then on questions nobody has answered yet. */
export function followUps(questions: readonly Question[], answers: Answers, limit = 3): FollowUp[] {
	const byId = new Map(questions.map((q) => [q.id, q]));
	const onWeak = weakestAnswers(questions, answers, questions.length).map((weak) => {
		const question = byId.get(weak.questionId) as Question;
		const prompt =
			question.guidance === ''
				? `Ask what it would take to score higher than ${weak.score}/4 on: ${question.text}`
				: `Ask what it would take for this to be true: ${question.guidance}`;
		return { questionId: question.id, question: question.text, prompt };
	});
	const unanswered = questions
		.filter((q) => (answers[q.id]?.score ?? null) === null)
		.map((q) => {
			const good = q.guidance === '' ? '' : ` Good looks like: ${q.guidance}`;
			return { questionId: q.id, question: q.text, prompt: `Not answered yet. Ask: ${q.text}${good}` };
		});
	return [...onWeak, ...unanswered].slice(0, limit);
}

/** The full checklist score of one assessment, with the reasons behind it. */
export function checklistScore(questions: readonly Question[], answers: Answers, limit = 3): ChecklistScore {
	const scores = questions.map((q) => answers[q.id]?.score ?? null);
	return {
		total: weightedScore(questions, answers),
		dimensions: dimensionScores(questions, answers),
		answered: scores.filter((s) => typeof s === 'number').length,
		notApplicable: scores.filter((s) => s === 'n/a').length,
		unanswered: scores.filter((s) => s === null).length,
		weakest: weakestAnswers(questions, answers, limit),
		askNext: followUps(questions, answers, limit)
	};
}

/** How well the provider carries the seat's responsibilities. */
export interface FitScore {
	/** Average of the scored lines, 0–100; null when none is scored. */
	score: number | null;
	scored: number;
	/** Lines scored below 4, lowest first. */
	weakest: Array<{ responsibility: string; score: number; note: string }>;
}

/** Responsibility fit 0–100: the average of the 0–4 scores, scaled; unscored lines are left out. */
export function responsibilityFit(fit: readonly ResponsibilityFit[], limit = 3): FitScore {
	const scored = fit.filter((line): line is ResponsibilityFit & { score: number } => line.score !== null);
	const sum = scored.reduce((total, line) => total + line.score, 0);
	const weakest = scored
		.filter((line) => line.score < 4)
		.sort((a, b) => a.score - b.score)
		.slice(0, limit)
		.map(({ responsibility, score, note }) => ({ responsibility, score, note }));
	return {
		score: scored.length === 0 ? null : (sum / scored.length / 4) * 100,
		scored: scored.length,
		weakest
	};
}

/** The content of an assessment that scoring reads. */
export interface ScorableAssessment {
	gwc: Gwc;
	core_values: readonly CoreValueRating[];
	answers: Answers;
	responsibility_fit: readonly ResponsibilityFit[];
}

/** Everything one assessor concluded: verdict, checklist score and responsibility fit. */
export interface AssessmentScore {
	verdict: VerdictResult;
	checklist: ChecklistScore;
	fit: FitScore;
}

/** Scores one assessment against its pinned checklist and the organization's values. */
export function scoreAssessment(
	assessment: ScorableAssessment,
	checklist: { questions: readonly Question[] },
	context: ValuesContext
): AssessmentScore {
	return {
		verdict: gwcVerdict(assessment, context),
		checklist: checklistScore(checklist.questions, assessment.answers),
		fit: responsibilityFit(assessment.responsibility_fit)
	};
}
