import { formatScore, median } from './consensus';
import type { Question } from './checklist.schema';
import {
	assessedAt,
	type AssessedProvider,
	type ComparableAssessment,
	type SeatComparison
} from './seat-comparison';
import type { ReviewDue } from './seat-review';
import { weightedScore } from './scoring';

/** The same numbers as a chart, as an accessible table: one row per label, one column per series. */
export interface TableModel {
	caption: string;
	/** Header of the first column, then one header per series. */
	columns: string[];
	rows: Array<{ header: string; values: Array<number | null>; cells: string[] }>;
}

/** One provider's line, bars or polygon. */
export interface ChartSeries {
	providerId: string;
	label: string;
	values: Array<number | null>;
	/** Index for `seriesStyle`: the provider's place in the comparison, so colours match across charts. */
	styleIndex: number;
	hidden: boolean;
}

/** What a chart draws; the Chart component turns it into a chart.js configuration. */
export interface ChartModel {
	kind: 'radar' | 'bar' | 'line';
	title: string;
	/** Short axis labels (Q1…, dates); `fullLabels` are what the table and tooltips show. */
	labels: string[];
	fullLabels: string[];
	series: ChartSeries[];
	min: number;
	max: number;
	table: TableModel;
}

/** At most this many providers overlaid on the radar at once; the rest are toggled. */
export const MAX_VISIBLE_SERIES = 4;

/** The providers shown first: the top ranked, at most four. */
export function defaultVisible(comparison: SeatComparison, max = MAX_VISIBLE_SERIES): string[] {
	return comparison.ranked.slice(0, max).map((p) => p.providerId);
}

/**
 * Shows or hides a provider. Showing a fifth is refused with a sentence to show the person (hide one
 * first): swapping silently would change what they compare without telling them.
 */
export function toggleVisible(
	visible: readonly string[],
	providerId: string,
	max = MAX_VISIBLE_SERIES
): { visible: string[]; refused: string | null } {
	if (visible.includes(providerId))
		return { visible: visible.filter((id) => id !== providerId), refused: null };
	if (visible.length >= max) {
		return { visible: [...visible], refused: `At most ${max} providers at once: hide one to show another.` };
	}
	return { visible: [...visible, providerId], refused: null };
}

function show(value: number | null): string {
	return value === null ? 'not scored' : formatScore(value);
}

function table(caption: string, first: string, labels: string[], series: ChartSeries[]): TableModel {
	return {
		caption,
		columns: [first, ...series.map((s) => s.label)],
		rows: labels.map((header, i) => {
			const values = series.map((s) => s.values[i] ?? null);
			return { header, values, cells: values.map(show) };
		})
	};
}

/** The questions of the compared checklists, by id, in first-seen order. */
function questionsOf(providers: readonly AssessedProvider[]): Array<{ id: string; text: string }> {
	const seen = new Map<string, string>();
	for (const provider of providers) {
		for (const q of provider.consensus.questions) if (!seen.has(q.questionId)) seen.set(q.questionId, q.text);
	}
	return [...seen].map(([id, text]) => ({ id, text }));
}

function seriesOf(
	comparison: SeatComparison,
	visible: readonly string[],
	values: (p: AssessedProvider) => Array<number | null>
): ChartSeries[] {
	return comparison.ranked.map((provider, styleIndex) => ({
		providerId: provider.providerId,
		label: provider.name,
		values: values(provider),
		styleIndex,
		hidden: !visible.includes(provider.providerId)
	}));
}

/**
 * The ten questions as a radar, one polygon per provider (the consensus median 0–4 per question;
 * `null` where nobody gave a number). The table holds every provider, hidden ones included.
 */
export function radarChart(comparison: SeatComparison, visible: readonly string[]): ChartModel {
	const questions = questionsOf(comparison.ranked);
	const series = seriesOf(comparison, visible, (p) =>
		questions.map((q) => p.consensus.questions.find((x) => x.questionId === q.id)?.median ?? null)
	);
	const fullLabels = questions.map((q, i) => `Q${i + 1}. ${q.text}`);
	return {
		kind: 'radar',
		title: 'Checklist answers per question (0–4)',
		labels: questions.map((_, i) => `Q${i + 1}`),
		fullLabels,
		series,
		min: 0,
		max: 4,
		table: table('Checklist answers per question, median score 0–4', 'Question', fullLabels, series)
	};
}

