import builtinJson from './checklist-builtin.json';
import type { Answer } from './assessment.schema';
import {
	checklistDefinitionSchema,
	checklistInputSchema,
	type ChecklistInput,
	type Question
} from './checklist.schema';
import { newRecordId } from './record.schema';

/**
 * The id pocketbase/pb_migrations/1764100700_seeded_builtin_checklist.js seeds v1 under. Fixed so every
 * install and every offline client refers to the same record.
 */
export const BUILTIN_CHECKLIST_ID = 'rightseatmspv01';

/** The built-in "Right MSP, Right Seat" checklist, version 1: read-only and locked everywhere. */
export const builtinChecklist: ChecklistInput = checklistInputSchema.parse({
	...checklistDefinitionSchema.parse(builtinJson),
	id: BUILTIN_CHECKLIST_ID,
	organization: '',
	locked: true
});

/** Options for {@link nextChecklistVersion}. */
export interface NextVersionOptions {
	/** Owner of the new version; required when the previous one is the built-in (which no one may edit). */
	organization?: string;
	name?: string;
	id?: string;
}

/**
 * A new, unlocked version of `previous` with `questions`: a used checklist is never edited ("one
 * version is better than many"), it is succeeded. Throws a ZodError when the result breaks the contract.
 */
export function nextChecklistVersion(
	previous: ChecklistInput,
	questions: readonly Question[],
	options: NextVersionOptions = {}
): ChecklistInput {
	const organization = options.organization ?? previous.organization;
	if (organization === '') throw new Error('A new checklist version belongs to an organization.');
	return checklistInputSchema.parse({
		id: options.id ?? newRecordId(),
		organization,
		family: previous.family,
		name: options.name ?? previous.name,
		version: previous.version + 1,
		questions,
		locked: false
	});
}

/** The outcome of moving answers onto another checklist version. */
export interface AnswerMigration {
	answers: Record<string, Answer>;
	/** Question ids whose answers carried over. */
	moved: string[];
	/** Question ids answered before that the new version no longer asks. */
	dropped: string[];
	/** Questions of the new version with no answer yet. */
	added: string[];
}

/**
 * Moves an assessment's answers onto `target`: an answer survives when its question id still exists
 * (same id = same question, by convention when editing a version). Order follows the target's questions.
 */
export function migrateAnswers(
	answers: Readonly<Record<string, Answer>>,
	target: { questions: readonly Question[] }
): AnswerMigration {
	const targetIds = new Set(target.questions.map((q) => q.id));
	const result: AnswerMigration = { answers: {}, moved: [], dropped: [], added: [] };
	for (const question of target.questions) {
		const answer = answers[question.id];
		if (answer) {
			result.answers[question.id] = answer;
			result.moved.push(question.id);
		} else {
			result.added.push(question.id);
		}
	}
	result.dropped = Object.keys(answers).filter((id) => !targetIds.has(id));
	return result;
}

/**
 * The checklist version an assessment pinned, among the organization's own versions: the built-in
 * ships with the app, the others are records. Undefined when that version is not on this device.
 */
export function resolveChecklist(id: string, own: readonly ChecklistInput[]): ChecklistInput | undefined {
	if (id === BUILTIN_CHECKLIST_ID) return builtinChecklist;
	return own.find((checklist) => checklist.id === id);
}

/** The version new assessments use: the organization's newest one, else the built-in. */
export function currentChecklistOf(own: readonly ChecklistInput[]): ChecklistInput {
	return [...own].sort((a, b) => b.version - a.version)[0] ?? builtinChecklist;
}
