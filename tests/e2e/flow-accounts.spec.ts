// The account screens against the real PocketBase: sign-up, organization, invitation and its
// acceptance, member names, role change, owner transfer, leave, sign-out, password reset.
import { expect, test, type Browser } from '@playwright/test';
import PocketBase from 'pocketbase';
import { App } from './pages/app';
import { newUser, outboxRows, PASSWORD } from './sync-lab.fixture';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function phoneApp(browser: Browser): Promise<App> {
	const context = await browser.newContext(phone);
	return new App(await context.newPage());
}

async function signedInClient(baseURL: string, email: string): Promise<PocketBase> {
	const client = new PocketBase(baseURL);
	client.autoCancellation(false);
	await client.collection('users').authWithPassword(email, PASSWORD);
	return client;
}

test('an owner signs up, creates an organization, invites; the invitee accepts; roles, transfer and leave reach the server', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const ana = new App(page);
	const anaEmail = `ana-${Date.now()}@rightseat.test`;
	await ana.signUp('Ana Owner', anaEmail, PASSWORD);
	await page.goto('/');
	await page.getByRole('link', { name: 'Create your organization' }).click();
	await ana.fillOrganization('Team Dental', ['Humble', 'Hungry', 'Smart']);

	const anaServer = await signedInClient(baseURL!, anaEmail);
	await expect
		.poll(async () => (await anaServer.collection('organizations').getFullList()).map((o) => o.name))
		.toEqual(['Team Dental']);
	const org = await anaServer.collection('organizations').getFirstListItem('name = "Team Dental"');
	expect(org.owners).toEqual([anaServer.authStore.record!.id]);

	// invite by email with a role
	const bo = await newUser(baseURL!, 'bo');
	await page.goto('/account/members');
	await expect(page.getByText('You (Ana Owner) — Owner')).toBeVisible();
	await page.getByRole('textbox', { name: 'Email' }).fill(bo.email.toUpperCase());
	await page.getByLabel('Role', { exact: true }).selectOption('viewer');
	await page.getByRole('button', { name: 'Send invitation' }).click();
	await expect(page.getByText(`Invitation sent to ${bo.email.toUpperCase()} as viewer.`)).toBeVisible();
	const invitations = await anaServer.collection('invitations').getFullList();
	expect(invitations.map((i) => [i.email, i.role])).toEqual([[bo.email, 'viewer']]);
	await expect(page.getByText(`${bo.email} — Viewer`)).toBeVisible();

	// the invitee signs in on their own phone and accepts
	const boApp = await phoneApp(browser);
	await boApp.signIn(bo.email, PASSWORD, 'bo');
	const accept = boApp.page.getByRole('button', { name: 'Accept the invitation as viewer' });
	await expect(accept).toBeVisible();
	await boApp.expectNoAxeViolations();
	await accept.click();
	await expect(boApp.page.getByText('You joined the organization as viewer.')).toBeVisible();
	await expect(boApp.page.getByText('Team Dental (open)')).toBeVisible();
	const boMembership = await bo.client
		.collection('memberships')
		.getFirstListItem(`organization = "${org.id}" && user = "${bo.id}"`);
	expect(boMembership.role).toBe('viewer');

	// members show names, not ids
	await boApp.page.goto('/account/members');
	await expect(boApp.page.getByText('Ana Owner — Owner')).toBeVisible();
	await expect(boApp.page.getByText(/Member [a-z0-9]{15}/)).toHaveCount(0);
	await page.goto('/account/members');
	await expect(page.getByText('bo — Viewer')).toBeVisible();
	await expect(page.getByText(bo.id)).toHaveCount(0);
	await ana.expectNoAxeViolations();
	await ana.expectTapTargets();

	// role change
	await page.getByLabel('Role of bo').selectOption('editor');
	await expect(page.getByText('bo is now editor.')).toBeVisible();
	await expect
		.poll(async () => (await anaServer.collection('memberships').getOne(boMembership.id)).role)
		.toBe('editor');

	// owner transfer
	await page.getByRole('button', { name: 'Transfer ownership… to bo' }).click();
	await expect(page.getByRole('alertdialog')).toContainText('Make bo the owner?');
	await ana.expectNoAxeViolations();
	await page.getByRole('button', { name: 'Transfer ownership', exact: true }).click();
	await expect(page.getByText('bo now owns the organization; you are an editor.')).toBeVisible();
	await expect
		.poll(async () => {
			const members = await anaServer
				.collection('memberships')
				.getFullList({ filter: `organization = "${org.id}"`, sort: 'created' });
			return members.map((m) => m.role);
		})
		.toEqual(['editor', 'owner']);
	await expect(page.getByRole('button', { name: 'Send invitation' })).toHaveCount(0);

	// the former owner leaves
	await page.getByRole('button', { name: 'Leave this organization…' }).click();
	await page.getByRole('button', { name: 'Leave', exact: true }).click();
	await expect(page.getByText('You left the organization.')).toBeVisible();
	await expect
		.poll(async () =>
			(await bo.client.collection('memberships').getFullList({ filter: `organization = "${org.id}"` })).map(
				(m) => m.user
			)
		)
		.toEqual([bo.id]);
	await boApp.page.context().close();
});

