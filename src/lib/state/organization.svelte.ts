import { repository } from '$lib/data/local/repository';
import type { Membership, Organization, Role } from '$lib/domain/schemas';
import { session } from './session.svelte';

/**
 * The organization this person works in (`session.organizationId`), their role in it and what that
 * lets them do. One live record for every screen: it re-reads on every change of organizations or
 * memberships and when the session switches organization or person.
 */
class CurrentOrganization {
	#record = $state.raw<Organization | undefined>(undefined);
	#membership = $state.raw<Membership | undefined>(undefined);
	#loading = $state(true);
	#started = false;

	/** The organization's record (undefined while loading or when there is none). */
	get record(): Organization | undefined {
		this.#start();
		return this.#record;
	}
	/** This person's membership; none while working without an account. */
	get membership(): Membership | undefined {
		this.#start();
		return this.#membership;
	}
	/** True until the first read has answered. */
	get loading(): boolean {
		this.#start();
		return this.#loading;
	}

	/** The role: the signed-in person's membership, or owner of the work kept on this device. */
	get role(): Role | undefined {
		if (!this.record) return undefined;
		return session.user ? this.membership?.role : 'owner';
	}
	get kind(): Organization['kind'] | undefined {
		return this.record?.kind;
	}
	get canEdit(): boolean {
		return this.role === 'owner' || this.role === 'editor';
	}
	get isOwner(): boolean {
		return this.role === 'owner';
	}
	#start(): void {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;
		$effect.root(() => {
			$effect(() => {
				const id = session.organizationId;
				const user = session.user?.id;
				let generation = 0;
				const load = async () => {
					const mine = ++generation;
					const [record, memberships] = id
						? await Promise.all([
								repository.get('organizations', id),
								user ? repository.list('memberships', { organization: id, user }) : []
							])
						: [undefined, []];
					if (mine !== generation) return;
					this.#record = record;
					this.#membership = memberships[0];
					this.#loading = false;
				};
				void load().catch(() => {});
				const unsubscribe = repository.subscribe((change) => {
					if (change.collection === 'organizations' || change.collection === 'memberships')
						void load().catch(() => {});
				});
				return () => {
					generation += 1;
					unsubscribe();
				};
			});
		});
	}
}

export const currentOrganization = new CurrentOrganization();
