import type { MemberProfile as Person } from '$lib/data/server/members';

export type { Person };

const KEY = 'rightseat-people';

function read(): Record<string, Person> {
	if (typeof localStorage === 'undefined') return {};
	try {
		return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, Person>;
	} catch {
		return {};
	}
}

/**
 * Names of the people who share an organization (the `users` list rule lets co-members read each
 * other; emails stay hidden unless made visible). Fetched online, remembered for offline use.
 */
class People {
	known = $state.raw<Record<string, Person>>(read());

	/** Fetches the people with these ids (once online); unknown ids keep showing as "a member". */
	async load(ids: readonly string[]): Promise<void> {
		if (ids.length === 0) return;
		try {
			// The data layer (and the SDK) load only when a screen needs names.
			const { memberProfiles } = await import('$lib/data/server/members');
			const next = { ...this.known, ...(await memberProfiles(ids)) };
			this.known = next;
			localStorage.setItem(KEY, JSON.stringify(next));
		} catch {
			// offline or refused: keep what is known
		}
	}

	/** Forgets every name (sign-out: the next person on this device sees none of them). */
	forget(): void {
		this.known = {};
		localStorage.removeItem(KEY);
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
