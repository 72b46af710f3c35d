import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationFailure } from '$lib/data/errors';
import { repository } from '$lib/data/local/repository';
import { BUILTIN_CHECKLIST_ID } from '$lib/domain/checklist';
import { answersOf, gwc, ratings } from '$lib/domain/fixtures.testing';
import { newRecordId } from '$lib/domain/schemas';
import { startAssessment, submitAssessment, whereToResume } from './assessments';
import { recordDecision } from './decisions';
import { changeRole, leaveOrganization, transferOwnership } from './memberships';
import { clearDevice, organizationWithSeat } from './fixtures.testing';
import { deleteSeat, restoreSeat } from './seats';

afterEach(clearDevice);

const assessor = newRecordId();

describe('seats', () => {
	it('undo restores a deleted seat under the same id', async () => {
		const { seat } = await organizationWithSeat();
		const deleted = await deleteSeat(seat);
		expect(await repository.get('seats', seat.id)).toBeUndefined();
		const restored = await restoreSeat(deleted);
		expect(restored.id).toBe(seat.id);
		expect((await repository.get('seats', seat.id))?.name).toBe('Managed IT');
		expect(await repository.list('seats', { organization: seat.organization })).toHaveLength(1);
	});

	it('restoring over a seat that still exists fails instead of making a copy', async () => {
		const { seat } = await organizationWithSeat();
		const { created: _c, updated: _u, ...input } = seat;
		await expect(restoreSeat(input)).rejects.toBeInstanceOf(ValidationFailure);
		expect(await repository.list('seats', { organization: seat.organization })).toHaveLength(1);
	});
});

describe('assessments', () => {
	it('starts one draft per assessor, seat and provider: starting again resumes it', async () => {
		const { organization, seat, provider } = await organizationWithSeat();
		const key = { seat: seat.id, provider: provider.id, assessor };
		const first = await startAssessment(organization.id, key);
		expect(await startAssessment(organization.id, key)).toBe(first);
		const draft = await repository.get('assessments', first);
		expect(draft?.checklist).toBe(BUILTIN_CHECKLIST_ID);
		expect(draft?.core_values.map((r) => r.value_id)).toEqual(['humble', 'hungry', 'smart']);
		expect(draft?.responsibility_fit.map((f) => f.responsibility)).toEqual(['Keep it running']);
		expect(await whereToResume(first)).toEqual({ to: 'step', step: 'values' });
	});

	it('refuses to submit an incomplete draft and submits a complete one', async () => {
		const { organization, seat, provider } = await organizationWithSeat();
		const id = await startAssessment(organization.id, { seat: seat.id, provider: provider.id, assessor });
		const draft = (await repository.get('assessments', id))!;
		const { builtinChecklist: checklist } = await import('$lib/domain/checklist');
		const context = { checklist, organization };
		const failure = await submitAssessment(id, draft, context).catch((e: unknown) => e);
		expect(failure).toBeInstanceOf(ValidationFailure);
		expect((failure as ValidationFailure).fieldErrors['gwc.get.answer']).toMatch(/Get it/);
		expect((await repository.get('assessments', id))?.status).toBe('draft');

		const complete = {
			...draft,
			gwc: gwc('yes', 'yes', 'yes'),
			core_values: ratings('plus', 'plus', 'plus'),
			answers: answersOf([4, 4, 4, 4, 4, 4, 4, 4, 4, 4])
		};
		const submitted = await submitAssessment(id, complete, context);
		expect(submitted.status).toBe('submitted');
		expect(submitted.assessed_at).not.toBe('');
		expect(await whereToResume(id)).toEqual({ to: 'result' });
	});
});

describe('decisions', () => {
	it('needs a provider, and leaves the score range to the schema', async () => {
		const { seat, provider } = await organizationWithSeat();
		const draft = { provider: '', reason: 'Best fit', consensus: '', consensusReason: '' };
		await expect(recordDecision(seat, draft, assessor)).rejects.toMatchObject({
			fieldErrors: { provider: 'Choose the provider you decided on.' }
		});
		await expect(
			recordDecision(
				seat,
				{ ...draft, provider: provider.id, consensus: '120', consensusReason: 'x' },
				assessor
			)
		).rejects.toMatchObject({ fieldErrors: { consensus_score: 'A score is 0–100.' } });
		const saved = await recordDecision(
			seat,
			{ ...draft, provider: provider.id, consensus: '70', consensusReason: 'agreed' },
			assessor
		);
		expect(saved.consensus_score).toBe(70);
	});
});

describe('memberships', () => {
	async function members() {
		const { organization } = await organizationWithSeat();
		const make = (role: 'owner' | 'editor') =>
			repository.create('memberships', { organization: organization.id, user: newRecordId(), role });
		return { owner: await make('owner'), editor: await make('editor') };
	}

	it('keeps an owner: the only owner can neither leave nor step down', async () => {
		const { owner, editor } = await members();
		await expect(leaveOrganization(owner, [owner, editor])).rejects.toThrow(/only owner/);
		await expect(changeRole(owner, 'viewer', [owner, editor])).rejects.toThrow(/needs an owner/);
		expect((await repository.get('memberships', owner.id))?.role).toBe('owner');
	});

	it('transfers ownership, after which the former owner may leave', async () => {
		const { owner, editor } = await members();
		await transferOwnership(owner, editor);
		const after = await repository.list('memberships', { organization: owner.organization });
		expect(Object.fromEntries(after.map((m) => [m.id, m.role]))).toEqual({
			[owner.id]: 'editor',
			[editor.id]: 'owner'
		});
		await leaveOrganization(
			after.find((m) => m.id === owner.id)!,
			after
		);
		expect(await repository.get('memberships', owner.id)).toBeUndefined();
	});
});
