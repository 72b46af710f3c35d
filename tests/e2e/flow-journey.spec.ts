import { expect, test } from '@playwright/test';
import { watchPolicyViolations } from './csp.fixture';
import { App } from './pages/app';

test('a new user goes from welcome to a result at 360×740', async ({ page }) => {
	const policy = await watchPolicyViolations(page);
	const app = new App(page);
	await app.createOrganization('Acme Dental', ['Humble', 'Hungry', 'Smart']);
	await app.addSeat('CEO', ['Vision']);
	await app.addSeat('Managed IT & Security', ['Help desk', 'Security', 'Roadmap'], true, 'CEO');
	await app.addProvider('Contoso MSP');

	await page.goto('/chart');
	await expect(page.getByText('Service provider seat')).toBeVisible();

	await page.goto('/assessments/new');
	await page.getByLabel('Seat').selectOption({ label: 'Managed IT & Security (service provider seat)' });
	await page.getByLabel('Provider').selectOption({ label: 'Contoso MSP' });
	await page.getByRole('button', { name: 'Start' }).click();

	await expect(page.getByText('To pass:')).toBeVisible();
	for (const value of ['Humble', 'Hungry', 'Smart']) await app.choose(value, '+');
	await app.next();
	await app.choose('Get it?', 'Yes');
	await app.choose('Want it?', 'Yes');
	await app.choose('Capacity to do it?', 'Yes');
	await app.next();
	for (let i = 1; i <= 10; i++) {
		await app.expectQuestion(i);
		await app.score(i === 7 ? 'n/a' : '3');
	}
	await expect(page.getByRole('heading', { name: 'Responsibility fit' })).toBeVisible();
	await app.choose('Help desk', '4');
	await app.next();
	await expect(page.getByRole('heading', { name: /Verdict: .*Right seat/ })).toBeVisible();
	await page.getByRole('button', { name: 'Submit assessment' }).click();

	await expect(page.getByRole('heading', { name: 'Contoso MSP in Managed IT & Security' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /Verdict: .*Right seat/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Checklist score: 75 / 100' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'What to ask next' })).toBeVisible();
	// the whole journey ran under the app's Content-Security-Policy without a single refusal
	expect(policy.violations).toEqual([]);
});

test('the example organization shows a finished result in one tap', async ({ page }) => {
	const policy = await watchPolicyViolations(page);
	const app = new App(page);
	await app.openExample();
	await expect(page.getByRole('heading', { name: /Verdict: .*Wrong seat/ })).toBeVisible();
	// the decisive reason (the GWC marks above it say "Capacity to do it: no" too)
	await expect(page.getByRole('listitem').filter({ hasText: /^Capacity to do it: no — / })).toBeVisible();
	await page.goto('/providers');
	await expect(page.getByRole('link', { name: 'Northwind IT', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Blue Harbor MSP', exact: true })).toBeVisible();
	expect(policy.violations).toEqual([]);
});
