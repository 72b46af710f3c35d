import { NetworkFailure } from '$lib/data/errors';
import {
	createShareLink as create,
	fetchSharedReport,
	listShareLinks,
	revokeShareLink
} from '$lib/data/server/share-links';
import type { SharedReport } from '$lib/domain/shared-report.schema';

export { listShareLinks, revokeShareLink };

/** An owner creates a read-only link to one seat's report (needs the network). */
export function createShareLink(organization: string, seat: string, expires = '') {
	return create(organization, seat, expires);
}

/** What opening a share link gives: the report, a link that is gone, or no connection. */
export type SharedReportOpening =
	{ kind: 'report'; report: SharedReport } | { kind: 'gone' } | { kind: 'offline'; message: string };

/** Opens the report behind a share link, without an account. */
export async function openSharedReport(token: string): Promise<SharedReportOpening> {
	try {
		const report = await fetchSharedReport(token);
		return report ? { kind: 'report', report } : { kind: 'gone' };
	} catch (error) {
		if (error instanceof NetworkFailure) return { kind: 'offline', message: error.message };
		throw error;
	}
}
