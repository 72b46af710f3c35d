import type { SyncState } from './sync-status';

/**
 * The status while no account is signed in and nothing lives only on this device: the connection
 * alone, and whether the app shell is cached. `syncStatus` answers this way too; the header uses it
 * alone on a first visit, so the first paint loads neither the sync state nor the rest of the rules.
 */
export function connectionStatus(online: boolean, offlineReady = false): SyncState {
	if (!online) return { kind: 'offline', label: 'Offline', tone: 'warn' };
	return { kind: 'none', label: offlineReady ? 'Ready to work offline' : '', tone: 'quiet' };
}
