// A viewer on the seat page at 360×740 against the real PocketBase: they read the providers, their
// verdicts, the decision and the way to compare, but are offered no assessment to start, continue or
// repeat (the server would refuse it; the screen should not invite it).
import { expect, test } from '@playwright/test';
import { App } from './pages/app';
import { BUILTIN_CHECKLIST, newUser, PASSWORD } from './sync-lab.fixture';

const VALUES = ['Humble', 'Hungry', 'Smart'].map((name) => ({ id: name.toLowerCase(), name, meaning: '' }));
const ANSWERS = Object.fromEntries(
	Array.from({ length: 10 }, (_, i) => [`q${String(i + 1).padStart(2, '0')}`, { score: 3, note: '' }])
);

test('a viewer sees the seat’s providers but no Assess, Continue or Re-assess', async ({ page, baseURL }) => {
	const ana = await newUser(baseURL!, 'ana');
	const org = await ana.client
		.collection('organizations')
		.create({ name: 'Viewer Dental', kind: 'business', core_values: VALUES });
	const seat = await ana.client.collection('seats').create({
		organization: org.id,
		name: 'Managed IT',
		kind: 'service_provider',
		responsibilities: ['Help desk']
	});
	const [acme] = await Promise.all(
		['Acme IT', 'Contoso MSP'].map((name) =>
			ana.client.collection('providers').create({ organization: org.id, name, status: 'prospective' })
		)
	);
	await ana.client.collection('assessments').create({
		organization: org.id,
		seat: seat.id,
		provider: acme!.id,
		checklist: BUILTIN_CHECKLIST,
		assessor: ana.id,
		status: 'submitted',
		gwc: {
			get: { answer: 'yes', note: '' },
			want: { answer: 'yes', note: '' },
			capacity: { answer: 'yes', note: '' }
		},
		core_values: VALUES.map((v) => ({ value_id: v.id, rating: 'plus', note: '' })),
		answers: ANSWERS,
		responsibility_fit: [{ responsibility: 'Help desk', score: 3, note: '' }],
		summary: '',
		assessed_at: new Date().toISOString().replace('T', ' ')
	});

	// Bo joins as a viewer (invited and accepted through the API, as the members screen does)
	const bo = await newUser(baseURL!, 'bo');
	const invitation = await ana.client
		.collection('invitations')
		.create({ organization: org.id, email: bo.email, role: 'viewer' });
	await bo.client.send(`/api/rightseat/invitations/${invitation.id}/accept`, { method: 'POST' });

	const app = new App(page);
	await app.signIn(bo.email, PASSWORD, 'bo');
	await app.openOrganization('Viewer Dental');
	await page.goto(`/seats/${seat.id}`);
	const assessed = page.getByRole('listitem', { name: 'Acme IT' });
	const notAssessed = page.getByRole('listitem', { name: 'Contoso MSP' });
	await expect(assessed).toContainText('Right seat');
	await expect(notAssessed).toContainText('Not assessed yet');
	// what a viewer may do: read the history, compare, open the report
	await expect(assessed.getByRole('link', { name: 'History of Acme IT' })).toBeVisible();
	await expect(notAssessed.getByRole('link', { name: 'History of Contoso MSP' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Compare providers', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Report', exact: true })).toBeVisible();
	// what they may not: no assessment to start, continue or repeat
	await expect(page.getByRole('link', { name: 'Assess a provider' })).toHaveCount(0);
	await expect(notAssessed.getByRole('link', { name: /^(Assess|Continue)/ })).toHaveCount(0);
	await expect(assessed.getByRole('button', { name: /Re-assess/ })).toHaveCount(0);
	await app.expectNoAxeViolations();
	await app.expectTapTargets();
});
