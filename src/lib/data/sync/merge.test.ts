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

	it('its own push coming back is not a conflict: answers, values and fields changed since stay local', () => {
		const note = { score: null, note: 'Tickets wait two days' };
		const base = {
			summary: '',
			answers: { q01: answer(null), q02: answer(null) },
			core_values: [{ value_id: 'humble', rating: null, note: '' }],
			updated: '1'
		};
		// pushed: the note of question 1 and a first summary; since then: its score, a rating, more summary
		const sent = { summary: 'Slow', answers: { q01: note, q02: answer(null) } };
		const server = { ...base, ...sent, updated: '2' };
		const local = {
			...base,
			summary: 'Slow help desk',
			answers: { q01: { ...note, score: 1 }, q02: answer(3) },
			core_values: [{ value_id: 'humble', rating: 'plus', note: '' }]
		};
		const merged = mergeServerVersion(row(base, local), server, sent);
		expect(merged.conflicts).toEqual([]);
		expect(merged.data).toEqual({ ...local, updated: '2' });
		// without knowing what it sent, the same versions look like two people's edits
		expect(mergeServerVersion(row(base, local), server).conflicts.map((c) => c.field)).toEqual([
			'summary',
			'answers.q01'
		]);
	});

	it('a change back to the base after the push wins over the push coming back', () => {
		const base = { purpose: 'old', updated: '1' };
		const sent = { purpose: 'new' };
		const merged = mergeServerVersion(row(base, { purpose: 'old' }), { purpose: 'new', updated: '2' }, sent);
		expect(merged.data.purpose).toBe('old');
		expect(changedFields(merged.base!, merged.data)).toEqual({ purpose: 'old' });
	});

	it('someone else’s different value after the push is still a conflict', () => {
		const base = { purpose: 'old', updated: '1' };
		const merged = mergeServerVersion(
			row(base, { purpose: 'mine, later' }),
			{ purpose: 'theirs', updated: '3' },
			{ purpose: 'mine' }
		);
		expect(merged.conflicts).toEqual([{ field: 'purpose', local: 'mine, later', server: 'theirs' }]);
	});
});
