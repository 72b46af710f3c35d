// Shared fixture for the integration suites: one real PocketBase per test file, a superuser client,
// and a small world of users and organizations built through the API the way the app builds it.
import PocketBase, { ClientResponseError } from 'pocketbase';
import { startPocketBase, type TestPocketBase } from '../../scripts/test-pocketbase.mjs';

export const PASSWORD = 'correct-horse-battery';

export interface Server {
	pb: TestPocketBase;
	/** A client signed in as the superuser (bypasses API rules, not hooks). */
	admin: PocketBase;
	/** A new client, signed out. */
	client(): PocketBase;
	/** Creates a user (through the superuser) and returns a client signed in as them. */
	user(label: string): Promise<{ id: string; email: string; client: PocketBase }>;
	stop(): Promise<void>;
}

let counter = 0;

/** A fresh 15-char PocketBase id, the way the client generates them. */
export function newId(): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	let id = '';
	for (let i = 0; i < 15; i++) id += alphabet[Math.floor(Math.random() * alphabet.length)];
	return id;
}

/** Starts a PocketBase for one test file (`options`: extra environment, an existing data dir). */
export async function startServer(options: Parameters<typeof startPocketBase>[0] = {}): Promise<Server> {
	const pb = await startPocketBase(options);
	const client = () => {
		const c = new PocketBase(pb.url);
		c.autoCancellation(false);
		return c;
	};
	const admin = client();
	await admin.collection('_superusers').authWithPassword(pb.admin.email, pb.admin.password);
	return {
		pb,
		admin,
		client,
		async user(label) {
			counter += 1;
			const email = `${label}-${counter}-${newId().slice(0, 5)}@rightseat.test`;
			const record = await admin.collection('users').create({
				email,
				password: PASSWORD,
				passwordConfirm: PASSWORD,
				name: label
			});
			const c = client();
			await c.collection('users').authWithPassword(email, PASSWORD);
			return { id: record.id, email, client: c };
		},
		stop: () => pb.stop()
	};
}

/** The error a rejected SDK call threw (fails when the call succeeded). */
export async function failure(call: Promise<unknown>): Promise<ClientResponseError> {
	try {
		await call;
	} catch (error) {
		if (error instanceof ClientResponseError) return error;
		throw error;
	}
	throw new Error('expected the request to fail, it succeeded');
}

/** The field errors of a 400 response: { field: { code, message } }. */
export function fieldErrors(error: ClientResponseError): Record<string, { code: string; message: string }> {
	return (error.response.data ?? {}) as Record<string, { code: string; message: string }>;
}

/** A valid seat body. */
export function seatBody(organization: string, extra: Record<string, unknown> = {}) {
	return {
		organization,
		name: 'IT strategy',
		purpose: 'Own technology planning for the business.',
		kind: 'service_provider',
		accountable_owner: 'Dana (COO)',
		responsibilities: ['Technology roadmap', 'Security posture'],
		metrics: [{ name: 'Uptime', target: '99.9', unit: '%', cadence: 'monthly' }],
		...extra
	};
}

/** A valid provider body. */
export function providerBody(organization: string, extra: Record<string, unknown> = {}) {
	return {
		organization,
		name: 'Acme IT',
		website: 'https://acme-it.example',
		status: 'prospective',
		contact: 'sales@acme-it.example',
		notes: 'Met at the trade show.',
		...extra
	};
}

/** A valid organization checklist body (unique family per call). */
export function checklistBody(organization: string, extra: Record<string, unknown> = {}) {
	return {
		organization,
		family: `custom-${newId().slice(0, 8)}`,
		name: 'Our checklist',
		version: 1,
		questions: [
			{ id: 'q01', text: 'Do they answer on time?', guidance: 'Same day.', dimension: 'capacity', weight: 1 }
		],
		locked: false,
		...extra
	};
}

export const BUILTIN_CHECKLIST_ID = 'rightseatmspv01';

/** A valid draft assessment body. */
export function assessmentBody(
	organization: string,
	refs: { seat: string; provider: string; checklist?: string; assessor?: string },
	extra: Record<string, unknown> = {}
) {
	return {
		organization,
		seat: refs.seat,
		provider: refs.provider,
		checklist: refs.checklist ?? BUILTIN_CHECKLIST_ID,
		...(refs.assessor ? { assessor: refs.assessor } : {}),
		status: 'draft',
		gwc: {
			get: { answer: 'yes', note: '' },
			want: { answer: null, note: '' },
			capacity: { answer: null, note: '' }
		},
		core_values: [],
		answers: { q01: { score: 3, note: 'Shares our values.' } },
		responsibility_fit: [{ responsibility: 'Technology roadmap', score: 2, note: '' }],
		summary: 'Promising.',
		...extra
	};
}

/** A valid decision body. */
export function decisionBody(
	organization: string,
	refs: { seat: string; provider: string; decided_by?: string },
	extra: Record<string, unknown> = {}
) {
	return {
		organization,
		seat: refs.seat,
		provider: refs.provider,
		...(refs.decided_by ? { decided_by: refs.decided_by } : {}),
		reason: 'Best fit for the seat.',
		decided_at: '2026-01-15 10:00:00.000Z',
		consensus_score: null,
		consensus_reason: '',
		...extra
	};
}
