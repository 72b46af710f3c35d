// A new checklist version for the organization, and a draft begun on the older version moved onto
// it, keeping the answers whose questions still exist.
import { expect, test } from '@playwright/test';
import { App } from './pages/app';

const Q1 = 'Does the provider share our core values?';
const Q2 = 'Do they understand our business, our growth plan and how this seat serves it?';
const Q1_EDITED = 'Does the provider live our core values day to day?';
const ADDED = 'Do they answer the phone within five minutes?';

test('a draft on the built-in checklist moves to the organization’s version 2 at 360×740', async ({
	page
}) => {
	test.setTimeout(120_000);
	const app = new App(page);
	await app.createOrganization('Versioned Dental', ['Humble', 'Hungry', 'Smart']);
	await app.addSeat('Managed IT & Security', ['Help desk', 'Security'], true);
	await app.addProvider('Contoso MSP');
	await app.addProvider('Fabrikam IT');

	// a draft on version 1: questions 1–3 answered
	await app.startAssessment('Managed IT & Security (service provider seat)', 'Contoso MSP');
	await expect(page.getByText('To pass:')).toBeVisible();
	const draft = new URL(page.url()).pathname.replace('/step/values', '');
	await page.goto(`${draft}/step/q-q01`);
	await app.score('4');
	await app.score('2');
	await app.score('1');
	await expect(page.getByText('Draft saved', { exact: true })).toBeVisible();
	await expect(page.getByText('A newer checklist version exists')).toHaveCount(0);
	await page.goto(`${draft}/step/q-q01`);
	await expect(page.getByRole('heading', { level: 1, name: Q1 })).toBeVisible();

	// version 2: question 1 reworded, question 2 removed, one question added
	await page.goto('/organization');
	await page.getByRole('link', { name: 'Checklist questions' }).click();
	await expect(page.getByText('Right MSP, Right Seat, version 1')).toBeVisible();
	await app.expectNoAxeViolations();
	await app.expectTapTargets();
	await page.getByRole('textbox', { name: 'Question 1', exact: true }).fill(Q1_EDITED);
	await page.getByRole('button', { name: 'Remove question 2' }).click();
	await page.getByRole('button', { name: 'Add a question' }).click();
	await page.getByRole('button', { name: 'Save as version 2' }).click();
	// the new question is still empty: an inline message, nothing saved
	await expect(page.getByRole('alert')).toContainText('Nothing was saved');
	await expect(page.getByText('Write the question.')).toBeVisible();
	await app.expectNoAxeViolations();
	await page.getByRole('textbox', { name: 'Question 10', exact: true }).fill(ADDED);
	await page.getByRole('textbox', { name: 'What good looks like (question 10)' }).fill('Measured monthly.');
	await page.getByLabel('Weight (question 10)').fill('2');
	await page.getByRole('button', { name: 'Save as version 2' }).click();
	await expect(page.getByText('Checklist version 2 saved: new assessments use it.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Organization and core values' })).toBeVisible();

	// the draft offers the move and shows what moves and what is dropped
	await page.goto(draft);
	const notice = page.getByRole('region', {
		name: /A newer checklist version exists — move this draft to it/
	});
	await expect(notice).toBeVisible();
	await notice.getByRole('button', { name: 'See what moves' }).click();
	await expect(notice.getByRole('heading', { name: 'Answers that move (2)' })).toBeVisible();
	await expect(notice.getByRole('listitem').filter({ hasText: Q1_EDITED })).toBeVisible();
	await expect(notice.getByRole('heading', { name: 'Answers dropped (1)' })).toBeVisible();
	await expect(notice.getByRole('listitem').filter({ hasText: Q2 })).toBeVisible();
	await expect(notice.getByRole('listitem').filter({ hasText: ADDED })).toBeVisible();
	await app.expectNoAxeViolations();
	await app.expectTapTargets();
	await notice.getByRole('button', { name: 'Move this draft to version 2' }).click();
	await expect(page.getByText('Draft moved to version 2: 2 answers kept, 1 dropped.')).toBeVisible();
	await expect(notice).toHaveCount(0);

	// the kept answers are there under the new version; the dropped question is gone
	await page.goto(`${draft}/step/q-q01`);
	await expect(page.getByRole('heading', { level: 1, name: Q1_EDITED })).toBeVisible();
	await app.expectQuestion(1);
	await expect(
		page.getByRole('group', { name: 'Your score' }).getByRole('radio', { name: '4' })
	).toBeChecked();
	await app.next();
	await app.expectQuestion(2);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(Q2);
	await expect(
		page.getByRole('group', { name: 'Your score' }).getByRole('radio', { name: '1' })
	).toBeChecked();
	await page.reload();
	await expect(
		page.getByRole('group', { name: 'Your score' }).getByRole('radio', { name: '1' })
	).toBeChecked();
	await expect(page.getByText('A newer checklist version exists')).toHaveCount(0);

	// new assessments use version 2; the editor now builds version 3
	await app.startAssessment('Managed IT & Security (service provider seat)', 'Fabrikam IT');
	await expect(page.getByText('To pass:')).toBeVisible();
	const second = new URL(page.url()).pathname.replace('/step/values', '');
	await page.goto(`${second}/step/review`);
	await expect(page.getByText('A newer checklist version exists')).toHaveCount(0);
	await page.goto('/organization/checklist');
	await expect(page.getByText('Right MSP, Right Seat, version 2')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save as version 3' })).toBeVisible();
});
