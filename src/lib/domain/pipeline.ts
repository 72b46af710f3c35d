import type { Question } from './checklist.schema';
import { buildConsensus, median, type AssessorAssessment } from './consensus';
import type { ValuesContext } from './verdict';
import { STAGES, type Stage } from './workspace.schema';

/**
 * The MSP's pipeline (docs/sales-mode.md): one row per prospect workspace with its stage, the last
 * session, and the gap between the prospect's rating of its current provider and the MSP's own
 * self-assessment against the same seat. The gap is the conversation: where the MSP scores itself
 * above the incumbent, it has something to show.
 */

/** How one question compares: medians on the 0–4 scale; `gap` = self − incumbent. */
export interface QuestionGap {
	questionId: string;
	text: string;
	incumbent: number | null;
	self: number | null;
	gap: number | null;
}

/** How one of the seat's top five compares (0–4 medians of responsibility fit). */
export interface ResponsibilityGap {
	responsibility: string;
	incumbent: number | null;
	self: number | null;
	gap: number | null;
}

/** The whole comparison of one workspace. */
export interface WorkspaceGap {
	/** The incumbent's headline score 0–100 (median of the prospect's submitted assessments). */
	incumbent: number | null;
	/** The MSP's own headline score 0–100. */
	self: number | null;
	/** self − incumbent, in points of 100. */
	gap: number | null;
	questions: QuestionGap[];
	responsibilities: ResponsibilityGap[];
	/** Questions where the MSP leads the incumbent most, largest gap first (ties: checklist order). */
	strongest: QuestionGap[];
	/** Questions where the incumbent leads, largest lead first: what the MSP must answer. */
	weakest: QuestionGap[];
}

/** What {@link workspaceGap} compares. */
export interface GapInput {
	questions: readonly Question[];
	/** The seat's top five, in order. */
	responsibilities: readonly string[];
	/** The prospect's assessments of its current provider. */
	incumbent: readonly AssessorAssessment[];
	/** The MSP's assessments of itself (the provider marked `msp_self`). */
	self: readonly AssessorAssessment[];
	context: ValuesContext;
}

function difference(self: number | null, incumbent: number | null): number | null {
	return self === null || incumbent === null ? null : self - incumbent;
}

/** Responsibility text as compared: trimmed, case-insensitive (the seat's lines are unique that way). */
function lineKey(text: string): string {
	return text.trim().toLowerCase();
}

function fitMedian(assessments: readonly AssessorAssessment[], responsibility: string): number | null {
	const key = lineKey(responsibility);
	const scores = assessments
		.filter((a) => a.status === 'submitted')
		.flatMap((a) => a.responsibility_fit.filter((line) => lineKey(line.responsibility) === key))
		.map((line) => line.score)
		.filter((score): score is number => score !== null);
	return median(scores);
}

/** Compares the incumbent and the MSP per question, per responsibility and overall (submitted only). */
export function workspaceGap(input: GapInput): WorkspaceGap {
	const checklist = { questions: input.questions };
	const incumbent = buildConsensus(input.incumbent, checklist, input.context);
	const self = buildConsensus(input.self, checklist, input.context);
	const questions = input.questions.map((question, index) => {
		const a = incumbent.questions[index]!.median;
		const b = self.questions[index]!.median;
		return { questionId: question.id, text: question.text, incumbent: a, self: b, gap: difference(b, a) };
	});
	const responsibilities = input.responsibilities.map((responsibility) => {
		const a = fitMedian(input.incumbent, responsibility);
		const b = fitMedian(input.self, responsibility);
		return { responsibility, incumbent: a, self: b, gap: difference(b, a) };
	});
	const compared = questions.filter((q): q is QuestionGap & { gap: number } => q.gap !== null);
	return {
		incumbent: incumbent.headline.score,
		self: self.headline.score,
		gap: difference(self.headline.score, incumbent.headline.score),
		questions,
		responsibilities,
		strongest: compared.filter((q) => q.gap > 0).sort((x, y) => y.gap - x.gap),
		weakest: compared.filter((q) => q.gap < 0).sort((x, y) => x.gap - y.gap)
	};
}

/** A workspace as the pipeline lists it. */
export interface PipelineEntry {
	id: string;
	name: string;
	/** Empty reads as the first meeting (the server sets it on create). */
	stage: Stage | '';
	/** PocketBase datetime or ''. */
	last_session: string;
	/** From {@link workspaceGap}, when known. */
	gap?: number | null;
}

export interface PipelineRow {
	id: string;
	name: string;
	stage: Stage;
	lastSession: string;
	/** Whole days since the last session (null without one). */
	daysSinceSession: number | null;
	gap: number | null;
	/** won or lost. */
	closed: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function daysSince(date: string, now: Date): number | null {
	if (date === '') return null;
	const then = new Date(date.replace(' ', 'T')).getTime();
	return Number.isNaN(then) ? null : Math.max(0, Math.floor((now.getTime() - then) / DAY_MS));
}

/**
 * The pipeline: open deals first in stage order (first meeting → proposal), then won, then lost;
 * inside a stage the most recent session first, workspaces never met last, then by name.
 */
export function pipeline(entries: readonly PipelineEntry[], now: Date): PipelineRow[] {
	const rows = entries.map((entry) => {
		const stage: Stage = entry.stage === '' ? 'first_meeting' : entry.stage;
		return {
			id: entry.id,
			name: entry.name,
			stage,
			lastSession: entry.last_session,
			daysSinceSession: daysSince(entry.last_session, now),
			gap: entry.gap ?? null,
			closed: stage === 'won' || stage === 'lost'
		};
	});
	return rows.sort(
		(a, b) =>
			STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) ||
			(b.lastSession === '' ? 0 : 1) - (a.lastSession === '' ? 0 : 1) ||
			b.lastSession.localeCompare(a.lastSession) ||
			a.name.localeCompare(b.name) ||
			a.id.localeCompare(b.id)
	);
}

/** How many workspaces sit in each stage. */
export function stageCounts(rows: readonly { stage: Stage }[]): Record<Stage, number> {
	const counts = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
	for (const row of rows) counts[row.stage] += 1;
	return counts;
}
