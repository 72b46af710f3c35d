// Mail links in the browser at phone size: a RightSeat server with SMTP pointed at a real sink on
// loopback; the person asks for a reset on the Account screen, opens the link from the received
// mail, is refused a common password on the password field, sets a good one and signs in with it.
// A weak password at sign-up is named on the password field the same way.
import { expect, test } from '@playwright/test';
import PocketBase from 'pocketbase';
import { freePort, startPocketBase, type TestPocketBase } from '../../scripts/test-pocketbase.mjs';
import { linkIn, startMailSink, type MailSink } from '../integration/mail-sink';
import { App } from './pages/app';

const PASSWORD = 'correct-horse-battery';
let sink: MailSink;
let server: TestPocketBase;

test.beforeAll(async () => {
	sink = await startMailSink();
	const port = await freePort();
	server = await startPocketBase({ port, env: sink.env(`http://127.0.0.1:${port}`) });
});
test.afterAll(async () => {
	await server?.stop();
	await sink?.close();
});

test('a person resets their password from the mailed link and signs in with the new one', async ({
	page
}) => {
	test.setTimeout(90_000);
	const app = new App(page);
	const email = `reset-${Date.now()}@rightseat.test`;
	const client = new PocketBase(server.url);
	await client
		.collection('users')
		.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: 'Rosa' });

	await page.goto(`${server.url}/account`);
	await app.choose('What do you want to do?', 'Reset my password');
	await page.getByLabel('Email', { exact: true }).fill(email);
	await page.getByRole('button', { name: 'Send reset link' }).click();
	await expect(page.getByText(/a reset link is on its way/)).toBeVisible();

	const link = linkIn(await sink.waitFor(email, /reset/i), '/account/reset');
	await page.goto(link.href);
	await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
	await app.expectNoAxeViolations();
	const field = page.getByLabel('New password');
	await field.fill('qwertyuiop');
	await page.getByRole('button', { name: 'Save new password' }).click();
	await expect(field).toHaveAccessibleDescription(/most common/);
	await expect(field).toHaveValue('qwertyuiop');

	await field.fill('a-brand-new-passphrase');
	await page.getByRole('button', { name: 'Save new password' }).click();
	await expect(page.getByText(/Your password is changed/)).toBeVisible();
	await page.getByRole('link', { name: 'Sign in' }).click();
	await page.getByLabel('Email', { exact: true }).fill(email);
	await page.getByLabel('Password', { exact: true }).fill('a-brand-new-passphrase');
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(page.getByText('Signed in as Rosa')).toBeVisible();
});

test('sign-up names a weak password on the password field and an address in use honestly', async ({
	page
}) => {
	const app = new App(page);
	await page.goto(`${server.url}/account`);
	await app.choose('What do you want to do?', 'Create an account');
	const email = `taken-${Date.now()}@rightseat.test`;
	await page.getByLabel('Your name').fill('Tom');
	await page.getByLabel('Email', { exact: true }).fill(email);
	const password = page.getByLabel('Password', { exact: true });
	await password.fill(email);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(password).toHaveAccessibleDescription(/not your email address/);

	await new PocketBase(server.url)
		.collection('users')
		.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: 'Tom' });
	await password.fill('another-long-passphrase');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByText(/This email may already have an account/)).toBeVisible();
	await app.expectNoAxeViolations();
});

test('a new account confirms its address from the mailed link', async ({ page }) => {
	const app = new App(page);
	const email = `verify-${Date.now()}@rightseat.test`;
	await page.goto(`${server.url}/account`);
	await app.choose('What do you want to do?', 'Create an account');
	await page.getByLabel('Your name').fill('Vera');
	await page.getByLabel('Email', { exact: true }).fill(email);
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByText('Signed in as Vera')).toBeVisible();

	const link = linkIn(await sink.waitFor(email, /verify/i), '/account/verify');
	await page.goto(link.href);
	await expect(page.getByText(/Your email address is confirmed/)).toBeVisible();
	await app.expectNoAxeViolations();
	// a damaged link says so instead of pretending
	await page.goto(`${server.url}/account/verify?token=not-a-token`);
	await expect(page.getByText(/This link has expired or was already used/)).toBeVisible();
});
