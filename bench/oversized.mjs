// Oversized requests (issue 12, item 2): how long the server takes to refuse a 5 MB create of a seat
// (a 500-character purpose), measured from the moment its headers are sent to the 413, without
// sending the body: the refusal must come from the Content-Length alone. Reference in the same run:
// a tiny valid seat create. Also the 5 MB body sent in full (what a client waits for) and a
// 150,000-character summary under the assessment's body cap (refused by field without counting).
import { request } from 'node:http';
import PocketBase from 'pocketbase';
import { startPocketBase } from '../scripts/test-pocketbase.mjs';

const RUNS = 15;
const PASSWORD = 'correct-horse-battery';

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Time from sending only the headers of a `bytes`-long POST to the response status. */
function headersOnly(url, token, bytes) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const req = request(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'Content-Length': bytes, Authorization: token }
		});
		req.on('response', (res) => {
			const ms = performance.now() - started;
			res.resume();
			req.destroy();
			resolve({ ms, status: res.statusCode });
		});
		req.on('error', (error) => (error.code === 'ECONNRESET' ? undefined : reject(error)));
		req.flushHeaders();
	});
}

/** Time of a full JSON POST; resolves with its status. */
async function timedPost(url, token, body) {
	const started = performance.now();
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Authorization: token },
		body
	});
	await response.arrayBuffer();
	return { ms: performance.now() - started, status: response.status };
}

async function series(run, expected) {
	const times = [];
	for (let i = 0; i < RUNS; i++) {
		const { ms, status } = await run();
		if (status !== expected) throw new Error(`expected ${expected}, got ${status}`);
		times.push(ms);
	}
	return median(times);
}

/** Prints `bench api.oversized.*` lines against a fresh PocketBase. */
export async function benchOversized() {
	const server = await startPocketBase();
	try {
		const client = new PocketBase(server.url);
		client.autoCancellation(false);
		const email = `oversized-${Date.now()}@rightseat.test`;
		await client.collection('users').create({ email, password: PASSWORD, passwordConfirm: PASSWORD });
		await client.collection('users').authWithPassword(email, PASSWORD);
		const token = client.authStore.token;
		const org = await client.collection('organizations').create({ name: 'Bench', kind: 'msp' });
		const seats = `${server.url}/api/collections/seats/records`;
		const seat = (extra) =>
			JSON.stringify({
				organization: org.id,
				name: 'Help desk',
				kind: 'team',
				responsibilities: ['A'],
				...extra
			});
		const tiny = await series(() => timedPost(seats, token, seat({})), 200);
		const refused = await series(() => headersOnly(seats, token, 5_000_000), 413);
		const bigBody = seat({ purpose: 'p'.repeat(5_000_000) });
		const uploaded = await series(() => timedPost(seats, token, bigBody), 413);
		const seatId = (await client.collection('seats').getFullList({ fields: 'id' }))[0].id;
		const provider = await client
			.collection('providers')
			.create({ organization: org.id, name: 'P', status: 'current' });
		const assessment = JSON.stringify({
			organization: org.id,
			seat: seatId,
			provider: provider.id,
			checklist: 'rightseatmspv01',
			status: 'draft',
			summary: 's'.repeat(150_000)
		});
		const longText = await series(
			() => timedPost(`${server.url}/api/collections/assessments/records`, token, assessment),
			400
		);
		console.log(`bench api.tiny.ms ${tiny.toFixed(1)} ms`);
		console.log(`bench api.oversized.ms ${refused.toFixed(1)} ms`);
		console.log(
			`bench api.oversized.ratio ${(refused / tiny).toFixed(2)} x (5 MB refusal ÷ tiny valid create)`
		);
		console.log(`bench api.oversized.upload.ms ${uploaded.toFixed(1)} ms (5 MB body sent in full)`);
		console.log(`bench api.longtext.ms ${longText.toFixed(1)} ms (150,000-char summary, refused by field)`);
		console.log(`bench api.longtext.ratio ${(longText / tiny).toFixed(2)} x`);
	} finally {
		await server.stop();
	}
}

if (process.argv[1] === import.meta.filename) await benchOversized();
