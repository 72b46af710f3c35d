// API load: 50 people (10 organizations × 5) use RightSeat at once for 30 s, each in a loop of what
// the app does (refresh the token now and then, list the seats, providers and assessments of their
// organization, push a small batch of edits), from 127.0.0.1. Then the same list request against
// RightSeat and a bare PocketBase (same binary and rules, no hooks) in the same run.
//
// RightSeat's rate limits are per IP (migration 1764100600): 50 people behind one address would
// hit them as one, so this bench raises every limit ×100 on its own throwaway server and says so.
// The JS hooks pool is as `npm start` runs it (64).
import {
	figure,
	quantile,
	QUICK,
	raiseRateLimits,
	startBare,
	startRightSeat,
	copyRecords
} from './servers.mjs';
import { buildWorld, client, draftAssessment, PASSWORD } from './world.mjs';

const CLIENTS = 50;
const SECONDS = QUICK ? 5 : 30;
const LIST_REQUESTS = QUICK ? 200 : 1000;
const LIST_CONCURRENCY = 10;

/** One person's loop until `until`: latencies in ms, errors by what failed. */
async function person(org, me, until, latencies, errors) {
	const c = me.client;
	const filter = c.filter('organization = {:org}', { org: org.id });
	const actions = [
		() => c.collection('seats').getList(1, 50, { filter, sort: 'name' }),
		() => c.collection('providers').getList(1, 50, { filter, sort: 'name' }),
		() => c.collection('assessments').getList(1, 50, { filter, sort: '-updated' }),
		() => {
			const batch = c.createBatch();
			for (let i = 0; i < 5; i++) {
				batch.collection('assessments').upsert(draftAssessment(org, me, Math.floor(Math.random() * 1000)));
			}
			return batch.send();
		}
	];
	let n = 0;
	while (performance.now() < until) {
		// every 20th request refreshes the token, as the engine does near expiry
		const action = n % 20 === 19 ? () => c.collection('users').authRefresh() : actions[n % actions.length];
		n += 1;
		const started = performance.now();
		try {
			await action();
			latencies.push(performance.now() - started);
		} catch (error) {
			const key = `${error?.status ?? 'network'} ${n % 20 === 0 ? 'refresh' : (n - 1) % actions.length}`;
			errors.set(key, (errors.get(key) ?? 0) + 1);
		}
	}
}

/** `LIST_REQUESTS` lists of one organization's assessments, `LIST_CONCURRENCY` at a time: ms each. */
async function listRun(c, orgId) {
	const filter = c.filter('organization = {:org}', { org: orgId });
	const latencies = [];
	let next = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: LIST_CONCURRENCY }, async () => {
			while (next < LIST_REQUESTS) {
				next += 1;
				const t = performance.now();
				await c.collection('assessments').getList(1, 50, { filter, sort: '-updated' });
				latencies.push(performance.now() - t);
			}
		})
	);
	return { seconds: (performance.now() - started) / 1000, p50: quantile(latencies, 0.5) };
}

export async function benchApi() {
	const server = await startRightSeat();
	let bare;
	try {
		await raiseRateLimits(server.url, 100);
		console.log('# api: rate limits raised x100 on the bench server (all clients share 127.0.0.1)');
		const orgs = await buildWorld(server.url, { organizations: CLIENTS / 5, people: 5 });
		const latencies = [];
		const errors = new Map();
		const until = performance.now() + SECONDS * 1000;
		await Promise.all(
			orgs.flatMap((org) => org.members.map((me) => person(org, me, until, latencies, errors)))
		);
		const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
		figure('api.mixed.rps', Math.round((latencies.length + errorCount) / SECONDS), 'req/s');
		figure('api.mixed.p99.ms', quantile(latencies, 0.99).toFixed(1), 'ms');
		figure('api.mixed.p50.ms', quantile(latencies, 0.5).toFixed(1), 'ms');
		figure('api.mixed.errors', errorCount, 'count');
		if (errorCount) console.log(`# api: errors by status and action: ${JSON.stringify([...errors])}`);

		// the same list, same data, same rules: RightSeat vs bare
		const org = orgs[0];
		const me = org.members[0];
		bare = await startBare(server.url);
		await copyRecords(
			server.url,
			bare.url,
			'users',
			org.members.map((m) => m.id),
			{
				password: PASSWORD,
				passwordConfirm: PASSWORD
			}
		);
		await copyRecords(server.url, bare.url, 'organizations', [org.id]);
		await copyRecords(server.url, bare.url, 'checklists', ['rightseatmspv01']);
		await copyRecords(server.url, bare.url, 'seats', org.seats);
		await copyRecords(server.url, bare.url, 'providers', org.providers);
		const held = await me.client
			.collection('assessments')
			.getFullList({ filter: me.client.filter('organization = {:org}', { org: org.id }), fields: 'id' });
		await copyRecords(
			server.url,
			bare.url,
			'assessments',
			held.map((r) => r.id)
		);
		const bareClient = client(bare.url);
		await bareClient.collection('users').authWithPassword(me.email, PASSWORD);
		// warm both, then alternate so that both see the same machine load
		await listRun(me.client, org.id);
		await listRun(bareClient, org.id);
		const rs = await listRun(me.client, org.id);
		const b = await listRun(bareClient, org.id);
		figure('api.list.rightseat.p50.ms', rs.p50.toFixed(2), 'ms');
		figure('api.list.bare.p50.ms', b.p50.toFixed(2), 'ms');
		figure('api.list.ratio', (rs.seconds / b.seconds).toFixed(2), 'x');
	} finally {
		await bare?.stop();
		await server.stop();
	}
}

if (process.argv[1] === import.meta.filename) await benchApi();
