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

/** What kind of failure a person is looking at (a form puts `validation` beside its fields). */
export type FailureKind = 'validation' | 'network' | 'quota' | 'refused' | 'other';

/** Any failure as a person sees it: one sentence, and per field when the failure names fields. */
export interface FailureMessage {
	kind: FailureKind;
	message: string;
	/** Field messages by dotted path (`name`, `responsibilities.2`); empty when none are named. */
	fields: Record<string, string>;
}

export const NETWORK_MESSAGE = 'No connection to the server. Try again when you are online.';
export const SIGN_IN_AGAIN_MESSAGE = 'Sign in again to sync your changes.';
export const QUOTA_MESSAGE =
	'This device has no room left to store it. Free some space (close other apps’ data, or export and delete old records) and try again.';
export const FALLBACK_MESSAGE = 'Something went wrong. Try again.';

// Recognised by shape, not `instanceof`: this module is imported by forms on every screen, so it
// pulls in neither zod nor the PocketBase SDK.
interface ZodLike {
	name: 'ZodError';
	issues: { path: PropertyKey[]; message: string }[];
}
interface ClientResponseLike {
	/** The SDK names it `ClientResponseError <status>`. */
	name: string;
	status: number;
	message: string;
	response?: { message?: string; data?: Record<string, unknown> };
}

function isZodError(error: unknown): error is ZodLike {
	const candidate = error as Partial<ZodLike> | null;
	return typeof candidate === 'object' && candidate?.name === 'ZodError' && Array.isArray(candidate.issues);
}

function isClientResponseError(error: unknown): error is ClientResponseLike {
	return (
		error instanceof Error &&
		error.name.startsWith('ClientResponseError') &&
		typeof (error as ClientResponseLike).status === 'number'
	);
}

/** The server or the network is unreachable (SDK status 0, a failed fetch, our own NetworkFailure). */
export function isNetworkFailure(error: unknown): boolean {
	if (error instanceof NetworkFailure) return true;
	if (isClientResponseError(error)) return error.status === 0;
	// what fetch throws when it cannot reach the server (Chromium, Firefox, Safari)
	return error instanceof TypeError && /failed to fetch|networkerror|load failed/i.test(error.message);
}

/** IndexedDB or localStorage is full (the name differs by browser engine). */
export function isQuotaFailure(error: unknown): boolean {
	const name = (error as { name?: unknown } | null)?.name;
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * The field messages of a PocketBase refusal's `data` (`{ name: { message } }`), in the server's
 * order; pass the error itself or one batch request's `response.data`.
 */
export function serverFieldMessages(errorOrData: unknown): Record<string, string> {
	const data = isClientResponseError(errorOrData)
		? (errorOrData.response?.data ?? {})
		: errorOrData instanceof Error
			? {}
			: ((errorOrData ?? {}) as Record<string, unknown>);
	const fields: Record<string, string> = {};
	for (const [field, detail] of Object.entries(data)) {
		const message = (detail as { message?: unknown } | null)?.message;
		if (typeof message === 'string' && message) fields[field] = message;
	}
	return fields;
}

/**
 * The one place a failure becomes what a person reads: a schema refusal (ValidationFailure or a
 * raw zod error) by field, a server refusal with its field messages, no connection, a full
 * device, or the error's own message (`fallback` when it has none).
 */
export function describeFailure(error: unknown, fallback = FALLBACK_MESSAGE): FailureMessage {
	if (error instanceof ValidationFailure)
		return { kind: 'validation', message: error.message, fields: error.fieldErrors };
	if (isZodError(error)) {
		const failure = ValidationFailure.fromZod(error as unknown as z.ZodError);
		return { kind: 'validation', message: failure.message, fields: failure.fieldErrors };
	}
	if (isNetworkFailure(error))
		return {
			kind: 'network',
			message: error instanceof NetworkFailure ? error.message : NETWORK_MESSAGE,
			fields: {}
		};
	if (isQuotaFailure(error)) return { kind: 'quota', message: QUOTA_MESSAGE, fields: {} };
	if (isClientResponseError(error)) {
		const fields = serverFieldMessages(error);
		const first = Object.values(fields)[0];
		return { kind: 'refused', message: first ?? (error.message || fallback), fields };
	}
	if (error instanceof Error && error.message) return { kind: 'other', message: error.message, fields: {} };
	return { kind: 'other', message: fallback, fields: {} };
}

/** The sentence a person sees for `error`. */
export function failureMessage(error: unknown, fallback = FALLBACK_MESSAGE): string {
	return describeFailure(error, fallback).message;
}
