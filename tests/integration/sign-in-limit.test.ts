// Sign-in limits against a real server: after N failures the next attempt is refused with 429 and
// a clear message even with the right password; other accounts and other addresses are not. The
// server trusts X-Forwarded-For (RIGHTSEAT_TRUSTED_PROXY_HEADERS, as behind a TLS proxy) so one
// test can speak from several IPs; locks start at 2 s so the growth is observable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, newId, startServer, type Server } from './world';

let server: Server;
beforeAll(async () => {
	server = await startServer({
		env: {
			RIGHTSEAT_TRUSTED_PROXY_HEADERS: 'X-Forwarded-For',
			RIGHTSEAT_SIGNIN_ACCOUNT_FAILURES: '5',
			RIGHTSEAT_SIGNIN_IP_FAILURES: '12',
			RIGHTSEAT_SIGNIN_LOCK_SECONDS: '2'
		}
	});
}, 60_000);
afterAll(async () => {
	await server?.stop();
});

let ipCounter = 0;
/** A fresh client address for one test. */
const freshIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

/** One sign-in attempt: status, message and Retry-After. */
async function signIn(identity: string, password: string, ip: string) {
	const res = await fetch(`${server.pb.url}/api/collections/users/auth-with-password`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
		body: JSON.stringify({ identity, password })
	});
	const body = (await res.json()) as { message?: string };
	return { status: res.status, message: body.message ?? '', retryAfter: res.headers.get('retry-after') };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('per account', () => {
	it('refuses the right password with 429 after 5 failures; another account from the same IP signs in', async () => {
		const kate = await server.user('kate');
		const other = await server.user('other');
		const ip = freshIp();
		for (let i = 0; i < 5; i++) expect((await signIn(kate.email, 'wrong-password-1', ip)).status).toBe(400);
		const locked = await signIn(kate.email, PASSWORD, ip);
		expect(locked.status).toBe(429);
		expect(locked.message).toMatch(/^Too many failed sign-in attempts\. Try again in [12] seconds, or reset/);
		expect(['1', '2']).toContain(locked.retryAfter);
		// the account lock holds from another address too (it is the account being guessed)
		expect((await signIn(kate.email, PASSWORD, freshIp())).status).toBe(429);
		// the same address may still sign in to another account
		expect((await signIn(other.email, PASSWORD, ip)).status).toBe(200);
	}, 30_000);

	it('doubles the lock with each further failure and lets the right password in once it ends', async () => {
		const kate = await server.user('kate');
		const ip = freshIp();
		for (let i = 0; i < 5; i++) await signIn(kate.email, 'wrong-password-2', ip);
		const first = await signIn(kate.email, PASSWORD, ip);
		expect(['1', '2']).toContain(first.retryAfter);
		await sleep(Number(first.retryAfter) * 1000 + 100);
		expect((await signIn(kate.email, 'wrong-password-2', ip)).status).toBe(400);
		// the next lock is twice the first (4 s): more than the first could ever announce
		const longer = await signIn(kate.email, PASSWORD, ip);
		expect(longer.status).toBe(429);
		expect(['3', '4']).toContain(longer.retryAfter);
		await sleep(Number(longer.retryAfter) * 1000 + 100);
		expect((await signIn(kate.email, PASSWORD, ip)).status).toBe(200);
		// a success clears the account's count: one new failure does not lock it again
		expect((await signIn(kate.email, 'wrong-password-2', ip)).status).toBe(400);
		expect((await signIn(kate.email, PASSWORD, ip)).status).toBe(200);
	}, 30_000);

	it('counts an address without an account like one with (no hint that it exists)', async () => {
		const ip = freshIp();
		const nobody = `nobody-${newId().slice(0, 6)}@rightseat.test`;
		const answers = [];
		for (let i = 0; i < 6; i++) answers.push((await signIn(nobody, 'wrong-password-3', ip)).status);
		expect(answers).toEqual([400, 400, 400, 400, 400, 429]);
	}, 30_000);
});

describe('per IP', () => {
	it('refuses an address after 12 failures across accounts; other addresses are unaffected', async () => {
		const kate = await server.user('kate');
		const ip = freshIp();
		for (let i = 0; i < 12; i++) {
			expect(
				(await signIn(`guess-${i}-${newId().slice(0, 4)}@rightseat.test`, 'wrong-password-4', ip)).status
			).toBe(400);
		}
		const locked = await signIn(kate.email, PASSWORD, ip);
		expect(locked.status).toBe(429);
		expect(locked.message).toMatch(
			/^Too many failed sign-in attempts\. Try again in [12] seconds, or reset your password\.$/
		);
		expect((await signIn(kate.email, PASSWORD, freshIp())).status).toBe(200);
	}, 30_000);
});