test('the last owner cannot leave: the screen says why and nothing is sent', async ({ page, baseURL }) => {
	const ana = await newUser(baseURL!, 'ana');
	await ana.client.collection('organizations').create({ name: 'Solo Co', kind: 'msp' });
	const app = new App(page);
	await app.signIn(ana.email, PASSWORD, 'ana');
	await app.openOrganization('Solo Co');
	await page.goto('/account/members');
	// "nothing is sent": no removal is queued on the device nor goes out (the server would refuse
	// it anyway, so its answer alone proves nothing)
	const sent: string[] = [];
	page.on('request', (request) => {
		if (request.method() !== 'GET' && /\/api\/(batch|collections\/memberships\/)/.test(request.url()))
			sent.push(`${request.method()} ${request.url()}`);
	});
	await page.getByRole('button', { name: 'Leave this organization…' }).click();
	await page.getByRole('button', { name: 'Leave', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('You are the only owner');
	const queued = await outboxRows(page, `rightseat-user-${ana.id}`);
	expect(queued.filter((row) => row.collection === 'memberships')).toEqual([]);
	await page.getByRole('link', { name: 'Account' }).click();
	await expect(page.getByText(/Signed in as/)).toBeVisible();
	expect(sent).toEqual([]);
	expect((await ana.client.collection('memberships').getFullList()).length).toBe(1);
});

test('sign-out warns about unsynced changes; sign-in refuses a wrong password; reset answers without SMTP', async ({
	page,
	context,
	baseURL
}) => {
	const ana = await newUser(baseURL!, 'ana');
	const org = await ana.client.collection('organizations').create({ name: 'Acme', kind: 'msp' });
	const app = new App(page);
	await app.start();
	await app.waitForServiceWorker();

	await page.goto('/account');
	await page.getByLabel('Email', { exact: true }).fill(ana.email);
	await page.getByLabel('Password', { exact: true }).fill('not-the-password');
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expect(page.getByText(/Signed in as/)).toHaveCount(0);

	await app.signIn(ana.email, PASSWORD, 'ana');
	await app.openOrganization('Acme');
	await context.setOffline(true);
	await page.goto('/organization');
	await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Acme, renamed offline');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Organization saved.')).toBeVisible();
	await page.getByRole('link', { name: 'Account' }).click();
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('alert')).toContainText('1 change has not reached the server');
	await app.expectNoAxeViolations();
	await app.expectTapTargets();

	// back online, sync now, then sign out normally: the change is on the server
	await context.setOffline(false);
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect
		.poll(async () => (await ana.client.collection('organizations').getOne(org.id)).name)
		.toBe('Acme, renamed offline');
	await page.getByRole('button', { name: /Sign out and lose them/ }).click();
	await expect(page.getByText('Signed out.')).toBeVisible();
	await expect(
		page
			.getByRole('button', { name: 'Create account' })
			.or(page.getByRole('button', { name: 'Sign in', exact: true }))
	).toBeVisible();

	// password reset: PocketBase answers 204 even without mail configured
	await app.choose('What do you want to do?', 'Reset my password');
	await page.getByLabel('Email', { exact: true }).fill(ana.email);
	const reset = page.waitForResponse((r) => r.url().includes('request-password-reset'));
	await page.getByRole('button', { name: 'Send reset link' }).click();
	expect((await reset).status()).toBe(204);
	await expect(page.getByRole('status').filter({ hasText: 'a reset link is on its way' })).toBeVisible();
});
