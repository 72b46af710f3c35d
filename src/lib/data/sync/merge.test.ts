import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../local/local-db';
import { changedFields, mergeServerVersion } from './merge';

function row(base: Record<string, unknown>, data: Record<string, unknown>): StoredRecord {
	return {
		key: 'assessments/x',
		collection: 'assessments',
		id: 'x',
		data,
		base,
		deleted: false,
		conflicts: []
	};
}
const answer = (score: number | null) => ({ score, note: '' });

describe('merging a server version into unpushed local edits', () => {
	it('takes each side’s changes field by field and answer by answer', () => {
		const base = {
			summary: 'a',
			status: 'draft',
			answers: { q01: answer(null), q02: answer(null) },
			updated: '1'
		};
		const local = { ...base, summary: 'mine', answers: { q01: answer(3), q02: answer(null) } };
		const server = {
			...base,
			status: 'submitted',
			answers: { q01: answer(null), q02: answer(1) },
			updated: '2'
		};
		const merged = mergeServerVersion(row(base, local), server);
		expect(merged.conflicts).toEqual([]);
		expect(merged.data).toEqual({ ...server, summary: 'mine', answers: { q01: answer(3), q02: answer(1) } });
		expect(merged.base).toBe(server);
		expect(changedFields(merged.base!, merged.data)).toEqual({
			summary: 'mine',
			answers: merged.data.answers
		});
	});

	it('keeps both versions of an answer both changed, and the local one until the person chooses', () => {
		const base = {
			answers: { q03: answer(null) },
			core_values: [{ value_id: 'humble', rating: null, note: '' }]
		};
		const local = {
			answers: { q03: answer(0) },
			core_values: [{ value_id: 'humble', rating: 'plus', note: '' }]
		};
		const server = {
			answers: { q03: answer(4) },
			core_values: [{ value_id: 'humble', rating: 'plus', note: '' }]
		};
		const merged = mergeServerVersion(row(base, local), server);
		expect(merged.conflicts).toEqual([{ field: 'answers.q03', local: answer(0), server: answer(4) }]);
		expect(merged.data.answers).toEqual({ q03: answer(0) });
	});

	it('a record created here and confirmed by the server keeps local changes made since', () => {
		const server = { name: 'Seat', purpose: '' };
		const merged = mergeServerVersion(
			{ ...row(server, { name: 'Seat', purpose: 'typed since' }), base: null },
			server
		);
		expect(merged.data.purpose).toBe('typed since');
		expect(merged.conflicts).toEqual([]);
	});
});
