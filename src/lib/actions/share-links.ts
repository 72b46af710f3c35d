import { NetworkFailure } from '$lib/data/errors';
import {
	createShareLink as create,
	fetchSharedReport,
	listShareLinks,
	revokeShareLink
} from '$lib/data/server/share-links';
import type { SharedReport } from '$lib/domain/shared-report.schema';

export { listShareLinks, revokeShareLink };

/** How long a new share link stays open. */
export const SHARE_LINK_LIFETIMES = {
	'7d': { label: '7 days', days: 7 },
	'30d': { label: '30 days', days: 30 },
	never: { label: 'Never (until revoked)', days: null }
} as const;
export type ShareLinkLifetime = keyof typeof SHARE_LINK_LIFETIMES;

/** The expiry of a link made at `now` that lives `lifetime` (ISO), or '' for one that never expires. */
export function shareLinkExpiry(lifetime: ShareLinkLifetime, now: Date): string {
	const days = SHARE_LINK_LIFETIMES[lifetime].days;
	return days === null ? '' : new Date(now.getTime() + days * 86_400_000).toISOString();
}

/** An owner creates a read-only link to one seat's report (needs the network). */
export function createShareLink(
	organization: string,
	seat: string,
	lifetime: ShareLinkLifetime = 'never',
	now = new Date()
) {
	return create(organization, seat, shareLinkExpiry(lifetime, now));
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
