// The whole journey with the network off from the first screen after install, then back online with
// the records checked on the server; and a journey without an account, uploaded after sign-up.
import { expect, test } from '@playwright/test';
import PocketBase from 'pocketbase';
import { App } from './pages/app';
import { BUILTIN_CHECKLIST, newUser, PASSWORD } from './sync-lab.fixture';

const VALUES = [
	{ id: 'humble', name: 'Humble', meaning: '' },
	{ id: 'hungry', name: 'Hungry', meaning: '' },
	{ id: 'smart', name: 'Smart', meaning: '' }
];
const TOP_FIVE = ['Help desk', 'Security', 'Roadmap', 'Backups', 'Vendor management'];
const EXPECTED_ANSWERS = Object.fromEntries(
	Array.from({ length: 10 }, (_, i) => {
		const id = `q${String(i + 1).padStart(2, '0')}`;
		return [id, { score: i === 6 ? 'n/a' : 3, note: '' }];
	})
);

/** Everything of `organization` on the server, read with the SDK as its member. */
async function serverRecords(client: PocketBase, organization: string) {
	const filter = `organization = "${organization}"`;
	const [seats, providers, assessments] = await Promise.all([
		client.collection('seats').getFullList({ filter, sort: 'name' }),
		client.collection('providers').getFullList({ filter }),
		client.collection('assessments').getFullList({ filter })
	]);
	return { seats, providers, assessments };
}

test('signed in, the network off from the first screen after install: chart → seat → provider → assessment → result, then online: the server holds exactly those records', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000);
	const ana = await newUser(baseURL!, 'ana');
	const org = await ana.client
		.collection('organizations')
		.create({ name: 'Offline Dental', kind: 'business', core_values: VALUES });
	const app = new App(page);

	// first online visit: the service worker installs; sign in and open the organization
	await app.start();
	await app.waitForServiceWorker();
	await app.signIn(ana.email, PASSWORD, 'ana');
	await app.openOrganization('Offline Dental');

	// from here on, no network at all
	await context.setOffline(true);
	await page.reload();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Offline Dental');
	await expect(page.getByRole('status', { name: 'Sync status' })).toContainText('Offline');

	await app.addSeat('CEO', ['Vision']);
	await app.addSeat('Managed IT & Security', TOP_FIVE, true, 'CEO');
	await app.addProvider('Contoso MSP');
	await app.startAssessment('Managed IT & Security (service provider seat)', 'Contoso MSP');
	await app.fillAssessment(['Humble', 'Hungry', 'Smart'], 'Help desk');
	await expect(page.getByRole('heading', { name: 'Contoso MSP in Managed IT & Security' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Checklist score: 75 / 100' })).toBeVisible();
	const assessmentId = new URL(page.url()).pathname.split('/')[2];
	// nothing reached the server while offline
	expect((await serverRecords(ana.client, org.id)).seats).toEqual([]);

	// back online: the outbox drains on its own
	await context.setOffline(false);
	await expect
		.poll(async () => (await serverRecords(ana.client, org.id)).assessments.map((a) => a.status), {
			timeout: 30_000
		})
		.toEqual(['submitted']);
	const { seats, providers, assessments } = await serverRecords(ana.client, org.id);
	expect(seats.map((s) => [s.name, s.kind, s.responsibilities])).toEqual([
		['CEO', 'team', ['Vision']],
		['Managed IT & Security', 'service_provider', TOP_FIVE]
	]);
	expect(seats[1]!.parent).toBe(seats[0]!.id);
	expect(providers.map((p) => p.name)).toEqual(['Contoso MSP']);
	const [assessment] = assessments;
	expect(assessment).toMatchObject({
		id: assessmentId,
		seat: seats[1]!.id,
		provider: providers[0]!.id,
		checklist: BUILTIN_CHECKLIST,
		assessor: ana.id,
		status: 'submitted',
		answers: EXPECTED_ANSWERS,
		gwc: {
			get: { answer: 'yes', note: '' },
			want: { answer: 'yes', note: '' },
			capacity: { answer: 'yes', note: '' }
		}
	});
	expect(
		assessment!.core_values.map((r: { value_id: string; rating: string }) => [r.value_id, r.rating])
	).toEqual([
		['humble', 'plus'],
		['hungry', 'plus'],
		['smart', 'plus']
	]);
	expect(
		assessment!.responsibility_fit.map((f: { responsibility: string; score: number | null }) => [
			f.responsibility,
			f.score
		])
	).toEqual(TOP_FIVE.map((line) => [line, line === 'Help desk' ? 4 : null]));
});

test('without an account: a whole journey, then sign-up moves the work into a new organization on the server', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const app = new App(page);
	await app.createOrganization('Local Dental', ['Humble', 'Hungry', 'Smart']);
	await app.addSeat('Managed IT & Security', ['Help desk', 'Security'], true);
	await app.addProvider('Contoso MSP');
	await app.startAssessment('Managed IT & Security (service provider seat)', 'Contoso MSP');
	await app.fillAssessment(['Humble', 'Hungry', 'Smart'], 'Help desk');
	const assessmentId = new URL(page.url()).pathname.split('/')[2];

	const email = `local-${Date.now()}@rightseat.test`;
	// kept on the device at sign-up, then moved from the Account screen
	await app.signUp('Lou Local', email, PASSWORD, 'keep');
	await expect(page.getByRole('heading', { name: 'Work from this device' })).toBeVisible();
	await app.expectNoAxeViolations();
	await app.expectTapTargets();
	await expect(page.getByLabel('Move it into')).toHaveValue('new');
	await page.getByRole('button', { name: 'Move my work' }).click();
	await expect(page.getByText(/3 records from this device moved/)).toBeVisible();
	await expect(page.getByText('Local Dental (open)')).toBeVisible();

	const client = new PocketBase(baseURL);
	client.autoCancellation(false);
	const { record: user } = await client.collection('users').authWithPassword(email, PASSWORD);
	await expect
		.poll(async () => (await client.collection('assessments').getFullList()).map((a) => a.id), {
			timeout: 30_000
		})
		.toEqual([assessmentId]);
	const [org] = await client.collection('organizations').getFullList();
	expect(org).toMatchObject({ name: 'Local Dental', owners: [user.id] });
	expect(org!.core_values.map((v: { name: string }) => v.name)).toEqual(['Humble', 'Hungry', 'Smart']);
	const { seats, providers, assessments } = await serverRecords(client, org!.id);
	expect(seats.map((s) => [s.name, s.responsibilities])).toEqual([
		['Managed IT & Security', ['Help desk', 'Security']]
	]);
	expect(providers.map((p) => p.name)).toEqual(['Contoso MSP']);
	expect(assessments[0]).toMatchObject({ status: 'submitted', assessor: user.id, answers: EXPECTED_ANSWERS });

	// the dashboard now shows the organization from the account's store
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Local Dental');
});
