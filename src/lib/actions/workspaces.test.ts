import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationFailure } from '$lib/data/errors';
import { localDb } from '$lib/data/local/local-store';
import { repository } from '$lib/data/local/repository';
import { answersOf, gwc } from '$lib/domain/fixtures.testing';
import { newRecordId } from '$lib/domain/schemas';
import {
	notesOf,
	openProspect,
	pipelineOf,
	saveNote,
	setStage,
	startSession,
	workspaceParts
} from './workspaces';

afterEach(async () => {
	const db = await localDb();
	await Promise.all([db.clear('records'), db.clear('outbox'), db.clear('meta')]);
});

const rep = newRecordId();
const draft = {
	name: 'Harbor Dental',
	contacts: [{ name: 'Dana Reyes', role: 'Owner', email: 'dana@harbor.test', phone: '' }],
	seat: 'Managed IT',
	responsibilities: ['Backups', 'Roadmap'],
	incumbent: 'Fixit IT'
};

async function msp() {
	return repository.create('organizations', { name: 'Convergent IT', kind: 'msp' });
}

describe('prospect workspaces', () => {
	it('opens a workspace with its seat, the incumbent as current and the MSP as prospective', async () => {
		const holder = await msp();
		const id = await openProspect(holder, draft);
		const workspace = await repository.get('organizations', id);
		expect([workspace?.msp, workspace?.stage, workspace?.contacts]).toEqual([
			holder.id,
			'first_meeting',
			draft.contacts
		]);
		const parts = await workspaceParts(id);
		expect(parts.seat?.responsibilities).toEqual(['Backups', 'Roadmap']);
		expect([parts.incumbent?.name, parts.incumbent?.status]).toEqual(['Fixit IT', 'current']);
		expect([parts.self?.name, parts.self?.status, parts.self?.msp_self]).toEqual([
			'Convergent IT',
			'prospective',
			true
		]);
	});

	it('refuses a draft by field and writes nothing', async () => {
		const holder = await msp();
		const refused = await openProspect(holder, { ...draft, incumbent: ' ', responsibilities: [''] }).catch(
			(e: unknown) => e
		);
		expect(refused).toBeInstanceOf(ValidationFailure);
		expect(Object.keys((refused as ValidationFailure).fieldErrors).sort()).toEqual([
			'incumbent',
			'responsibilities'
		]);
		expect(await repository.list('organizations', { msp: holder.id })).toEqual([]);
		expect(await repository.list('seats')).toEqual([]);
	});

	it('lists the pipeline with the stage and the gap between the MSP and the incumbent', async () => {
		const holder = await msp();
		const id = await openProspect(holder, draft);
		await setStage(id, 'proposal');
		const incumbent = await startSession(id, rep, 'incumbent');
		const self = await startSession(id, rep, 'self');
		const submitted = (scores: number[]) => ({
			status: 'submitted' as const,
			gwc: gwc('yes', 'yes', 'yes'),
			answers: answersOf(scores)
		});
		await repository.update('assessments', incumbent, submitted([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
		await repository.update('assessments', self, submitted([4, 4, 4, 4, 4, 4, 4, 4, 4, 4]));
		const [row] = await pipelineOf(holder.id);
		expect([row?.name, row?.stage, row?.daysSinceSession]).toEqual(['Harbor Dental', 'proposal', 0]);
		expect(row?.gap).toBeGreaterThan(0);
	});
});

describe('private notes', () => {
	it('one note per question, updated in place, removed when emptied; it belongs to the MSP', async () => {
		const holder = await msp();
		const workspace = await openProspect(holder, draft);
		const assessment = await startSession(workspace, rep, 'incumbent');
		const base = { msp: holder.id, workspace, assessment, question: 'q01', author: rep };
		const first = await saveNote({ ...base, text: 'Hesitated.' });
		await saveNote({ ...base, text: 'Hesitated twice.' });
		const notes = await notesOf(assessment);
		expect([...notes.keys()]).toEqual(['q01']);
		expect([notes.get('q01')?.id, notes.get('q01')?.text, notes.get('q01')?.organization]).toEqual([
			first?.id,
			'Hesitated twice.',
			holder.id
		]);
		await saveNote({ ...base, text: '  ' });
		expect((await notesOf(assessment)).size).toBe(0);
	});
});
