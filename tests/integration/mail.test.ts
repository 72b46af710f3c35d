// Mail for real: a RightSeat server whose SMTP settings come from RIGHTSEAT_SMTP_* sends to a real
// SMTP sink on loopback, and each test follows the link in the received mail the way the app's
// pages do (src/routes/account/reset, src/routes/account/verify).
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/test-pocketbase.mjs';
import { linkIn, startMailSink, type MailSink } from './mail-sink';
import { PASSWORD, failure, fieldErrors, newId, startServer, type Server } from './world';

let server: Server;
let sink: MailSink;
let appURL: string;

beforeAll(async () => {
	sink = await startMailSink();
	const port = await freePort();
	appURL = `http://127.0.0.1:${port}`;
	server = await startServer({ port, env: sink.env(appURL) });
}, 60_000);
afterAll(async () => {
	await server?.stop();
	await sink?.close();
});

const address = (label: string) => `${label}-${newId().slice(0, 6)}@rightseat.test`;

/** Signs up through the public API, as the app's sign-up form does. */
async function signUp(email: string, password = PASSWORD) {
	return server
		.client()
		.collection('users')
		.create({ email, password, passwordConfirm: password, name: 'Mia' });
}

/** The token of a mail link that points at `route` of this app. */
async function followedToken(mailLink: URL, route: string): Promise<string> {
	expect(`${mailLink.origin}${mailLink.pathname}`).toBe(`${appURL}${route}`);
	// the link opens one of the app's pages (the e2e suite drives it in a browser)
	expect(existsSync(`src/routes${route}/+page.svelte`)).toBe(true);
	return mailLink.searchParams.get('token') ?? '';
}

describe('mail settings from the environment', () => {
	it('turns SMTP on and sets the sender and the app URL', async () => {
		const settings = await server.admin.settings.getAll();
		expect(settings.smtp).toMatchObject({ enabled: true, host: '127.0.0.1', port: sink.port });
		expect(settings.meta).toMatchObject({ appURL, senderAddress: 'rightseat@rightseat.test' });
	}, 30_000);
});

describe('email verification', () => {
	it('mails a new account a link to /account/verify that verifies the address', async () => {
		const email = address('verify');
		const created = await signUp(email);
		const mail = await sink.waitFor(email, /verify/i);
		const token = await followedToken(linkIn(mail, '/account/verify'), '/account/verify');
		expect((await server.admin.collection('users').getOne(created.id)).verified).toBe(false);
		await server.client().collection('users').confirmVerification(token);
		expect((await server.admin.collection('users').getOne(created.id)).verified).toBe(true);
	}, 30_000);
});

describe('password reset', () => {
	it('mails a link to /account/reset that sets a new password (the old one stops working)', async () => {
		const email = address('reset');
		await signUp(email);
		await server.client().collection('users').requestPasswordReset(email);
		const mail = await sink.waitFor(email, /reset/i);
		const token = await followedToken(linkIn(mail, '/account/reset'), '/account/reset');

		const weak = await failure(
			server.client().collection('users').confirmPasswordReset(token, 'qwertyuiop', 'qwertyuiop')
		);
		expect(fieldErrors(weak).password?.code).toBe('validation_weak_password');

		const fresh = 'a-brand-new-passphrase';
		await server.client().collection('users').confirmPasswordReset(token, fresh, fresh);
		await server.client().collection('users').authWithPassword(email, fresh);
		expect(
			(await failure(server.client().collection('users').authWithPassword(email, PASSWORD))).status
		).toBe(400);
		// the token was used up
		expect(
			(await failure(server.client().collection('users').confirmPasswordReset(token, fresh, fresh))).status
		).toBe(400);
	}, 30_000);
});

describe('invitation mail', () => {
	it('mails the invitee a link to the app; the invitation is accepted only after verification', async () => {
		const owner = await server.user('owner');
		const org = await owner.client
			.collection('organizations')
			.create({ name: 'Acme & Sons', kind: 'business' });
		const email = address('invitee');
		const invitation = await owner.client
			.collection('invitations')
			.create({ organization: org.id, email, role: 'editor' });

		const invite = await sink.waitFor(email, /invited/i);
		expect(invite.subject).toContain('Acme & Sons');
		expect(invite.html).toContain('Acme &amp; Sons');
		const open = linkIn(invite, '/account');
		expect(`${open.origin}${open.pathname}`).toBe(`${appURL}/account`);
		expect(open.searchParams.get('invitation')).toBe(invitation.id);

		await signUp(email);
		const invitee = server.client();
		await invitee.collection('users').authWithPassword(email, PASSWORD);
		const accept = () =>
			invitee.send(`/api/rightseat/invitations/${invitation.id}/accept`, { method: 'POST' });
		expect((await failure(accept())).status).toBe(403);

		const verify = await sink.waitFor(email, /verify/i);
		await server
			.client()
			.collection('users')
			.confirmVerification(linkIn(verify, '/account/verify').searchParams.get('token') ?? '');
		const membership = await accept();
		expect([membership.organization, membership.role]).toEqual([org.id, 'editor']);
	}, 30_000);
});

describe('sign-up with an address in use', () => {
	it('mails the owner a note instead of a verification link, and creates nothing', async () => {
		const email = address('taken');
		const first = await signUp(email);
		await sink.waitFor(email, /verify/i);
		const before = sink.received.length;
		const again = await signUp(email, 'another-long-password');
		expect(again.id).not.toBe(first.id);
		const note = await sink.waitFor(email, /tried to create/i);
		expect(linkIn(note, '/account').pathname).toBe('/account');
		expect(sink.received.slice(before).filter((m) => /verify/i.test(m.subject))).toHaveLength(0);
		const accounts = await server.admin.collection('users').getList(1, 5, { filter: `email = "${email}"` });
		expect(accounts.items.map((u) => u.id)).toEqual([first.id]);
		expect((await failure(server.admin.collection('users').getOne(again.id))).status).toBe(404);
	}, 30_000);
});
