import { DIMENSION_LABELS, type Question } from './checklist.schema';
import { assessedAt, type ComparableAssessment } from './seat-comparison';

/** Excel and LibreOffice read a UTF-8 file as UTF-8 only with this mark first. */
export const CSV_BOM = '\uFEFF';

/** The columns of the answers export, one row per answer. */
export const ANSWER_COLUMNS = [
	'Provider',
	'Assessor',
	'Date',
	'Question',
	'Dimension',
	'Score',
	'Note'
] as const;

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: always quoted (RFC 4180: quotes doubled), and a text that a spreadsheet would run
 * as a formula is prefixed with `'` so it shows as text. Numbers are written as they are.
 */
export function csvField(value: string | number | null): string {
	if (value === null) return '""';
	const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
	return `"${text.replaceAll('"', '""')}"`;
}

/** A CSV document: byte-order mark, CRLF line ends (RFC 4180), every field quoted. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
	return CSV_BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** What the answers export reads. */
export interface AnswersExportInput {
	assessments: readonly ComparableAssessment[];
	providerName(id: string): string;
	personName(id: string): string;
	checklistOf(id: string): { questions: readonly Question[] } | undefined;
	/** Drafts are left out unless asked for. */
	includeDrafts?: boolean;
}

/**
 * The rows of the answers export (header first): per submitted assessment, ordered by provider,
 * date and assessor, one row per question of its checklist in checklist order (an empty score is
 * a question not answered; "n/a" one that does not apply).
 */
export function answerRows(input: AnswersExportInput): Array<Array<string | number | null>> {
	const rows = input.assessments
		.filter((a) => input.includeDrafts || a.status === 'submitted')
		.map((a) => ({ a, provider: input.providerName(a.provider), person: input.personName(a.assessor) }))
		.sort(
			(x, y) =>
				x.provider.localeCompare(y.provider) ||
				assessedAt(x.a).localeCompare(assessedAt(y.a)) ||
				x.person.localeCompare(y.person)
		)
		.flatMap(({ a, provider, person }) =>
			(input.checklistOf(a.checklist)?.questions ?? []).map((q) => {
				const answer = a.answers[q.id];
				return [
					provider,
					person,
					assessedAt(a).slice(0, 10),
					q.text,
					DIMENSION_LABELS[q.dimension],
					answer?.score ?? null,
					answer?.note ?? ''
				];
			})
		);
	return [[...ANSWER_COLUMNS], ...rows];
}

/** The answers export as a CSV document that opens correctly in a spreadsheet. */
export function answersCsv(input: AnswersExportInput): string {
	return toCsv(answerRows(input));
}
