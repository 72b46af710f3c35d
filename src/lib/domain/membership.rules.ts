import type { Membership, Role } from './organization.schema';

/** Why a change would leave the organization without an owner, or null when it keeps one. */
export function lastOwnerProblem(
	memberships: readonly Pick<Membership, 'id' | 'role'>[],
	membershipId: string,
	next: Role | 'gone'
): string | null {
	const owners = memberships.filter((m) => m.role === 'owner');
	const isOnlyOwner = owners.length === 1 && owners[0]?.id === membershipId;
	if (!isOnlyOwner || next === 'owner') return null;
	return next === 'gone'
		? 'You are the only owner: make someone else owner before you leave.'
		: 'The organization needs an owner: make someone else owner first.';
}
