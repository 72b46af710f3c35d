import { ClientResponseError } from 'pocketbase';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
	describeFailure,
	failureMessage,
	NETWORK_MESSAGE,
	NetworkFailure,
	QUOTA_MESSAGE,
	serverFieldMessages,
	ValidationFailure
} from './errors';

/** A refusal as the SDK builds it from a PocketBase answer. */
function refusal(status: number, message: string, data: Record<string, unknown> = {}): ClientResponseError {
	return new ClientResponseError({
		url: 'http://x/api/collections/seats/records',
		status,
		response: { message, data }
	});
}

describe('one error path: any failure to what a person reads', () => {
	it('a zod error names each field by its dotted path', () => {
		const schema = z.object({
			name: z.string().min(1, 'Name the seat.'),
			items: z.array(z.string().max(2, 'Too long.'))
		});
		const parsed = schema.safeParse({ name: '', items: ['ok', 'long'] });
		const failure = describeFailure(parsed.error);
		expect(failure.kind).toBe('validation');
		expect(failure.fields).toEqual({ name: 'Name the seat.', 'items.1': 'Too long.' });
		expect(failure.message).toBe('Name the seat.');
	});

	it('a ValidationFailure keeps its fields and message', () => {
		const failure = describeFailure(
			new ValidationFailure({ email: 'Use an email address.' }, 'Use an email address.')
		);
		expect(failure).toEqual({
			kind: 'validation',
			message: 'Use an email address.',
			fields: { email: 'Use an email address.' }
		});
	});

	it('a server refusal with field data says the field’s message', () => {
		const error = refusal(400, 'Failed to create record.', {
			email: { code: 'validation_not_unique', message: 'Value must be unique.' },
			name: { code: 'x', message: 'Too long.' }
		});
		const failure = describeFailure(error);
		expect(failure.kind).toBe('refused');
		expect(failure.message).toBe('Value must be unique.');
		expect(failure.fields).toEqual({ email: 'Value must be unique.', name: 'Too long.' });
		expect(serverFieldMessages({ seat: { message: 'Missing.' } })).toEqual({ seat: 'Missing.' });
	});

	it('a server refusal without fields says the server’s message, or the fallback', () => {
		expect(failureMessage(refusal(403, 'Only owners may do this.'))).toBe('Only owners may do this.');
		expect(failureMessage(refusal(403, ''), 'Could not save.')).not.toBe('');
	});

	it('no connection (SDK status 0, a failed fetch, NetworkFailure) says so', () => {
		expect(describeFailure(refusal(0, 'Something went wrong.')).kind).toBe('network');
		expect(failureMessage(refusal(0, 'Something went wrong.'))).toBe(NETWORK_MESSAGE);
		expect(failureMessage(new TypeError('Failed to fetch'))).toBe(NETWORK_MESSAGE);
		expect(describeFailure(new NetworkFailure()).kind).toBe('network');
		expect(describeFailure(new TypeError('x is undefined')).kind).toBe('other');
	});

	it('a full device (IndexedDB or localStorage quota) says there is no room', () => {
		const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		expect(describeFailure(quota)).toEqual({ kind: 'quota', message: QUOTA_MESSAGE, fields: {} });
		expect(failureMessage(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(QUOTA_MESSAGE);
	});

	it('anything else says its own message, or the fallback when it has none', () => {
		expect(failureMessage(new Error('Choose a seat first.'))).toBe('Choose a seat first.');
		expect(failureMessage('weird', 'Could not save.')).toBe('Could not save.');
		expect(failureMessage(undefined)).toBe('Something went wrong. Try again.');
	});
});
