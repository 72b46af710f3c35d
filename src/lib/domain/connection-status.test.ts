import { describe, expect, it } from 'vitest';
import { connectionStatus } from './connection-status';
import { syncStatus } from './sync-status';

describe('connectionStatus', () => {
	it('is what syncStatus says with no account and nothing held only here', () => {
		for (const online of [true, false])
			for (const offlineReady of [true, false]) {
				const full = syncStatus({
					online,
					account: false,
					localOnly: false,
					pending: 0,
					syncing: false,
					conflicts: 0,
					refused: 0,
					needsSignIn: false,
					error: '',
					lastSyncedAt: null,
					known: false,
					offlineReady
				});
				expect(connectionStatus(online, offlineReady)).toEqual(full);
			}
		expect(connectionStatus(false).label).toBe('Offline');
		expect(connectionStatus(true, true).label).toBe('Ready to work offline');
	});
});
