import { repository } from '$lib/data/local/repository';
import type { Organization } from '$lib/domain/schemas';
import { session } from './session.svelte';
import { sync } from './sync.svelte';

/** The organization someone built on this device before signing in (it stays local until moved). */
export type LocalOrganization = Pick<Organization, 'id' | 'name' | 'kind' | 'core_values' | 'values_bar'>;

const KEY = 'rightseat-local-work';

function read(): LocalOrganization | null {
	if (typeof localStorage === 'undefined') return null;
	try {
		return JSON.parse(localStorage.getItem(KEY) ?? 'null') as LocalOrganization | null;
	} catch {
		return null;
	}
}

/**
 * Work done without an account, waiting to be moved into an organization after sign-in. The local
 * organization is remembered (across a reload) before signing in, because the store that holds it
 * is no longer the one screens read once an account is open.
 */
class LocalWork {
	held = $state.raw<LocalOrganization | null>(read());
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
		if (value) localStorage.setItem(KEY, JSON.stringify(value));
		else localStorage.removeItem(KEY);
	}
}

export const localWork = new LocalWork();
