import { inTheOpen } from '$lib/domain/blind';
import { ValidationFailure } from '$lib/data/errors';
import { checklistOf, currentChecklist } from '$lib/data/local/checklists';
import { pocketbaseNow } from '$lib/data/local/record-types';
import { repository } from '$lib/data/local/repository';
import { handOffWorkspace } from '$lib/data/server/handoff';
import { builtinChecklist } from '$lib/domain/checklist';
import { pipeline, workspaceGap, type PipelineRow, type WorkspaceGap } from '$lib/domain/pipeline';
import { prospectDraftSchema, withoutBlankRows, type ProspectDraft } from '$lib/domain/prospect.schema';
import type {
	FitCriteria,
	MspFit,
	MspNote,
	Organization,
	Provider,
	Question,
	Seat,
	Stage
} from '$lib/domain/schemas';
import { handOffSchema } from '$lib/domain/workspace.schema';
import { startAssessment, submitAssessment } from './assessments';
import { inviteMember } from './memberships';

/**
 * Sales mode (docs/sales-mode.md): what a rep does with prospect workspaces. Everything is written
 * to the local store first (offline on site is normal) and synced later.
 */

/**
 * Opens a prospect workspace for `msp`: the prospect (a business organization held by the MSP, at
 * the first meeting), its IT seat with the top five, the incumbent as `current` and the MSP itself
 * as `prospective` (`msp_self`). The draft is checked whole first: a refused field writes nothing.
 */
export async function openProspect(msp: Organization, draft: ProspectDraft): Promise<string> {
	const parsed = prospectDraftSchema.safeParse(withoutBlankRows(draft));
	if (!parsed.success) throw ValidationFailure.fromZod(parsed.error);
	const prospect = parsed.data;
	const workspace = await repository.create('organizations', {
		name: prospect.name,
		kind: 'business',
		msp: msp.id,
		stage: 'first_meeting',
		contacts: prospect.contacts
	});
	const organization = workspace.id;
	await repository.create('seats', {
		organization,
		name: prospect.seat,
		kind: 'service_provider',
		responsibilities: prospect.responsibilities
	});
	await repository.create('providers', { organization, name: prospect.incumbent, status: 'current' });
	await repository.create('providers', {
		organization,
		name: msp.name,
		status: 'prospective',
		msp_self: true
	});
	return organization;
}

/** Moves a workspace to another stage of the pipeline. */
export async function setStage(workspace: string, stage: Stage): Promise<void> {
	await repository.update('organizations', workspace, { stage });
}

/** The workspace's IT seat, its incumbent and the MSP's own provider record. */
export async function workspaceParts(workspace: string): Promise<{
	seat: Seat | undefined;
	incumbent: Provider | undefined;
	self: Provider | undefined;
}> {
	const [seats, providers] = await Promise.all([
		repository.list('seats', { organization: workspace }),
		repository.list('providers', { organization: workspace })
	]);
	const seat = seats.find((s) => s.kind === 'service_provider') ?? seats[0];
	return {
		seat,
		incumbent: providers.find((p) => p.status === 'current' && !p.msp_self),
		self: providers.find((p) => p.msp_self)
	};
}

/**
 * Starts (or resumes) a guided session: the prospect scores its current provider against the
 * seat, on this device signed in as the rep. Stamps the workspace's last session. Returns the
 * assessment id.
 */
export async function startSession(
	workspace: string,
	actor: string,
	who: 'incumbent' | 'self'
): Promise<string> {
	const parts = await workspaceParts(workspace);
	const provider = who === 'incumbent' ? parts.incumbent : parts.self;
	if (!parts.seat || !provider)
		throw new ValidationFailure(
			{ _: 'This workspace needs an IT seat and its providers first.' },
			'This workspace needs an IT seat and its providers first.'
		);
	const id = await startAssessment(workspace, {
		seat: parts.seat.id,
		provider: provider.id,
		assessor: actor
	});
	if (who === 'incumbent')
		await repository.update('organizations', workspace, { last_session: pocketbaseNow() });
	return id;
}

/** The questions the workspace is assessed on: those of its incumbent assessment, else the current checklist. */
async function questionsOf(workspace: string, checklist: string | undefined): Promise<readonly Question[]> {
	const pinned = checklist ? await checklistOf(checklist) : undefined;
	return (pinned ?? (await currentChecklist(workspace)) ?? builtinChecklist).questions;
}

