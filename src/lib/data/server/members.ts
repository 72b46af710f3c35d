import type { Role } from '$lib/domain/schemas';
import { authError } from './auth';
import { pb } from './client';
import { readIdentity } from '../local/identity';

const engine = () => import('../sync/sync.engine');

/** What the app may show about a member: the name, and the email when the person made it visible. */
export interface MemberProfile {
	name: string;
	email: string;
}

const ID = /^[a-z0-9]{15}$/;

/**
 * Names of the people with these ids, as the `users` rules allow: co-members read each other, and
 * emails stay hidden unless made visible. Online only; ids that are not record ids are skipped.
 */
export async function memberProfiles(ids: readonly string[]): Promise<Record<string, MemberProfile>> {
	const wanted = ids.filter((id) => ID.test(id));
	if (wanted.length === 0) return {};
	const found = await pb.collection('users').getFullList({
		filter: wanted.map((id) => pb.filter('id = {:id}', { id })).join(' || '),
		fields: 'id,name,email'
	});
	return Object.fromEntries(
		found.map((user) => [user.id, { name: String(user.name ?? ''), email: String(user.email ?? '') }])
	);
}

/** Invites `email` into the organization with `role` (owners only; online). */
export async function invite(organizationId: string, email: string, role: Role): Promise<void> {
	const user = readIdentity().user;
	try {
		await pb
			.collection('invitations')
			.create({ organization: organizationId, email, role, invited_by: user?.id ?? '' });
	} catch (error) {
		throw authError(error, 'The invitation could not be sent.');
	}
	(await engine()).requestSync();
}

/** Accepts an invitation addressed to the signed-in person; the organization then syncs in. */
export async function acceptInvitation(invitationId: string): Promise<void> {
	try {
		await pb.send(`/api/rightseat/invitations/${encodeURIComponent(invitationId)}/accept`, {
			method: 'POST'
		});
	} catch (error) {
		throw authError(error, 'The invitation could not be accepted.');
	}
	(await engine()).requestSync();
}
