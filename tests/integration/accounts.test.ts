// Accounts against a real server: the password policy on sign-up, password change and reset, and a
// sign-up that answers alike whether or not the email already has an account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, failure, fieldErrors, newId, startServer, type Server } from './world';

let server: Server;
beforeAll(async () => {
	server = await startServer();
}, 60_000);
afterAll(async () => {
	await server?.stop();
});

const address = (label: string) => `${label}-${newId().slice(0, 6)}@rightseat.test`;

/** A guest's sign-up, raw: status and parsed body. */
async function signUp(body: Record<string, unknown>) {
	const res = await fetch(`${server.pb.url}/api/collections/users/records`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const account = (email: string, password: string, extra: Record<string, unknown> = {}) => ({
	email,
	password,
	passwordConfirm: password,
	name: 'Mia',
	...extra
});

describe('password policy', () => {
	const weak = (email: string): [string, string][] => [
		[email, 'not your email address'],
		[email.toUpperCase(), 'not your email address'],
		[email.split('@')[0] ?? '', 'not your email address'],
		['zzzzzzzzzzzz', 'not one character repeated'],
		['qwertyuiop', 'most common'],
		['1234567890', 'most common'],
		['QwertyUIOP', 'most common']
	];

	it('refuses weak passwords at sign-up with a message on the password field', async () => {
		const email = address('long-local-part-mia');
		for (const [password, reason] of weak(email)) {
			const { status, body } = await signUp(account(email, password));
			const data = body.data as Record<string, { code: string; message: string }>;
			expect([password, status, data.password?.code]).toEqual([password, 400, 'validation_weak_password']);
			expect(data.password?.message).toContain(reason);
		}
		expect((await signUp(account(email, 'correct-horse-battery'))).status).toBe(200);
	}, 30_000);

	it('refuses them on a password change and on a superuser create, not a good one', async () => {
		const mia = await server.user('mia');
		const change = (password: string) =>
			mia.client
				.collection('users')
				.update(mia.id, { oldPassword: PASSWORD, password, passwordConfirm: password });
		for (const [password] of weak(mia.email)) {
			expect(fieldErrors(await failure(change(password))).password?.code).toBe('validation_weak_password');
		}
		await change('a-perfectly-fine-phrase');
		const admin = await failure(
			server.admin.collection('users').create(account(address('admin-made'), '1234567890'))
		);
		expect(fieldErrors(admin).password?.code).toBe('validation_weak_password');
	}, 30_000);
});

describe('sign-up does not reveal an existing email', () => {
	const shape = (body: Record<string, unknown>) => ({
		...body,
		id: typeof body.id === 'string' && /^[a-z0-9]{15}$/.test(body.id),
		created: typeof body.created === 'string',
		updated: typeof body.updated === 'string'
	});

	it('answers a taken address (any ASCII case) exactly like a new one, and creates nothing', async () => {
		const taken = address('taken');
		const first = await signUp(account(taken, PASSWORD));
		const fresh = await signUp(account(address('fresh'), PASSWORD));
		const again = await signUp(account(taken, 'another-long-password'));
		const upper = await signUp(account(taken.toUpperCase(), 'another-long-password'));
		expect(first.status).toBe(200);
		for (const answer of [again, upper]) {
			expect(answer.status).toBe(fresh.status);
			expect(Object.keys(answer.body).sort()).toEqual(Object.keys(fresh.body).sort());
			expect(shape(answer.body)).toEqual(shape(fresh.body));
		}
		const stored = await server.admin
			.collection('users')
			.getFullList({ filter: `email ~ "${taken.split('@')[0]}"` });
		expect(stored.map((u) => u.id)).toEqual([first.body.id]);
		// the owner's password still works; the second sign-up's does not
		await server.client().collection('users').authWithPassword(taken, PASSWORD);
		expect(
			(await failure(server.client().collection('users').authWithPassword(taken, 'another-long-password')))
				.status
		).toBe(400);
	}, 30_000);

	it('gives the same field errors for a taken address as for a new one', async () => {
		const taken = address('taken');
		await signUp(account(taken, PASSWORD));
		const bad = { passwordConfirm: 'something-else-entirely', name: 'x'.repeat(121) };
		const forTaken = await signUp(account(taken, PASSWORD, bad));
		const forNew = await signUp(account(address('new'), PASSWORD, bad));
		expect(forTaken).toEqual(forNew);
		expect(Object.keys(forNew.body.data as object)).toContain('passwordConfirm');
	}, 30_000);

	it('refuses account creation inside /api/batch for guests, taken or not', async () => {
		const taken = address('taken');
		await signUp(account(taken, PASSWORD));
		const batch = async (email: string) => {
			const res = await fetch(`${server.pb.url}/api/batch`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					requests: [
						{ method: 'POST', url: '/api/collections/users/records', body: account(email, PASSWORD) }
					]
				})
			});
			return { status: res.status, body: await res.json() };
		};
		const forTaken = await batch(taken);
		const forNew = await batch(address('new'));
		expect(forTaken).toEqual(forNew);
		expect(forNew.status).toBe(400);
	}, 30_000);
});
