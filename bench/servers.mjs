// The servers a benchmark compares: RightSeat (migrations + hooks, as `npm start` runs it) and a
// bare PocketBase (the same binary with no hooks) holding the same collections with the same API
// rules, copied from the RightSeat server. RightSeat ÷ bare is the price of the hooks.
import PocketBase from 'pocketbase';
import { readFileSync } from 'node:fs';
import { startPocketBase, TEST_ADMIN } from '../scripts/test-pocketbase.mjs';

/** True when `BENCH_QUICK=1`: short runs while developing. */
export const QUICK = process.env.BENCH_QUICK === '1';

/** A client signed in as the test superuser. */
export async function superuser(url) {
	const client = new PocketBase(url);
	client.autoCancellation(false);
	await client.collection('_superusers').authWithPassword(TEST_ADMIN.email, TEST_ADMIN.password);
	return client;
}

/**
 * RightSeat's rate limits (migration 1764100600) are per IP. A benchmark's clients all come from
 * 127.0.0.1, so a load that stands for many people would be refused as one: `factor` multiplies
 * every limit. The benchmark says so in its output.
 */
export async function raiseRateLimits(url, factor) {
	const admin = await superuser(url);
	const settings = await admin.settings.getAll();
	const rules = settings.rateLimits.rules.map((rule) => ({
		...rule,
		maxRequests: rule.maxRequests * factor
	}));
	await admin.settings.update({ rateLimits: { enabled: true, rules } });
	return rules;
}

/** Starts RightSeat as the tests do (throwaway data dir, free port). */
export function startRightSeat(options = {}) {
	return startPocketBase({ publicDir: '/nonexistent', ...options });
}

/**
 * Starts a bare PocketBase and gives it RightSeat's collections, fields, indexes and API rules
 * (not its hooks, not its rate limits), and the same batch settings.
 */
export async function startBare(rightseatUrl) {
	const bare = await startPocketBase({ publicDir: '/nonexistent', bare: true });
	const from = await superuser(rightseatUrl);
	const to = await superuser(bare.url);
	const collections = (await from.collections.getFullList()).filter((c) => !c.system);
	const usersHere = await to.collections.getOne('users');
	const usersThere = collections.find((c) => c.name === 'users');
	// the bare server made its own `users` collection: keep its id, so the import updates it
	const json = JSON.stringify(collections).replaceAll(usersThere.id, usersHere.id);
	await to.collections.import(JSON.parse(json), false);
	const settings = await from.settings.getAll();
	await to.settings.update({ batch: settings.batch });
	return bare;
}

/** Copies records (same ids, same values) from RightSeat to the bare server, as superuser. */
export async function copyRecords(fromUrl, toUrl, collection, ids, extra = {}) {
	const from = await superuser(fromUrl);
	const to = await superuser(toUrl);
	for (const id of ids) {
		const record = await from.collection(collection).getOne(id);
		const body = { ...record, ...extra };
		for (const field of ['collectionId', 'collectionName', 'created', 'updated', 'expand'])
			delete body[field];
		await to.collection(collection).create(body);
	}
}

/** The `q`-quantile (0–1) of `values`, in their unit. */
export function quantile(values, q) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** Prints one figure the way every benchmark does. */
export function figure(name, value, unit) {
	console.log(`bench ${name} ${value} ${unit}`);
}

/**
 * CPU milliseconds (user + system) the process `pid` has used so far, from /proc (Linux); NaN
 * elsewhere. On a shared machine wall-clock time moves with other people's load, CPU time much less.
 */
export function cpuMs(pid) {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return NaN;
	}
}