/** Fit per responsibility of the seat (0–100), grouped bars, one colour per provider. */
export function fitChart(
	comparison: SeatComparison,
	responsibilities: readonly string[],
	visible: readonly string[]
): ChartModel {
	const key = (text: string) => text.trim().toLowerCase();
	const series = seriesOf(comparison, visible, (p) =>
		responsibilities.map((r) => p.fitRows.find((row) => key(row.responsibility) === key(r))?.percent ?? null)
	);
	const labels = [...responsibilities];
	return {
		kind: 'bar',
		title: 'Fit per responsibility (0–100)',
		labels,
		fullLabels: labels,
		series,
		min: 0,
		max: 100,
		table: table('Fit per responsibility, 0–100', 'Responsibility', labels, series)
	};
}

/**
 * A provider's score over time: at each day someone submitted an assessment, the median of every
 * assessor's newest total up to that day (so a re-assessment moves the line, a second opinion
 * joins it). Returns `[day, score]` pairs, oldest first.
 */
export function scoreTrend(
	assessments: readonly ComparableAssessment[],
	checklistOf: (id: string) => { questions: readonly Question[] } | undefined
): Array<[string, number | null]> {
	const submitted = assessments
		.filter((a) => a.status === 'submitted')
		.sort((a, b) => assessedAt(a).localeCompare(assessedAt(b)));
	const days = [...new Set(submitted.map((a) => assessedAt(a).slice(0, 10)))];
	return days.map((day) => {
		const latest = new Map<string, number | null>();
		for (const a of submitted) {
			if (assessedAt(a).slice(0, 10) > day) break;
			const checklist = checklistOf(a.checklist);
			latest.set(a.assessor, checklist ? weightedScore(checklist.questions, a.answers) : null);
		}
		return [day, median([...latest.values()].filter((v): v is number => v !== null))];
	});
}

/**
 * The trend of every compared provider over its re-assessments, on a shared axis of days (a
 * provider's value is null on the days it was not assessed; the chart joins its points): the days
 * of the providers drawn, so four providers of twenty do not get the others' dates; the table has
 * every provider on every day. Review
 * due dates, when given, are listed with the model for the chart to mark.
 */
export function trendChart(
	comparison: SeatComparison,
	assessments: readonly ComparableAssessment[],
	checklistOf: (id: string) => { questions: readonly Question[] } | undefined,
	visible: readonly string[],
	reviews: readonly ReviewDue[] = []
): ChartModel & { reviews: Array<{ providerId: string; label: string; due: string }> } {
	const trends = new Map(
		comparison.ranked.map((p) => [
			p.providerId,
			new Map(
				scoreTrend(
					assessments.filter((a) => a.provider === p.providerId),
					checklistOf
				)
			)
		])
	);
	const daysOf = (providers: ReadonlyArray<Map<string, number | null> | undefined>) =>
		[...new Set(providers.flatMap((t) => [...(t?.keys() ?? [])]))].sort();
	const days = daysOf([...trends.values()]);
	// the chart's axis has the days of the providers drawn; the table keeps every provider's days
	const drawnDays = daysOf(visible.map((id) => trends.get(id)));
	const labels = drawnDays.length > 0 ? drawnDays : days;
	const valuesOn = (axis: readonly string[]) => (p: AssessedProvider) =>
		axis.map((d) => trends.get(p.providerId)?.get(d) ?? null);
	const series = seriesOf(comparison, visible, valuesOn(labels));
	const name = (id: string) => comparison.ranked.find((p) => p.providerId === id)?.name ?? '';
	return {
		kind: 'line',
		title: 'Checklist score over re-assessments (0–100)',
		labels,
		fullLabels: labels,
		series,
		min: 0,
		max: 100,
		table: table(
			'Checklist score per assessment day, 0–100',
			'Day',
			days,
			seriesOf(comparison, visible, valuesOn(days))
		),
		reviews: reviews
			.filter((r) => trends.has(r.providerId))
			.map((r) => ({
				providerId: r.providerId,
				label: `${name(r.providerId)}: review due ${r.due}`,
				due: r.due
			}))
	};
}
