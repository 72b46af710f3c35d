// Shared steps of the sync proofs: real users on the real test PocketBase, the app's data layer
// driven through the sync lab page (src/routes/(dev)/sync-lab), the server checked with the SDK.
import { expect, type Page } from '@playwright/test';
import PocketBase from 'pocketbase';

export const PASSWORD = 'correct-horse-battery';
export const BUILTIN_CHECKLIST = 'rightseatmspv01';

type Lab = {
	repository: {
		create(c: string, input: object, id?: string): Promise<{ id: string } & Record<string, unknown>>;
		update(c: string, id: string, patch: object): Promise<Record<string, unknown>>;
		remove(c: string, id: string): Promise<void>;
		list(c: string, where?: object): Promise<({ id: string } & Record<string, unknown>)[]>;
		get(c: string, id: string): Promise<Record<string, unknown> | undefined>;
	};
	session: {
		signIn(email: string, password: string): Promise<void>;
		signOut(opts?: { discardUnsynced?: boolean }): Promise<string>;
		chooseOrganization(id: string): Promise<void>;
		uploadLocalWork(id: string): Promise<number>;
		needsSignIn: boolean;
		mode: string;
	};
	sync: {
		syncNow(): Promise<void>;
		resolveConflict(c: string, id: string, choices: Record<string, string>): Promise<void>;
		refresh(): Promise<void>;
		pending: number;
		parked: { recordId: string; message: string }[];
		conflicts: {
			collection: string;
			id: string;
			fields: { field: string; local: unknown; server: unknown }[];
		}[];
	};
};
declare global {
	interface Window {
		rightseatLab: Lab;
	}
}

let counter = 0;

/** A new account made through the open sign-up, and a Node client signed in as it. */
export async function newUser(baseURL: string, label: string) {
	counter += 1;
	const email = `${label}-${Date.now()}-${counter}@rightseat.test`;
	const client = new PocketBase(baseURL);
	client.autoCancellation(false);
	const user = await client
		.collection('users')
		.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: label });
	await client.collection('users').authWithPassword(email, PASSWORD);
	return { id: user.id, email, client };
}

/** Opens the lab page and waits until the data layer is on `window`. */
export async function openLab(page: Page): Promise<void> {
	await page.goto('/sync-lab');
	await expect(page.locator('[data-lab-ready="true"]')).toBeVisible();
}

/** Signs in through the session, as a screen would. */
export async function signIn(page: Page, email: string): Promise<void> {
	await page.evaluate(([e, p]) => window.rightseatLab.session.signIn(e!, p!), [email, PASSWORD]);
}

/** Runs "Sync now" until the outbox holds only parked operations (or the timeout fails the test). */
export async function syncUntilSettled(page: Page): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const { sync } = window.rightseatLab;
					await sync.syncNow();
					await sync.refresh();
					return sync.pending - sync.parked.length;
				}),
			{ timeout: 20_000 }
		)
		.toBe(0);
}

/** A seat input of `organization`. */
export function seat(organization: string, name: string) {
	return { organization, name, kind: 'team', responsibilities: ['Backups'] };
}

export type OutboxRow = {
	seq: number;
	recordId: string;
	status: string;
	kind: string;
	collection: string;
	error: string;
};

/** The device's outbox rows (database `rightseat-user-<user id>`), read with raw IndexedDB: no app code. */
export function outboxRows(page: Page, dbName: string): Promise<OutboxRow[]> {
	return page.evaluate(async (name) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open(name);
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const rows = await new Promise<OutboxRow[]>((resolve, reject) => {
			const request = db.transaction('outbox').objectStore('outbox').getAll();
			request.onsuccess = () => resolve(request.result as OutboxRow[]);
			request.onerror = () => reject(request.error);
		});
		db.close();
		return rows;
	}, dbName);
}

/**
 * The MSP scores itself through the API (the assessment screens are proved elsewhere): a submitted
 * assessment with three yeses, 4 on every question and on each of the seat's responsibilities.
 */
export function submitTopMarks(
	client: PocketBase,
	refs: { organization: string; seat: string; provider: string },
	responsibilities: readonly string[]
) {
	return client.collection('assessments').create({
		...refs,
		checklist: BUILTIN_CHECKLIST,
		status: 'submitted',
		assessed_at: new Date().toISOString().replace('T', ' '),
		gwc: { get: { answer: 'yes' }, want: { answer: 'yes' }, capacity: { answer: 'yes' } },
		answers: Object.fromEntries(
			Array.from({ length: 10 }, (_, i) => [`q${String(i + 1).padStart(2, '0')}`, { score: 4, note: '' }])
		),
		responsibility_fit: responsibilities.map((responsibility) => ({ responsibility, score: 4, note: '' }))
	});
}
