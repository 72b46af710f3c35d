// The real server refusing pushes, instead of a faked answer: a superuser turns PocketBase's batch
// API off (Settings → Batch), so every push the app tries is answered 403 by PocketBase itself, and
// turns it back on. The app reaches the server the whole time (signing in, pulls and realtime work).
import { superuser } from './superuser.fixture';

/** Turns the server's batch API off; the returned function turns it back on (call it in `finally`). */
export async function refuseBatches(baseURL: string): Promise<() => Promise<void>> {
	const client = await superuser(baseURL);
	await client.settings.update({ batch: { enabled: false } });
	return async () => {
		await client.settings.update({ batch: { enabled: true } });
	};
}

/** Whether a response is PocketBase refusing a batch (as `refuseBatches` makes it). */
export const isRefusedBatch = (response: { url(): string; status(): number }): boolean =>
	new URL(response.url()).pathname === '/api/batch' && response.status() === 403;
