import { z } from 'zod';
import { plainText } from './plain-text.schema';
import { optionalRelation, recordId, slug, systemFields } from './record.schema';

/** GWC: Get it, Want it, Capacity to do it. */
export const dimensionSchema = z.enum(['get', 'want', 'capacity'], {
	error: 'Choose get, want or capacity.'
});

/** Every dimension, in the order EOS asks them. */
export const DIMENSIONS = dimensionSchema.options;

/** How the app names each dimension to people. */
export const DIMENSION_LABELS: Record<z.infer<typeof dimensionSchema>, string> = {
	get: 'Get it',
	want: 'Want it',
	capacity: 'Capacity to do it'
};

/**
 * What a yes looks like for each dimension, in the seed's words (003: the MSP's seat): the help
 * under GWC in the assessment steps and in present mode. One source for both.
 */
export const GWC_HELP: Record<z.infer<typeof dimensionSchema>, string> = {
	get: 'They understand your growth plans and how their role helps you reach them: the big picture, your technical environment, your security concerns and how to remedy them.',
	want: 'They want the seat as you defined it — IT planning, roadmaps, budgeting, projects — not only break-fix, patching and selling hardware.',
	capacity:
		'They have the manpower, bandwidth and expertise to move your company forward, stay ahead of security threats, and give you a roadmap that fits your plan and budget.'
};

/** One checklist question with its "what good looks like". */
export const questionSchema = z.strictObject({
	id: slug,
	text: plainText(200, { required: true, requiredMessage: 'Write the question.' }),
	guidance: plainText(300).default(''),
	dimension: dimensionSchema,
	weight: z
		.number('Expected a number.')
		.min(0.5, 'A weight is at least 0.5.')
		.max(5, 'A weight is at most 5.')
});

/** 1–20 questions with unique ids (answers are keyed by them). */
export const questionsSchema = z
	.array(questionSchema)
	.min(1, 'A checklist needs at least one question.')
	.max(20, 'At most 20 questions.')
	.refine(
		(questions) => new Set(questions.map((q) => q.id)).size === questions.length,
		'Each question needs its own id.'
	);

/** The content of a checklist version, without the record fields (the built-in JSON has this shape). */
export const checklistDefinitionSchema = z.object({
	family: slug,
	name: plainText(120, { required: true, requiredMessage: 'Name the checklist.' }),
	version: z.int('A version is a whole number.').min(1, 'Versions start at 1.'),
	questions: questionsSchema
});

/** What the app writes: an empty `organization` means the read-only built-in. */
export const checklistInputSchema = checklistDefinitionSchema.extend({
	id: recordId,
	organization: optionalRelation,
	locked: z.boolean().default(false)
});

/** A checklist as PocketBase returns it. */
export const checklistSchema = checklistInputSchema.extend(systemFields);

export type Dimension = z.infer<typeof dimensionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type ChecklistDefinition = z.infer<typeof checklistDefinitionSchema>;
export type ChecklistInput = z.infer<typeof checklistInputSchema>;
export type Checklist = z.infer<typeof checklistSchema>;
