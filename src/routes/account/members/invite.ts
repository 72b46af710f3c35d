import type { Role } from '$lib/domain/schemas';

/**
 * Sends an invitation through the data layer's members API (online only). Loaded on demand so the
 * members screen opens offline; until `$lib/data/members` lands, it says so instead of failing silently.
 */
export async function invite(organizationId: string, email: string, role: Role): Promise<void> {
	const modules = import.meta.glob<{ invite: typeof invite }>('$lib/data/members.ts');
	const load = Object.values(modules)[0];
	if (!load) throw new Error('Invitations are not available in this version yet.');
	await (await load()).invite(organizationId, email, role);
}
