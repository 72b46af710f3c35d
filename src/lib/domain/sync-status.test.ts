import { describe, expect, it } from 'vitest';
import { clockTime, syncStatus, type SyncInputs } from './sync-status';

/** Signed in, online, everything read from the store, nothing queued, last sync at 10:42 UTC. */
const base: SyncInputs = {
	online: true,
	account: true,
	localOnly: false,
	pending: 0,
	syncing: false,
	conflicts: 0,
	refused: 0,
	needsSignIn: false,
	error: '',
	lastSyncedAt: new Date('2026-11-26T10:42:00Z'),
	known: true
};
const utc = (date: Date) => clockTime(date, 'en-GB', 'UTC');

describe('syncStatus', () => {
	const table: [string, Partial<SyncInputs>, string][] = [
		['first visit, nothing saved', { account: false, known: false, lastSyncedAt: null }, ''],
		[
			'first visit, shell cached',
			{ account: false, known: false, offlineReady: true },
			'Ready to work offline'
		],
		['first visit offline', { account: false, online: false }, 'Offline'],
		[
			'work without an account',
			{ account: false, localOnly: true, pending: 12 },
			'On this device only — not backed up'
		],
		[
			'work without an account, offline',
			{ account: false, localOnly: true, online: false },
			'On this device only — not backed up'
		],
		['signed in, local work not moved yet', { localOnly: true }, 'On this device only — not backed up'],
		['one change queued', { pending: 1 }, '1 change waiting'],
		['changes queued', { pending: 3 }, '3 changes waiting'],
		['offline with changes', { online: false, pending: 2 }, 'Offline — 2 waiting'],
		['offline, nothing queued', { online: false }, 'Offline — nothing waiting'],
		['syncing changes', { syncing: true, pending: 4 }, 'Syncing 4'],
		['syncing, only pulling', { syncing: true }, 'Syncing…'],
		['all synced', {}, 'All synced · 10:42'],
		['synced, time unknown', { lastSyncedAt: null }, 'All synced'],
		['last cycle failed', { error: 'Server unreachable' }, 'Sync failed — will retry'],
		['store not read yet', { known: false }, 'Checking sync…'],
		['a conflict', { conflicts: 1, pending: 2 }, 'Needs your choice (1 conflict)'],
		['a refused change', { refused: 2 }, 'Needs your choice (2 changes refused)'],
		['conflict beats local-only', { conflicts: 2, localOnly: true }, 'Needs your choice (2 conflicts)'],
		['token expired', { needsSignIn: true, pending: 2 }, 'Sign in to sync · 2 waiting']
	];

	it.each(table)('%s → “%s”', (_name, change, label) => {
		expect(syncStatus({ ...base, ...change }, utc).label).toBe(label);
	});

	it('never says “All synced” while anything waits, runs, failed or lives only here', () => {
		const blockers: Partial<SyncInputs>[] = [
			{ pending: 1 },
			{ syncing: true },
			{ localOnly: true },
			{ error: 'x' },
			{ conflicts: 1 },
			{ refused: 1 },
			{ needsSignIn: true },
			{ online: false },
			{ known: false },
			{ account: false }
		];
		for (const blocker of blockers)
			expect(syncStatus({ ...base, ...blocker }, utc).kind, JSON.stringify(blocker)).not.toBe('synced');
	});

	it('links to where the person can act', () => {
		expect(syncStatus({ ...base, conflicts: 1 }).href).toBe('/sync');
		expect(syncStatus({ ...base, localOnly: true }).href).toBe('/account');
		expect(syncStatus({ ...base, needsSignIn: true }).href).toBe('/account');
		expect(syncStatus(base).href).toBeUndefined();
	});
});
