import type { SessionUser } from '$lib/data/local/identity';
import { hasLocalData, localActorId } from '$lib/data/local/local-presence';
import { onSyncEvent, signInNeededAfter } from '$lib/data/sync/sync-events';
import { changeOf, personChanged } from './person-change';

// Nothing of the data layer loads with the first screen of a first visit (docs/sync.md, "What a
// first visit loads"): identity (zod), the store (idb, schemas) and auth (the SDK) load when this
// device already holds data, when a data screen opens, or when the person acts.
const identity = () => import('$lib/data/local/identity');
const auth = () => import('$lib/data/server/auth');

/**
 * Who is using the app and which organization the screens show. Without an account everything
 * works locally (`mode` 'local'); signing in switches to that person's own local store.
 */
class Session {
	user = $state.raw<SessionUser | null>(null);
	organizationId = $state('');
	/** The id that signs records (assessor, decided_by): the user's, or this device's before sign-up. */
	actorId = $state('');
	/** A token expired and could not be refreshed: work continues, the outbox waits for sign-in. */
	needsSignIn = $state(false);
	/** The session knows who is here: the remembered identity is applied (or there is none). */
	ready = $state(false);
	mode = $derived<'local' | 'account'>(this.user ? 'account' : 'local');
	#loading: Promise<void> | null = null;

	/**
	 * Called once, on load. A device that holds nothing of the app (a first visit) stops here: the
	 * welcome screen needs no data layer. Otherwise the data layer loads (see `load`).
	 */
	async restore(): Promise<void> {
		this.actorId = localActorId();
		try {
			if (await hasLocalData()) await this.load();
		} finally {
			this.ready = true;
		}
	}

	/**
	 * Loads the data layer (identity, the store's code, with an account the SDK and the engine) and
	 * applies the remembered identity; once per page, later calls share the first. The layout calls
	 * it when a data screen opens, every action below before it acts, so the code is in before the
	 * first write (which may happen offline).
	 */
	load(): Promise<void> {
		this.#loading ??= this.#load().catch((error: unknown) => {
			this.#loading = null;
			throw error;
		});
		return this.#loading;
	}

	async #load(): Promise<void> {
		// the store's code (records: zod, schemas, idb; with identity and local-store) loads now, while
		// online, so the first write works even if it happens offline
		await import('$lib/data/local/records');
		const remembered = (await identity()).readIdentity();
		this.#apply(remembered.user, remembered.organizationId, localActorId());
		// without an account the database opens on first use (a first visit creates none); with one
		// the SDK and the engine load and start syncing
		if (remembered.user) await (await auth()).openStoreOf(remembered.user);
	}

	#apply(user: SessionUser | null, organizationId: string, localActor: string): void {
		this.user = user;
		this.organizationId = organizationId;
		this.actorId = user?.id ?? localActor;
	}

	/** The same person signing in again keeps their organization; anyone else chooses one. */
	async #enter(user: SessionUser): Promise<void> {
		const organizationId = this.user?.id === user.id ? this.organizationId : '';
		const change = changeOf(this.user?.id ?? null, user.id);
		this.#apply(user, organizationId, localActorId());
		if (change) await personChanged(change);
		this.needsSignIn = false;
		await this.chooseOrganization(organizationId);
	}

	/** Creates an account and signs in. */
	async signUp(email: string, password: string, name: string): Promise<void> {
		await this.load();
		await this.#enter(await (await auth()).signUp(email, password, name));
	}

	/** Signs in; the person's own local store opens and syncs. */
	async signIn(email: string, password: string): Promise<void> {
		await this.load();
		await this.#enter(await (await auth()).signIn(email, password));
	}

	/**
	 * Signs out and deletes this person's local store, unless changes are still unsynced: then
	 * nothing happens and 'has-unsynced' asks the screen to warn (call again with discardUnsynced).
	 */
	async signOut(opts: { discardUnsynced?: boolean } = {}): Promise<'signed-out' | 'has-unsynced'> {
		await this.load();
		const result = await (await auth()).signOut(opts.discardUnsynced ?? false);
		if (result === 'signed-out') {
			const change = changeOf(this.user?.id ?? null, null);
			this.#apply(null, '', localActorId());
			this.needsSignIn = false;
			if (change) await personChanged(change);
		}
		return result;
	}

	/** Emails a password reset link (online only). */
	async requestPasswordReset(email: string): Promise<void> {
		await (await auth()).requestPasswordReset(email);
	}

	/** Shows `id`'s records from now on (remembered across reloads). */
	async chooseOrganization(id: string): Promise<void> {
		await this.load();
		this.organizationId = id;
		(await identity()).writeIdentity({ user: this.user, organizationId: id });
	}

	/** Moves the work done without an account into `organizationId`; resolves to the records moved. */
	async uploadLocalWork(organizationId: string): Promise<number> {
		await this.load();
		return (await auth()).uploadLocalWork(organizationId);
	}
}

export const session = new Session();

if (typeof window !== 'undefined') {
	onSyncEvent((event) => {
		session.needsSignIn = signInNeededAfter(session.needsSignIn, event);
	});
	void session.restore().catch(() => {});
}
