import type { z } from 'zod';
import { deviceMemory } from '$lib/data/local/device-memory';
import { repository } from '$lib/data/local/repository';
import { organizationInputSchema } from '$lib/domain/schemas';
import { onPersonChange } from './person-change';
import { session } from './session.svelte';
import { sync } from './sync.svelte';

const localOrganizationSchema = organizationInputSchema.pick({
	id: true,
	name: true,
	kind: true,
	core_values: true,
	values_bar: true
});

/** The organization someone built on this device before signing in (it stays local until moved). */
export type LocalOrganization = z.output<typeof localOrganizationSchema>;

const memory = deviceMemory('rightseat-local-work', localOrganizationSchema.nullable(), null);

/**
 * Work done without an account, waiting to be moved into an organization after sign-in. The local
 * organization is remembered (across a reload) before signing in, because the store that holds it
 * is no longer the one screens read once an account is open.
 */
class LocalWork {
	held = $state.raw<LocalOrganization | null>(memory.get());
	/** A move runs: screens show it happening instead of offering it. */
	moving = $state(false);

	/** Call before signing in or up: remembers the local organization, if there is one. */
	async remember(): Promise<void> {
		if (session.mode !== 'local' || !session.organizationId) return;
		const organization = await repository.get('organizations', session.organizationId);
		if (!organization) return;
		const { id, name, kind, core_values, values_bar } = organization;
		this.#set({ id, name, kind, core_values, values_bar });
	}

	/**
	 * Moves the work into `target` (an organization of the account) or, with 'new', into a new
	 * organization made from the local one (same id, so assessments keep their core values).
	 * Opens that organization and starts a sync. Resolves to the number of records moved.
	 */
	async moveInto(target: string | 'new'): Promise<number> {
		const held = this.held;
		if (!held) return 0;
		this.moving = true;
		try {
			let id = target;
			if (target === 'new') {
				const { id: heldId, ...input } = held;
				// queued before the records: the push ends a batch after an organization (push.ts)
				if (!(await repository.get('organizations', heldId)))
					await repository.create('organizations', input, heldId);
				id = heldId;
			}
			const moved = await session.uploadLocalWork(id);
			await session.chooseOrganization(id);
			// the queued count is read before the work stops counting as local-only: the status never
			// passes through "All synced" in between
			await sync.refresh();
			this.forget();
			void sync.syncNow().catch(() => undefined);
			return moved;
		} finally {
			this.moving = false;
		}
	}

	forget(): void {
		this.#set(null);
	}

	#set(value: LocalOrganization | null): void {
		this.held = value;
		if (value) memory.set(value);
		else memory.remove();
	}
}

export const localWork = new LocalWork();

// Work waiting to be moved belongs to this device, not to the account that signed out (it stays
// offered for the next sign-in); another account signing in over it must not absorb it unasked.
onPersonChange((change) => {
	if (change.type === 'switched') localWork.forget();
});
