import type { Organization, Role } from '$lib/domain/schemas';
import { liveList, liveRecord } from './live.svelte';
import { session } from './session.svelte';

/**
 * One organization as a screen sees it: the live record, the person's role in it, its kind and
 * what they may do. Every screen reads these instead of re-deriving them from records.
 */
export class OrganizationView {
	readonly #id: () => string;
	readonly #record;
	readonly #memberships;

	/** Create during component initialisation (or inside `$effect.root`): it follows `id()` live. */
	constructor(id: () => string | undefined) {
		this.#id = () => id() ?? '';
		this.#record = liveRecord('organizations', this.#id);
		this.#memberships = liveList('memberships', () => ({ organization: this.#id() || '-' }));
	}

	/** The id followed now ('' when none is chosen). */
	get id(): string {
		return this.#id();
	}

	/** The record, once read for the current id. */
	get record(): Organization | undefined {
		return this.#record.record;
	}

	/**
	 * True until the session knows who is here and the record of the current id has been read: a
	 * reload shows "Loading…" rather than "No organization yet" while the remembered id restores.
	 */
	get loading(): boolean {
		return !session.ready || this.#record.loading || this.#record.readFor !== this.#id();
	}

	/** The person's role here, from their membership; null without an account or membership. */
	get role(): Role | null {
		const userId = session.user?.id;
		if (!userId) return null;
		return this.#memberships.items.find((m) => m.user === userId)?.role ?? null;
	}

	get kind(): Organization['kind'] | undefined {
		return this.#record.record?.kind;
	}
	get isMsp(): boolean {
		return this.kind === 'msp';
	}
	get isOwner(): boolean {
		return this.role === 'owner';
	}
	/** Without an account everything on this device is the person's own; with one, owners and editors. */
	get canEdit(): boolean {
		return session.mode === 'local' || this.role === 'owner' || this.role === 'editor';
	}
}

let current: OrganizationView | undefined;

/**
 * The view of the current organization, created in its own effect root (it lives as long as the
 * page), never inside a screen's template reaction: state born there would belong to that screen.
 */
function follow(): OrganizationView {
	let view: OrganizationView | undefined;
	$effect.root(() => {
		view = new OrganizationView(() => session.organizationId);
	});
	return view!;
}

/**
 * The organization the screens show (`session.organizationId`, following it as it restores after
 * a reload or changes on sign-in): one live record shared by every screen. `of(id)` gives the same
 * view of another organization (the one a seat or assessment belongs to).
 */
class CurrentOrganization {
	get #view(): OrganizationView {
		return (current ??= follow());
	}

	get id(): string {
		return this.#view.id;
	}
	get record(): Organization | undefined {
		return this.#view.record;
	}
	get loading(): boolean {
		return this.#view.loading;
	}
	get role(): Role | null {
		return this.#view.role;
	}
	get kind(): Organization['kind'] | undefined {
		return this.#view.kind;
	}
	get isMsp(): boolean {
		return this.#view.isMsp;
	}
	get isOwner(): boolean {
		return this.#view.isOwner;
	}
	get canEdit(): boolean {
		return this.#view.canEdit;
	}

	/** The view of the organization `id()` names; create it during component initialisation. */
	of(id: () => string | undefined): OrganizationView {
		return new OrganizationView(id);
	}
}

export const organization = new CurrentOrganization();

if (typeof window !== 'undefined') current = follow();
