import type { Role } from '$lib/domain/schemas';
import { authError } from './auth';
import { pb } from './client';
import { readIdentity } from './identity';

const engine = () => import('./sync.engine');

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
