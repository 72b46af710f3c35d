// A world for the load benchmarks, built through RightSeat's API the way the app builds it:
// organizations, each with its owner and editors (memberships), seats, providers and draft
// assessments. Every person gets a signed-in SDK client.
import PocketBase from 'pocketbase';
import { superuser } from './servers.mjs';

export const PASSWORD = 'correct-horse-battery';
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh 15-character PocketBase id, as the app's client makes them. */
export function newId() {
	let id = '';
	for (let i = 0; i < 15; i++) id += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
	return id;
}

export function client(url) {
	const c = new PocketBase(url);
	c.autoCancellation(false);
	return c;
}

/** A draft assessment of `org` as the app first saves it (one answer with a note). */
export function draftAssessment(org, person, i) {
	return {
		id: newId(),
		organization: org.id,
		seat: org.seats[i % org.seats.length],
		provider: org.providers[i % org.providers.length],
		checklist: 'rightseatmspv01',
		assessor: person.id,
		status: 'draft',
		answers: { q01: { score: i % 5, note: `Checked with the team, round ${i}.` } }
	};
}

/**
 * `organizations` organizations of `people` people each (the first the owner, the rest editors),
 * each with `seats` seats, `providers` providers and `assessments` draft assessments.
 */
export async function buildWorld(url, { organizations, people, seats = 5, providers = 5, assessments = 20 }) {
	const admin = await superuser(url);
	const stamp = Date.now();
	const orgs = [];
	for (let o = 0; o < organizations; o++) {
		const members = [];
		for (let p = 0; p < people; p++) {
			const email = `load-${stamp}-${o}-${p}@rightseat.test`;
			const user = await admin
				.collection('users')
				.create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: `Person ${o}.${p}` });
			const c = client(url);
			await c.collection('users').authWithPassword(email, PASSWORD);
			members.push({ id: user.id, email, client: c });
		}
		const owner = members[0].client;
		const org = await owner.collection('organizations').create({ name: `Load ${o}`, kind: 'business' });
		for (const m of members.slice(1)) {
			await owner.collection('memberships').create({ organization: org.id, user: m.id, role: 'editor' });
		}
		const record = { id: org.id, members, seats: [], providers: [], assessments: [] };
		for (let s = 0; s < seats; s++) {
			const seat = await owner.collection('seats').create({
				organization: org.id,
				name: `Seat ${s}`,
				kind: 'team',
				responsibilities: ['Tickets', 'Backups']
			});
			record.seats.push(seat.id);
		}
		for (let s = 0; s < providers; s++) {
			const provider = await owner
				.collection('providers')
				.create({ organization: org.id, name: `Provider ${s}`, status: 'current' });
			record.providers.push(provider.id);
		}
		for (let a = 0; a < assessments; a += 25) {
			const batch = owner.createBatch();
			for (let i = a; i < Math.min(assessments, a + 25); i++) {
				const body = draftAssessment(record, members[0], i);
				batch.collection('assessments').create(body);
				record.assessments.push(body.id);
			}
			await batch.send();
		}
		orgs.push(record);
	}
	return orgs;
}
