import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersCsv, csvField, CSV_BOM, toCsv } from './answers-csv';
import { builtinChecklist } from './checklist';
import { answersOf, assessment } from './fixtures.testing';
import type { ComparableAssessment } from './seat-comparison';

/** A strict RFC 4180 reader (every field quoted, CRLF rows), to check what a spreadsheet gets. */
function parse(csv: string): string[][] {
	expect(csv.startsWith(CSV_BOM)).toBe(true);
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 1;
	while (i < csv.length) {
		if (csv[i] !== '"') throw new Error(`unquoted field at ${i}`);
		let field = '';
		i += 1;
		for (;;) {
			const quote = csv.indexOf('"', i);
			field += csv.slice(i, quote);
			if (csv[quote + 1] === '"') {
				field += '"';
				i = quote + 2;
			} else {
				i = quote + 1;
				break;
			}
		}
		row.push(field);
		if (csv[i] === ',') i += 1;
		else {
			if (csv.slice(i, i + 2) !== '\r\n') throw new Error(`no CRLF at ${i}`);
			rows.push(row);
			row = [];
			i += 2;
		}
	}
	return rows;
}

describe('CSV fields', () => {
	it('quotes every field and doubles quotes', () => {
		expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
		expect(csvField(3)).toBe('"3"');
		expect(csvField(null)).toBe('""');
	});

	it.each(['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx'])('neutralizes the formula %j', (text) => {
		expect(csvField(text)).toBe(`"'${text}"`);
	});

	it(
		'round-trips any text through a strict reader, formulas shown as text (property)',
		{ timeout: 60_000 },
		() => {
			fc.assert(
				fc.property(
					fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 24 }), { minLength: 1, maxLength: 4 }), {
						maxLength: 5
					}),
					(rows) => {
						const shown = rows.map((r) => r.map((text) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)));
						expect(parse(toCsv(rows))).toEqual(shown);
					}
				)
			);
		}
	);
});

describe('answers export', () => {
	const made = (provider: string, assessor: string, date: string, extra = {}): ComparableAssessment => ({
		...assessment({ answers: answersOf([4, 'n/a', null, 1, 2, 3, 4, 0, 1, 2]) }),
		provider,
		assessor,
		checklist: builtinChecklist.id,
		assessed_at: `${date} 09:00:00.000Z`,
		...extra
	});

	it('has one row per question of each submitted assessment, with its provider, person, date and dimension', () => {
		const csv = answersCsv({
			assessments: [
				made('b', 'ana', '2026-02-01'),
				made('a', 'ben', '2026-01-01', {
					answers: { ...answersOf([]), q01: { score: 3, note: '=HYPERLINK("x")' } }
				}),
				made('a', 'ana', '2026-03-01', { status: 'draft' })
			],
			providerName: (id) => ({ a: 'Acme, Inc.', b: 'Bolt' })[id] ?? '',
			personName: (id) => ({ ana: 'Ana', ben: 'Ben "B" Ode' })[id] ?? '',
			checklistOf: () => builtinChecklist
		});
		const rows = parse(csv);
		expect(rows[0]).toEqual(['Provider', 'Assessor', 'Date', 'Question', 'Dimension', 'Score', 'Note']);
		expect(rows).toHaveLength(1 + 2 * 10);
		const first = builtinChecklist.questions[0]!;
		expect(rows[1]).toEqual([
			'Acme, Inc.',
			'Ben "B" Ode',
			'2026-01-01',
			first.text,
			{ get: 'Get it', want: 'Want it', capacity: 'Capacity to do it' }[first.dimension],
			'3',
			`'=HYPERLINK("x")`
		]);
		expect(rows.slice(11, 14).map((r) => [r[0], r[5]])).toEqual([
			['Bolt', '4'],
			['Bolt', 'n/a'],
			['Bolt', '']
		]);
	});
});
