import type { z } from 'zod';

/**
 * A write the domain schema refused. Nothing was written. `fieldErrors` is keyed by dotted path
 * (`responsibilities.5`, `gwc.get.answer`) so a form can put each message beside its field.
 */
export class ValidationFailure extends Error {
	readonly fieldErrors: Record<string, string>;
	constructor(fieldErrors: Record<string, string>, message = 'Some fields need attention.') {
		super(message);
		this.name = 'ValidationFailure';
		this.fieldErrors = fieldErrors;
	}

	/** The first message per path of a zod error. */
	static fromZod(error: z.ZodError): ValidationFailure {
		const fieldErrors: Record<string, string> = {};
		for (const issue of error.issues) {
			const path = issue.path.map(String).join('.') || '_';
			fieldErrors[path] ??= issue.message;
		}
		const first = Object.values(fieldErrors)[0];
		return new ValidationFailure(fieldErrors, first ?? 'Some fields need attention.');
	}
}

/** Signing in, up or out did not work; `message` can be shown as is. */
export class AuthFailure extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'AuthFailure';
	}
}

/** The server could not be reached; the action needs a connection. */
export class NetworkFailure extends Error {
	constructor(message = 'No connection to the server. Try again when you are online.') {
		super(message);
		this.name = 'NetworkFailure';
	}
}

/** A record the caller asked for is not in the local store. */
export class MissingRecord extends Error {
	constructor(collection: string, id: string) {
		super(`No ${collection} record ${id} on this device.`);
		this.name = 'MissingRecord';
	}
}