/** The gap between the prospect's rating of its incumbent and the MSP's own, for one workspace. */
export async function gapOf(workspace: string): Promise<WorkspaceGap | null> {
	const [organization, parts, assessments] = await Promise.all([
		repository.get('organizations', workspace),
		workspaceParts(workspace),
		repository.list('assessments', { organization: workspace })
	]);
	if (!organization || !parts.seat) return null;
	// a blind round's answers stay out of the gap until it is revealed
	const of = (provider: Provider | undefined) =>
		provider
			? inTheOpen(assessments, [provider]).filter(
					(a) => a.provider === provider.id && a.seat === parts.seat!.id
				)
			: [];
	const incumbent = of(parts.incumbent);
	return workspaceGap({
		questions: await questionsOf(workspace, incumbent[0]?.checklist),
		responsibilities: parts.seat.responsibilities,
		incumbent,
		self: of(parts.self),
		context: organization
	});
}

/** The MSP's pipeline: every workspace it holds on this device, by stage, with its gap. */
export async function pipelineOf(msp: string): Promise<PipelineRow[]> {
	const workspaces = await repository.list('organizations', { msp });
	const entries = await Promise.all(
		workspaces.map(async (w) => ({
			id: w.id,
			name: w.name,
			stage: w.stage,
			last_session: w.last_session,
			gap: (await gapOf(w.id))?.gap ?? null
		}))
	);
	return pipeline(entries, new Date());
}

/** The rep's private notes on one assessment, by question id ('' = the whole assessment). */
export async function notesOf(assessment: string): Promise<Map<string, MspNote>> {
	const notes = await repository.list('msp_notes', { assessment });
	return new Map(notes.map((note) => [note.question, note]));
}

/**
 * Saves the rep's private note on one question of a guided session: a record of the MSP (never of
 * the workspace, so the prospect's people never read it). Empty text removes the note.
 */
export async function saveNote(note: {
	msp: string;
	workspace: string;
	assessment: string;
	question: string;
	text: string;
	author: string;
}): Promise<MspNote | undefined> {
	const existing = (await notesOf(note.assessment)).get(note.question);
	if (note.text.trim() === '') {
		if (existing) await repository.remove('msp_notes', existing.id);
		return undefined;
	}
	if (existing) return repository.update('msp_notes', existing.id, { text: note.text });
	const { msp, ...rest } = note;
	return repository.create('msp_notes', { ...rest, organization: msp });
}

/**
 * Ends a guided session: submits the prospect's assessment of its incumbent (refused by field while
 * something required is unanswered) and moves a workspace still at the first meeting to `assessed`.
 */
export async function finishSession(
	id: string,
	answers: Parameters<typeof submitAssessment>[1],
	context: Parameters<typeof submitAssessment>[2]
): Promise<string> {
	const assessment = await submitAssessment(id, answers, context);
	const workspace = await repository.get('organizations', assessment.organization);
	if (workspace && (workspace.stage === '' || workspace.stage === 'first_meeting'))
		await setStage(workspace.id, 'assessed');
	return assessment.organization;
}

/** The MSP's two-way fit of a workspace on this device, if it rated the prospect yet. */
export async function fitOf(msp: string, workspace: string): Promise<MspFit | undefined> {
	return (await repository.list('msp_fits', { organization: msp, workspace }))[0];
}

/**
 * Saves the two-way fit (the MSP rating the prospect as a client): one record per MSP and
 * workspace, private to the MSP unless `shared`.
 */
export async function saveFit(fit: {
	msp: string;
	workspace: string;
	criteria: FitCriteria;
	summary: string;
	shared: boolean;
	rated_by: string;
}): Promise<MspFit> {
	const { msp, ...rest } = fit;
	const existing = await fitOf(msp, fit.workspace);
	if (existing)
		return repository.update('msp_fits', existing.id, {
			criteria: rest.criteria,
			summary: rest.summary,
			shared: rest.shared
		});
	return repository.create('msp_fits', { ...rest, organization: msp });
}

/** The rep invites the prospect's owner to take the workspace over (online: the server mails them). */
export function inviteProspectOwner(workspace: string, email: string): Promise<void> {
	return inviteMember(workspace, email.trim(), 'owner');
}

/** The prospect's owner takes the workspace over and chooses what the MSP keeps (online). */
export async function handOff(workspace: string, choice: unknown): Promise<void> {
	const parsed = handOffSchema.safeParse(choice);
	if (!parsed.success) throw ValidationFailure.fromZod(parsed.error);
	await handOffWorkspace(workspace, parsed.data);
}

/** Whether organization `id` is an MSP on this device (the Prospects tab shows for MSPs). */
export async function isMspOrganization(id: string): Promise<boolean> {
	return (await repository.get('organizations', id))?.kind === 'msp';
}
