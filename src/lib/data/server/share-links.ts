import { ClientResponseError } from 'pocketbase';
import {
	shareLinkSchema,
	sharedReportSchema,
	type ShareLink,
	type SharedReport
} from '$lib/domain/shared-report.schema';
import { pb } from './client';
import { NetworkFailure, ValidationFailure } from '../errors';

/** Share links need the server: they are not synced (an owner manages them online). */
function failure(error: unknown, fallback: string): Error {
	if (!(error instanceof ClientResponseError)) return error instanceof Error ? error : new Error(fallback);
	if (error.status === 0)
		return new NetworkFailure('Share links need a connection. Try again when you are online.');
	const data = (error.response?.data ?? {}) as Record<string, { message?: string }>;
	const fieldErrors = Object.fromEntries(
		Object.entries(data).map(([field, e]) => [field, e.message ?? fallback])
	);
	const first = Object.values(fieldErrors)[0];
	return new ValidationFailure(
		fieldErrors,
		first ?? (error.status === 404 ? 'Only owners manage share links.' : fallback)
	);
}

/** Creates a read-only link to `seat`'s report (owners only); the server picks the token. */
export async function createShareLink(organization: string, seat: string, expires = ''): Promise<ShareLink> {
	try {
		return shareLinkSchema.parse(await pb.collection('share_links').create({ organization, seat, expires }));
	} catch (error) {
		throw failure(error, 'The share link could not be created.');
	}
}

/** The seat's share links, newest first (owners only; others get none). */
export async function listShareLinks(organization: string, seat: string): Promise<ShareLink[]> {
	try {
		const items = await pb.collection('share_links').getFullList({
			filter: pb.filter('organization = {:organization} && seat = {:seat}', { organization, seat }),
			sort: '-created'
		});
		return items.map((item) => shareLinkSchema.parse(item));
	} catch (error) {
		throw failure(error, 'The share links could not be loaded.');
	}
}

/** Revokes a link for good: it answers 404 from then on. */
export async function revokeShareLink(id: string): Promise<ShareLink> {
	try {
		return shareLinkSchema.parse(await pb.collection('share_links').update(id, { revoked: true }));
	} catch (error) {
		throw failure(error, 'The share link could not be revoked.');
	}
}

/**
 * The report behind a share link, read without an account; null when the link is unknown, revoked
 * or expired (the server does not say which). Throws NetworkFailure offline.
 */
export async function fetchSharedReport(token: string): Promise<SharedReport | null> {
	try {
		const body = await pb.send(`/api/rightseat/share/${encodeURIComponent(token)}`, { method: 'GET' });
		return sharedReportSchema.parse(body);
	} catch (error) {
		if (error instanceof ClientResponseError && error.status === 404) return null;
		if (error instanceof ClientResponseError && error.status === 0) {
			throw new NetworkFailure('This shared report needs a connection. Try again when you are online.');
		}
		throw error;
	}
}
