import PocketBase from 'pocketbase';
import { TEST_ADMIN } from '../../scripts/test-pocketbase.mjs';

/** The test server's superuser, signed in: to check what the server holds, or to change its settings. */
export async function superuser(baseURL: string): Promise<PocketBase> {
	const client = new PocketBase(baseURL);
	client.autoCancellation(false);
	await client.collection('_superusers').authWithPassword(TEST_ADMIN.email, TEST_ADMIN.password);
	return client;
}
