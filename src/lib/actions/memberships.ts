import { ValidationFailure } from '$lib/data/errors';
import { repository } from '$lib/data/local/repository';
import { acceptInvitation, invite } from '$lib/data/server/members';
import { lastOwnerProblem } from '$lib/domain/membership.rules';
import type { Membership, Role } from '$lib/domain/schemas';

export { acceptInvitation };

/** Invites `email` to the organization with `role` (online only: the server sends the mail). */
export async function inviteMember(organization: string, email: string, role: Role): Promise<void> {
	if (!email.includes('@')) {
		throw new ValidationFailure({ email: 'Enter an email address.' }, 'Enter an email address.');
	}
	await invite(organization, email, role);
}

/** Gives a member another role; the organization always keeps an owner. */
export async function changeRole(
	membership: Membership,
	next: Role,
	memberships: readonly Membership[]
): Promise<Membership> {
	const problem = lastOwnerProblem(memberships, membership.id, next);
	if (problem) throw new Error(problem);
	return repository.update('memberships', membership.id, { role: next });
}

/** The other person becomes owner first, then I step down to editor: there is always an owner. */
export async function transferOwnership(mine: Membership, target: Membership): Promise<void> {
	await repository.update('memberships', target.id, { role: 'owner' });
	await repository.update('memberships', mine.id, { role: 'editor' });
}

/** Leaves the organization; its records leave this device once the change syncs. */
export async function leaveOrganization(mine: Membership, memberships: readonly Membership[]): Promise<void> {
	const problem = lastOwnerProblem(memberships, mine.id, 'gone');
	if (problem) throw new Error(problem);
	await repository.remove('memberships', mine.id);
}
