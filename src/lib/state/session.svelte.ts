import type { SessionUser } from '$lib/data/identity';
import { onSyncEvent } from '$lib/data/sync-events';

// Identity, auth and the SDK load after the first paint: `ready` tells screens when they are in.
const identity = () => import('$lib/data/identity');
const auth = () => import('$lib/data/auth');

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
	ready = $state(false);
	mode = $derived<'local' | 'account'>(this.user ? 'account' : 'local');

	/** Restores the remembered identity and opens its local store (called once, on load). */
	async restore(): Promise<void> {
		const { readIdentity, localActorId } = await identity();
		const remembered = readIdentity();
		this.#apply(remembered.user, remembered.organizationId, localActorId());
		// the store's code loads now, while online: the first write may happen offline; the SDK and
		// the engine only when there is an account to sync (not on a first visit)
		const [store] = await Promise.all([import('$lib/data/local-store'), import('$lib/data/records')]);
		if (remembered.user) await (await auth()).openStoreOf(remembered.user);
		else await store.openLocalStore();
		this.ready = true;
	}

	#apply(user: SessionUser | null, organizationId: string, localActor: string): void {
		this.user = user;
		this.organizationId = organizationId;
		this.actorId = user?.id ?? localActor;
	}

	/** The same person signing in again keeps their organization; anyone else chooses one. */
	async #enter(user: SessionUser): Promise<void> {
		const { localActorId } = await identity();
		const organizationId = this.user?.id === user.id ? this.organizationId : '';
		this.#apply(user, organizationId, localActorId());
		this.needsSignIn = false;
		await this.chooseOrganization(organizationId);
	}

	/** Creates an account and signs in. */
	async signUp(email: string, password: string, name: string): Promise<void> {
		await this.#enter(await (await auth()).signUp(email, password, name));
	}

	/** Signs in; the person's own local store opens and syncs. */
	async signIn(email: string, password: string): Promise<void> {
		await this.#enter(await (await auth()).signIn(email, password));
	}

	/**
	 * Signs out and deletes this person's local store, unless changes are still unsynced: then
	 * nothing happens and 'has-unsynced' asks the screen to warn (call again with discardUnsynced).
	 */
	async signOut(opts: { discardUnsynced?: boolean } = {}): Promise<'signed-out' | 'has-unsynced'> {
		const result = await (await auth()).signOut(opts.discardUnsynced ?? false);
		if (result === 'signed-out') {
			const { localActorId } = await identity();
			this.#apply(null, '', localActorId());
			this.needsSignIn = false;
		}
		return result;
	}

	/** Emails a password reset link (online only). */
	async requestPasswordReset(email: string): Promise<void> {
		await (await auth()).requestPasswordReset(email);
	}

	/** Shows `id`'s records from now on (remembered across reloads). */
	async chooseOrganization(id: string): Promise<void> {
		this.organizationId = id;
		(await identity()).writeIdentity({ user: this.user, organizationId: id });
	}

	/** Moves the work done without an account into `organizationId`; resolves to the records moved. */
	async uploadLocalWork(organizationId: string): Promise<number> {
		return (await auth()).uploadLocalWork(organizationId);
	}
}

export const session = new Session();

if (typeof window !== 'undefined') {
	onSyncEvent((event) => {
		if (event.type === 'sign-in-required') session.needsSignIn = true;
	});
	void session.restore().catch(() => (session.ready = true));
}
