// The first hour on a phone (issue 9, "Quality"): from the welcome screen, work made without an
// account comes along into the account in the same step as signing up or in, the person lands
// where they were with the organization open, and the sync status never says "All synced" while
// anything waits. The server is checked through its real REST API (superuser): each record once.
import { expect, test, type Page } from '@playwright/test';
import PocketBase from 'pocketbase';
import { App } from './pages/app';
import { refuseBatches } from './server-refusal.fixture';
import { superuser } from './superuser.fixture';
import { PASSWORD } from './sync-lab.fixture';

const VALUES = ['Humble', 'Hungry', 'Smart'];

/** Every text the sync status showed, in order, across page loads, with when it first showed. */
async function recordStatuses(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const KEY = 'seen-status';
		const seen: { text: string; at: number }[] = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
		const read = () => {
			const text = document.querySelector<HTMLElement>('header .status .label')?.innerText.trim() ?? '';
			if (text === seen.at(-1)?.text) return;
			seen.push({ text, at: Date.now() });
			sessionStorage.setItem(KEY, JSON.stringify(seen));
		};
		new MutationObserver(read).observe(document, { subtree: true, childList: true, characterData: true });
	});
}
const seenStatuses = (page: Page): Promise<{ text: string; at: number }[]> =>
	page.evaluate(() => JSON.parse(sessionStorage.getItem('seen-status') ?? '[]'));

const statusLabel = (page: Page) => page.locator('header .status .label');

/** Every record the server holds of the organization named `name` (all organizations of that name). */
async function serverHolds(client: PocketBase, name: string) {
	const organizations = await client
		.collection('organizations')
		.getFullList({ filter: client.filter('name = {:name}', { name }) });
	const ids = organizations.map((o) => o.id);
	const inOrg = (collection: string) =>
		ids.length === 0
			? Promise.resolve([])
			: client
					.collection(collection)
					.getFullList({ filter: ids.map((id) => `organization = "${id}"`).join(' || ') });
	const [seats, providers] = await Promise.all([inOrg('seats'), inOrg('providers')]);
	return { organizations, seats, providers };
}

/** Goes to a tab the way a person does (a client-side navigation, so Account knows where they came from). */
async function tab(page: Page, name: 'Home' | 'Chart' | 'Providers' | 'Account'): Promise<void> {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** On the Account screen: fills the sign-up form (the work choice is left to the caller). */
async function fillSignUp(page: Page, app: App, name: string, email: string): Promise<void> {
	await app.choose('What do you want to do?', 'Create an account');
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('Email', { exact: true }).fill(email);
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
}

test('welcome → an organization and a seat on this device → sign up bringing them along: visible at once, on the server once, never "All synced" early', async ({
	page,
	baseURL
}, testInfo) => {
	test.setTimeout(120_000);
	const app = new App(page);
	await recordStatuses(page);
	await app.start();
	await app.createOrganization('First Hour Dental', VALUES);
	await app.addSeat('Managed IT', ['Help desk', 'Security'], true);
	await tab(page, 'Chart');
	await expect(page.getByRole('link', { name: /Managed IT/ })).toBeVisible();
	await expect(statusLabel(page)).toContainText('On this device only — not backed up');
	const localSeat = (await page
		.getByRole('link', { name: /Managed IT/ })
		.first()
		.getAttribute('href'))!;

	// From the Chart, to Account, to sign up: one choice, bringing the work along by default
	await tab(page, 'Account');
	const email = `first-hour-${Date.now()}@rightseat.test`;
	await fillSignUp(page, app, 'Fay First', email);
	const choice = page.getByRole('group', { name: 'Your work on this device' });
	await expect(
		choice.getByRole('radio', { name: /Keep working on First Hour Dental in your account/ })
	).toBeChecked();
	await expect(choice.getByRole('radio', { name: /Keep it on this device only/ })).not.toBeChecked();
	await app.expectNoAxeViolations();
	await app.expectFitsViewport('sign-up with local work');
	await page.getByRole('button', { name: 'Create account' }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('signup-choice-360.png'), fullPage: true });
	await page.getByRole('button', { name: 'Create account' }).click();

	// lands back on the Chart, the organization open and its seat there, no detour through Account
	await expect(page).toHaveURL(/\/chart$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Accountability Chart' })).toBeVisible();
	await expect(page.getByRole('link', { name: /Managed IT/ })).toBeVisible();
	await expect(page.getByRole('link', { name: /Managed IT/ }).first()).toHaveAttribute('href', localSeat);
	await expect(page.getByText('No organization yet')).toHaveCount(0);
	await expect(
		page.getByText(/Signed in\. First Hour Dental is in your account and backing up\./)
	).toBeVisible();
	await page.screenshot({ path: testInfo.outputPath('signup-landing-360.png') });
	await tab(page, 'Home');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('First Hour Dental');
	await tab(page, 'Account');
	await expect(page.getByText('Signed in as Fay First')).toBeVisible();
	await expect(page.getByText('First Hour Dental (open)')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Work from this device' })).toHaveCount(0);
	await page.screenshot({ path: testInfo.outputPath('account-after-signup-360.png'), fullPage: true });

	await expect(statusLabel(page)).toContainText(/All synced · \d/, { timeout: 30_000 });
	await page.waitForTimeout(2_000); // a flicker after the first "All synced" would show in this time

	// the server holds each record exactly once, owned by the new account
	const client = await superuser(baseURL!);
	const [user] = await client
		.collection('users')
		.getFullList({ filter: client.filter('email = {:email}', { email }) });
	const held = await serverHolds(client, 'First Hour Dental');
	expect(held.organizations.map((o) => o.owners)).toEqual([[user!.id]]);
	expect(held.seats.map((s) => [s.name, s.responsibilities, s.kind])).toEqual([
		['Managed IT', ['Help desk', 'Security'], 'service_provider']
	]);
	expect(`/seats/${held.seats[0]!.id}`).toBe(localSeat);

	// "All synced" showed once, last, and only after the server held everything
	const history = await seenStatuses(page);
	const story = history.map((s) => s.text).join(' → ');
	const synced = history.filter((s) => s.text.includes('All synced'));
	expect(synced, story).toHaveLength(1);
	expect(history.at(-1)!.text, story).toContain('All synced');
	const lastWrite = Math.max(...[...held.organizations, ...held.seats].map((r) => Date.parse(r.updated)));
	expect(synced[0]!.at, story).toBeGreaterThanOrEqual(lastWrite);
	expect(story).toContain('On this device only — not backed up');
});

test('sign in to an existing account bringing the work along; the server refusing the upload at first: said plainly, retried, stored once', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const email = `returning-${Date.now()}@rightseat.test`;
	await new PocketBase(baseURL)
		.collection('users')
		.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: 'Rae Returning' });
	const app = new App(page);
	await recordStatuses(page);
	await app.createOrganization('Second Device Dental', VALUES);
	await app.addSeat('IT support', ['Backups'], true);
	await app.addProvider('Acme IT');
	await tab(page, 'Providers');

	// the server refuses the upload (PocketBase's batch API turned off); signing in itself works
	const client = await superuser(baseURL!);
	const acceptBatches = await refuseBatches(baseURL!);
	try {
		await tab(page, 'Account');
		await page.getByLabel('Email', { exact: true }).fill(email);
		await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
		await expect(
			page.getByRole('radio', { name: /Keep working on Second Device Dental in your account/ })
		).toBeChecked();
		await page.getByRole('button', { name: 'Sign in', exact: true }).click();

		await expect(page).toHaveURL(/\/providers$/);
		await expect(page.getByRole('link', { name: 'Acme IT', exact: true })).toBeVisible();
		const notice = page.getByText(
			/Second Device Dental is in your account on this device but not backed up yet/
		);
		await expect(notice).toBeVisible({ timeout: 30_000 });
		await expect(statusLabel(page)).not.toContainText('All synced');
		expect((await serverHolds(client, 'Second Device Dental')).organizations).toEqual([]);
	} finally {
		await acceptBatches();
	}
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(statusLabel(page)).toContainText(/All synced · \d/, { timeout: 30_000 });
	const held = await serverHolds(client, 'Second Device Dental');
	expect(held.organizations).toHaveLength(1);
	expect(held.seats.map((s) => s.name)).toEqual(['IT support']);
	expect(held.providers.map((p) => p.name)).toEqual(['Acme IT']);
	const history = (await seenStatuses(page)).map((s) => s.text);
	expect(
		history.filter((s) => s.includes('All synced')),
		history.join(' → ')
	).toHaveLength(1);
});

