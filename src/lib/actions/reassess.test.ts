import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { localDb } from '$lib/data/local/local-store';
import { repository } from '$lib/data/local/repository';
import { builtinChecklist } from '$lib/domain/checklist';
import { answersOf, gwc, ratings } from '$lib/domain/fixtures.testing';
import { newRecordId } from '$lib/domain/schemas';
import { reassess, startAssessment, submitAssessment } from './assessments';
import { clearDevice, organizationWithSeat } from './fixtures.testing';

afterEach(clearDevice);

const ana = newRecordId();
const ben = newRecordId();

async function assessedOnce() {
	const { organization, seat, provider } = await organizationWithSeat(['Keep it running', 'Backups']);
	const key = { seat: seat.id, provider: provider.id, assessor: ana };
	const first = await startAssessment(organization.id, key);
	const draft = (await repository.get('assessments', first))!;
	const answers = {
		...draft,
		gwc: gwc('yes', 'yes', 'no', { capacity: 'Too small' }),
		core_values: ratings('plus', 'plus_minus', 'plus'),
		answers: answersOf([4, 3, 2, 1, 0, 'n/a', 4, 4, 4, 4]),
		responsibility_fit: [
			{ responsibility: 'Keep it running', score: 3, note: '' },
			{ responsibility: 'Backups', score: 1, note: 'Untested' }
		],
		summary: 'Good people, too few.'
	};
	await submitAssessment(first, answers, { checklist: builtinChecklist, organization });
	return { organization, seat, provider, key, first };
}

describe('reassess', () => {
	it('creates a new draft prefilled from the last submitted one, which stays as it was', async () => {
		const { organization, key, first } = await assessedOnce();
		const id = await reassess(organization.id, key);
		expect(id).not.toBe(first);
		const draft = (await repository.get('assessments', id))!;
		const before = (await repository.get('assessments', first))!;
		expect(draft).toMatchObject({
			status: 'draft',
			assessor: ana,
			seat: key.seat,
			provider: key.provider,
			assessed_at: '',
			summary: 'Good people, too few.'
		});
		expect(draft.gwc).toEqual(before.gwc);
		expect(draft.answers).toEqual(before.answers);
		expect(draft.responsibility_fit).toEqual(before.responsibility_fit);
		expect(before.status).toBe('submitted');
		// the new draft is queued for the server like any other change
		const db = await localDb();
		const queued = (await db.getAll('outbox')).filter((op) => op.recordId === id);
		expect(queued.length).toBeGreaterThan(0);
		// again: the open draft is resumed, not doubled
		expect(await reassess(organization.id, key)).toBe(id);
	});

	it('another assessor starts from the newest visible assessment; without any it starts fresh', async () => {
		const { organization, key } = await assessedOnce();
		const bens = (await repository.get(
			'assessments',
			await reassess(organization.id, { ...key, assessor: ben })
		))!;
		expect(bens.assessor).toBe(ben);
		expect(bens.gwc.capacity).toEqual({ answer: 'no', note: 'Too small' });
		const other = await repository.create('providers', {
			organization: organization.id,
			name: 'Blue',
			status: 'prospective'
		});
		const fresh = (await repository.get(
			'assessments',
			await reassess(organization.id, { ...key, provider: other.id })
		))!;
		expect(fresh.gwc.capacity.answer).toBeNull();
		expect(fresh.answers).toEqual({});
	});

	it('under a blind round, never starts from someone else’s answers', async () => {
		const { organization, key, provider } = await assessedOnce();
		await repository.update('providers', provider.id, { blind: true });
		const bens = (await repository.get(
			'assessments',
			await reassess(organization.id, { ...key, assessor: ben })
		))!;
		expect(bens.gwc.capacity.answer).toBeNull();
	});
});
