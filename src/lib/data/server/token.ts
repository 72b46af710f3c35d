import { ClientResponseError, getTokenPayload } from 'pocketbase';
import { isNetworkFailure } from '../errors';
import { pb } from './client';

/** Refresh a token this close to expiry even when no reconnect asked for it. */
const REFRESH_BEFORE_MS = 24 * 60 * 60 * 1000;

/** Milliseconds until the stored token expires (negative once expired, -Infinity without one). */
function msLeft(): number {
	const exp = Number(getTokenPayload(pb.authStore.token).exp);
	return Number.isFinite(exp) && exp > 0 ? exp * 1000 - Date.now() : -Infinity;
}

/**
 * Makes sure requests carry a usable token. Offline nothing here runs, so an expired token never
 * stops local work; on reconnect (`due`) or near expiry it is refreshed. Resolves false when the
 * person must sign in again (no token, expired, or refused): the outbox is kept for after that.
 * A network failure throws, so the cycle backs off and retries.
 */
export async function refreshAuth(due: boolean): Promise<boolean> {
	const left = msLeft();
	if (left <= 0) return false;
	if (!due && left > REFRESH_BEFORE_MS) return true;
	try {
		await pb.collection('users').authRefresh();
		return true;
	} catch (error) {
		if (isNetworkFailure(error)) throw error;
		// refused as invalid: sign in again; refused otherwise (not refreshable): use it while it lasts
		return !(error instanceof ClientResponseError && error.status === 401) && msLeft() > 0;
	}
}