test('the main screens at 320×640, 768×1024 and in dark mode: no sideways scrolling, axe clean, no console errors (also reloading offline)', async ({
	page,
	context
}) => {
	test.setTimeout(180_000);
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error')
			errors.push(`${message.text()} (${page.url()}, ${message.location().url})`);
	});
	page.on('pageerror', (error) => errors.push(`${error.message} (${page.url()}) ${error.stack ?? ''}`));
	const app = new App(page);
	await app.createOrganization('Screens Dental', VALUES);
	await app.addSeat('Managed IT & Security', ['Help desk'], true);
	await app.addProvider('A provider with a rather long name, Incorporated');
	await app.signUp('Sid Screens', `screens-${Date.now()}@rightseat.test`, PASSWORD);
	await expect(page.getByText('Screens Dental (open)')).toBeVisible();
	await expect(statusLabel(page)).toContainText(/All synced · \d/, { timeout: 30_000 });

	for (const { width, height, dark } of [
		{ width: 320, height: 640, dark: false },
		{ width: 768, height: 1024, dark: false },
		{ width: 360, height: 740, dark: true }
	]) {
		await page.setViewportSize({ width, height });
		await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
		for (const path of ['/', '/chart', '/providers', '/account', '/organization']) {
			const where = `${path} at ${width}×${height}${dark ? ' dark' : ''}`;
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByText('Loading…')).toHaveCount(0);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
			await app.expectNoAxeViolations();
		}
	}

	// nested pages loaded directly (the update check once looked for sw.js beside them)
	await page.goto('/providers/new');
	await page.goto('/organization/checklist');
	await page.goto('/');
	await app.waitForServiceWorker();
	expect(errors, 'console errors online').toEqual([]);
	await context.setOffline(true);
	// a request in flight as the network goes can fail loudly; what counts is the offline reload
	await page.waitForTimeout(500);
	errors.length = 0;
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Screens Dental');
	await expect(statusLabel(page)).toContainText('Offline');
	await tab(page, 'Chart');
	await expect(page.getByRole('link', { name: 'Managed IT & Security', exact: true })).toBeVisible();
	await page.waitForTimeout(1_000);
	await context.setOffline(false);
	expect(errors, 'console errors reloading offline').toEqual([]);
});
