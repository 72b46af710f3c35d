import { expect, test } from '@playwright/test';
import { App } from './pages/app';

test('a draft resumes after reload, and back/forward keep every answer', async ({ page }) => {
	const app = new App(page);
	await app.openExample();
	await page.goto('/assessments/new');
	await page.getByLabel('Seat').selectOption({ label: 'Managed IT & Security (service provider seat)' });
	await page.getByLabel('Provider').selectOption({ label: 'Blue Harbor MSP' });
	await page.getByRole('button', { name: 'Start' }).click();
	for (const value of ['Do the right thing', 'Own it', 'Patients first']) await app.choose(value, '+');
	await app.next();
	await app.choose('Get it?', 'Yes');
	await app.choose('Want it?', 'No');
	await page.getByLabel('Why? (note on Want it)').fill('Only wants break-fix.');
	await app.next();
	await expect(page).toHaveURL(/\/step\/q-q01$/);
	await app.score('2');
	await expect(page).toHaveURL(/\/step\/q-q02$/);
	await expect(page.getByText('Draft saved', { exact: true })).toBeVisible();

	// the score moved on to question 2 by itself; back shows the score kept
	await page.goBack();
	await expect(
		page.getByRole('group', { name: 'Your score' }).getByRole('radio', { name: '2' })
	).toBeChecked();
	await page.goBack();
	await expect(page.getByLabel('Why? (note on Want it)')).toHaveValue('Only wants break-fix.');
	await page.goForward();
	await expect(
		page.getByRole('group', { name: 'Your score' }).getByRole('radio', { name: '2' })
	).toBeChecked();

	await page.reload();
	await expect(
		page.getByRole('group', { name: 'Your score' }).getByRole('radio', { name: '2' })
	).toBeChecked();

	// From home, the draft is listed and resumes at the first unanswered step (capacity in GWC).
	await page.goto('/');
	await page.getByRole('link', { name: /Resume: Blue Harbor MSP/ }).click();
	await expect(page).toHaveURL(/\/step\/gwc$/);
	await expect(page.getByLabel('Why? (note on Want it)')).toHaveValue('Only wants break-fix.');
	await app.choose('Capacity to do it?', 'Yes');
	await app.next();
	await expect(
		page.getByRole('group', { name: 'Your score' }).getByRole('radio', { name: '2' })
	).toBeChecked();
});
