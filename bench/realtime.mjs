// Realtime: 200 subscribers (10 organizations × 4 people × 5 devices) hold /api/realtime open
// (raw SSE over fetch, as the SDK's EventSource does) subscribed to `assessments`, while each
// organization's owner saves new assessments. Delivery time runs from the moment the save is sent
// to the moment each subscriber of that organization has the event. Every subscriber must get every
// save of its own organization (`missed`) and nothing of another (`cross_org`).
//
// Each open realtime connection keeps one JS VM for the router middleware (pocketbase/start.sh):
// as start.sh advises, this server's RIGHTSEAT_HOOKS_POOL is raised by the number of connections.
import { figure, quantile, QUICK, startRightSeat } from './servers.mjs';
import { buildWorld, draftAssessment } from './world.mjs';

const ORGANIZATIONS = 10;
const PEOPLE = 4;
const DEVICES = 5;
const SUBSCRIBERS = ORGANIZATIONS * PEOPLE * DEVICES;
const WRITES_PER_ORG = QUICK ? 5 : 20;
const WRITE_GAP_MS = 100;
const SETTLE_MS = 3000;

/** Opens one SSE connection as `person`, subscribes to assessments; calls `onEvent(record)` per event. */
async function subscribe(url, token, onEvent, signal) {
	const response = await fetch(`${url}/api/realtime`, { signal });
	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	let connected;
	const ready = new Promise((ok) => (connected = ok));
	void (async () => {
		try {
			for (;;) {
				const { value, done } = await reader.read();
				if (done) return;
				buffer += decoder.decode(value, { stream: true });
				let end;
				while ((end = buffer.indexOf('\n\n')) !== -1) {
					const block = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					const fields = Object.fromEntries(
						block
							.split('\n')
							.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)])
					);
					const data = JSON.parse(fields.data || 'null');
					if (fields.event === 'PB_CONNECT') connected(data.clientId);
					else if (fields.event === 'assessments') onEvent(data.record, performance.now());
				}
			}
		} catch (error) {
			if (!signal.aborted) throw error;
		}
	})();
	const clientId = await ready;
	const res = await fetch(`${url}/api/realtime`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Authorization: token },
		body: JSON.stringify({ clientId, subscriptions: ['assessments'] }),
		signal
	});
	if (!res.ok) throw new Error(`subscribe answered ${res.status}`);
}

export async function benchRealtime() {
	const server = await startRightSeat({ hooksPool: 64 + SUBSCRIBERS });
	const abort = new AbortController();
	try {
		console.log(
			`# realtime: hooks pool 64 + ${SUBSCRIBERS} (one VM per open connection, see pocketbase/start.sh)`
		);
		const orgs = await buildWorld(server.url, {
			organizations: ORGANIZATIONS,
			people: PEOPLE,
			assessments: 0
		});
		const sentAt = new Map(); // record id -> { org, at }
		const received = new Map(); // record id -> count of deliveries
		const delays = [];
		let crossOrg = 0;
		const subscriptions = [];
		for (const org of orgs) {
			for (const person of org.members) {
				for (let d = 0; d < DEVICES; d++) {
					const onEvent = (record, at) => {
						if (record.organization !== org.id) {
							crossOrg += 1;
							return;
						}
						received.set(record.id, (received.get(record.id) ?? 0) + 1);
						const sent = sentAt.get(record.id);
						if (sent) delays.push(at - sent.at);
					};
					subscriptions.push(subscribe(server.url, person.client.authStore.token, onEvent, abort.signal));
				}
			}
		}
		await Promise.all(subscriptions);
		// every owner writes, all organizations at once, a save every WRITE_GAP_MS
		await Promise.all(
			orgs.map(async (org) => {
				const owner = org.members[0];
				for (let i = 0; i < WRITES_PER_ORG; i++) {
					const body = draftAssessment(org, owner, i);
					sentAt.set(body.id, { org: org.id, at: performance.now() });
					await owner.client.collection('assessments').create(body);
					await new Promise((r) => setTimeout(r, WRITE_GAP_MS));
				}
			})
		);
		await new Promise((r) => setTimeout(r, SETTLE_MS));
		const perOrg = PEOPLE * DEVICES;
		let missed = 0;
		for (const id of sentAt.keys()) missed += perOrg - Math.min(perOrg, received.get(id) ?? 0);
		figure(`realtime.${SUBSCRIBERS}.p99.ms`, quantile(delays, 0.99).toFixed(1), 'ms');
		figure(`realtime.${SUBSCRIBERS}.p50.ms`, quantile(delays, 0.5).toFixed(1), 'ms');
		figure(`realtime.${SUBSCRIBERS}.deliveries`, delays.length, 'count');
		figure(`realtime.${SUBSCRIBERS}.missed`, missed, 'count');
		figure(`realtime.${SUBSCRIBERS}.cross_org`, crossOrg, 'count');
		if (missed || crossOrg)
			throw new Error(`realtime: ${missed} missed, ${crossOrg} cross-organization events`);
	} finally {
		abort.abort();
		await server.stop();
	}
}

if (process.argv[1] === import.meta.filename) await benchRealtime();
