import { z } from 'zod';
import { deviceMemory } from '$lib/data/local/device-memory';
import type { MemberProfile as Person } from '$lib/data/server/members';
import { onPersonChange } from './person-change';

export type { Person };

const memory = deviceMemory(
	'rightseat-people',
	z.record(z.string(), z.object({ name: z.string(), email: z.string() })),
	{}
);

/**
 * Names of the people who share an organization (the `users` list rule lets co-members read each
 * other; emails stay hidden unless made visible). Fetched online, remembered for offline use.
 */
class People {
	known = $state.raw<Record<string, Person>>(memory.get());

	/** Fetches the people with these ids (once online); unknown ids keep showing as "a member". */
	async load(ids: readonly string[]): Promise<void> {
		if (ids.length === 0) return;
		try {
			// The data layer (and the SDK) load only when a screen needs names.
			const { memberProfiles } = await import('$lib/data/server/members');
			const fetched = await memberProfiles(ids);
			// unchanged names keep the same object: screens that derive from `known` do not recompute
			const changed = Object.entries(fetched).some(
				([id, person]) => this.known[id]?.name !== person.name || this.known[id]?.email !== person.email
			);
			if (!changed) return;
			const next = { ...this.known, ...fetched };
			this.known = next;
			memory.set(next);
		} catch {
			// offline or refused: keep what is known
		}
	}

	/** Forgets every name (sign-out: the next person on this device sees none of them). */
	forget(): void {
		this.known = {};
		memory.remove();
	}

	/** How to name `id` on screen. */
	label(id: string): string {
		const person = this.known[id];
		if (!person) return 'A member (name not synced yet)';
		if (person.name && person.email) return `${person.name} (${person.email})`;
		return person.name || person.email || 'A member without a name';
	}
}

export const people = new People();

onPersonChange(() => people.forget());
