// Question 1 scored from the core values ratings (src/lib/domain/values-question.ts): the server
// accepts such an assessment as submitted, and the score read back is the one computed locally.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinChecklist } from '../../src/lib/domain/checklist';
import { scoreAssessment } from '../../src/lib/domain/scoring';
import { followValues } from '../../src/lib/domain/values-question';
import { assessmentBody, providerBody, seatBody, startServer, type Server } from './world';

const VALUES = [
	{ id: 'humble', name: 'Humble', meaning: '' },
	{ id: 'hungry', name: 'Hungry', meaning: '' },
	{ id: 'smart', name: 'Smart', meaning: '' }
];

let server: Server;

beforeAll(async () => {
	server = await startServer();
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

describe('question 1 from the values ratings', () => {
	it('is a submitted answer the server accepts, scored the same on both sides', async () => {
		const { client } = await server.user('assessor');
		const organization = await client
			.collection('organizations')
			.create({ name: 'Derived Co', kind: 'business', core_values: VALUES });
		const refs = {
			seat: (await client.collection('seats').create(seatBody(organization.id))).id,
			provider: (await client.collection('providers').create(providerBody(organization.id))).id
		};
		const ratings = VALUES.map((v, i) => ({
			value_id: v.id,
			rating: i === 2 ? ('plus_minus' as const) : ('plus' as const),
			note: ''
		}));
		const questions = builtinChecklist.questions;
		const answers: Record<string, { score: number | 'n/a' | null; note: string }> = Object.fromEntries(
			questions.map((q) => [q.id, { score: 2, note: '' }])
		);
		answers.q01 = { score: null, note: '' };
		const update = followValues(questions, VALUES, answers, [], ratings);
		expect(update).toEqual({ questionId: 'q01', score: 3 });
		answers[update!.questionId] = { score: update!.score, note: '' };
		const gwc = {
			get: { answer: 'yes', note: '' },
			want: { answer: 'yes', note: '' },
			capacity: { answer: 'yes', note: '' }
		} as const;

		const saved = await client
			.collection('assessments')
			.create(
				assessmentBody(organization.id, refs, { status: 'submitted', gwc, core_values: ratings, answers })
			);
		expect(saved.assessed_at).not.toBe('');
		expect(saved.answers.q01).toEqual({ score: 3, note: '' });
		const context = { core_values: VALUES, values_bar: { max_mixed: 1, max_minus: 0 } };
		const local = scoreAssessment(
			{ gwc, core_values: ratings, answers, responsibility_fit: [] },
			builtinChecklist,
			context
		);
		const stored = scoreAssessment(
			{ gwc, core_values: saved.core_values, answers: saved.answers, responsibility_fit: [] },
			builtinChecklist,
			context
		);
		expect(stored.checklist.total).toBe(local.checklist.total);
		expect(local.checklist.total).toBeCloseTo(((3 + 9 * 2) / 10 / 4) * 100);
		expect(stored.verdict.verdict).toBe('right_seat');
	});
});
