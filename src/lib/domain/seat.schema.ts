import { z } from 'zod';
import { plainText } from './plain-text.schema';
import { optionalRelation, recordId, systemFields } from './record.schema';

/** Compared case-insensitively after trim: "Backups" and " backups" are the same line. */
function responsibilityKey(text: string): string {
	return text.trim().toLowerCase();
}

/** The seat's top five: ordered, 1–5 lines, each 1–160 characters, no line twice. */
export const responsibilitiesSchema = z
	.array(plainText(160, { required: true, requiredMessage: 'A responsibility cannot be empty.' }), {
		error: 'Expected a list of responsibilities.'
	})
	.min(1, 'Name at least one responsibility.')
	.max(5, "At most five responsibilities: the seat's top five.")
	.superRefine((lines, ctx) => {
		const seen = new Set<string>();
		lines.forEach((line, index) => {
			const key = responsibilityKey(line);
			if (seen.has(key)) {
				ctx.addIssue({ code: 'custom', message: 'Each responsibility must be different.', path: [index] });
			}
			seen.add(key);
		});
	});

/** A measurable the seat answers for. */
export const metricSchema = z.strictObject({
	name: plainText(80, { required: true, requiredMessage: 'Name the metric.' }),
	target: plainText(40).default(''),
	unit: plainText(20).default(''),
	cadence: z.enum(['weekly', 'monthly', 'quarterly', 'annually'], {
		error: 'Choose weekly, monthly, quarterly or annually.'
	})
});

/**
 * How many months between reviews of the providers in this seat, 1–24; 0 (PocketBase's empty
 * number) means the default, quarterly (see `reviewIntervalOf` in seat-review.ts).
 */
export const reviewIntervalSchema = z
	.int('Use a whole number of months.')
	.min(0, 'Between 1 and 24 months (empty: quarterly).')
	.max(24, 'Between 1 and 24 months (empty: quarterly).')
	.default(0);

const seatShape = {
	id: recordId,
	organization: recordId,
	name: plainText(120, { required: true, requiredMessage: 'Name the seat.' }),
	purpose: plainText(500).default(''),
	parent: optionalRelation,
	kind: z.enum(['team', 'service_provider'], { error: 'Choose team or service provider.' }),
	accountable_owner: plainText(120).default(''),
	responsibilities: responsibilitiesSchema,
	metrics: z
		.array(metricSchema)
		.max(10, 'At most ten metrics.')
		.nullish()
		.transform((metrics) => metrics ?? []),
	review_interval_months: reviewIntervalSchema
};

/** Cycles need the other seats (see `wouldCreateCycle`); a seat reporting to itself is caught here. */
function notOwnParent(seat: { id: string; parent: string }): boolean {
	return seat.parent !== seat.id;
}
const ownParentIssue = { error: 'A seat cannot report to itself.', path: ['parent'] };

/** What the app writes for a seat. */
export const seatInputSchema = z.object(seatShape).refine(notOwnParent, ownParentIssue);

/** A seat as PocketBase returns it. */
export const seatSchema = z.object({ ...seatShape, ...systemFields }).refine(notOwnParent, ownParentIssue);

/**
 * True when making `parentId` the parent of `seatId` would close a loop in the accountability chart
 * (the parent is the seat itself or reports, directly or not, to it). Seats whose parent is
 * missing from `seats` end the walk; a pre-existing loop elsewhere cannot hang it.
 */
export function wouldCreateCycle(
	seats: ReadonlyArray<{ id: string; parent: string }>,
	seatId: string,
	parentId: string
): boolean {
	const parentOf = new Map(seats.map((seat) => [seat.id, seat.parent]));
	const visited = new Set<string>();
	let current = parentId;
	while (current !== '' && !visited.has(current)) {
		if (current === seatId) return true;
		visited.add(current);
		current = parentOf.get(current) ?? '';
	}
	return false;
}

export type Metric = z.infer<typeof metricSchema>;
export type SeatInput = z.infer<typeof seatInputSchema>;
export type Seat = z.infer<typeof seatSchema>;
