/** What the app may show about a member: the name, and the email when the person made it visible. */
export interface Person {
	name: string;
	email: string;
}

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
 * TODO(data layer): this belongs in `$lib/data/members` as `memberProfiles(ids)`; it reads the
 * SDK client lazily here until it moves there.
 */
class People {
	known = $state.raw<Record<string, Person>>(read());

	/** Fetches the people with these ids (once online); unknown ids keep showing as "a member". */
	async load(ids: readonly string[]): Promise<void> {
		const wanted = ids.filter((id) => /^[a-z0-9]{15}$/.test(id));
		if (wanted.length === 0) return;
		try {
			const { pb } = await import('$lib/data/client');
			const found = await pb.collection('users').getFullList({
				filter: wanted.map((id) => `id = "${id}"`).join(' || '),
				fields: 'id,name,email'
			});
			const next = { ...this.known };
			for (const user of found) {
				next[user.id] = { name: String(user.name ?? ''), email: String(user.email ?? '') };
			}
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
