import { expect, test } from '@playwright/test';
import { App } from './pages/app';

test.beforeEach(async ({ page }) => {
	await new App(page).openExample();
});

test('an empty organization name and pasted HTML get inline messages; nothing saved is lost', async ({
	page
}) => {
	await page.goto('/organization');
	const name = page.getByRole('textbox', { name: 'Name', exact: true });
	await expect(name).toHaveValue('Harbor Dental Group (example)');
	await name.fill('   ');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Name the organization.')).toBeVisible();
	await name.fill('<b>Harbor</b>');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Plain text only: remove the HTML tag.').first()).toBeVisible();
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
		'Harbor Dental Group (example)'
	);
});

test('a sixth responsibility, an empty line and a duplicate are refused with a message', async ({ page }) => {
	await page.goto('/chart');
	await page.getByRole('link', { name: 'Managed IT & Security' }).click();
	await expect(page.getByText('5 of 5 used')).toBeVisible();
	await page.getByLabel('New responsibility').fill('Sell us hardware');
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByText(/At most five responsibilities/)).toBeVisible();
	await expect(page.getByLabel('Responsibility 6')).toHaveCount(0);

	await page.getByLabel('Responsibility 2').fill('');
	await expect(page.getByText('A responsibility cannot be empty.').first()).toBeVisible();
	await page.getByLabel('Responsibility 2').fill('keep systems, help desk and users running');
	await expect(page.getByText('Each responsibility must be different.').first()).toBeVisible();
	await page.getByRole('button', { name: 'Save seat' }).click();
	await expect(page.getByText('Not saved yet: fix the fields marked above.')).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Responsibility 2')).toHaveValue(
		'Protect us from security threats and recover from incidents'
	);
});

test('reordering responsibilities works from the keyboard', async ({ page }) => {
	await page.goto('/chart');
	await page.getByRole('link', { name: 'Managed IT & Security' }).click();
	await page.getByRole('button', { name: /Down\W+responsibility 1$/ }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Responsibility 2')).toHaveValue('Keep systems, help desk and users running');
	await expect(page.getByRole('button', { name: /Down\W+responsibility 2$/ })).toBeFocused();
	await page.getByRole('button', { name: 'Save seat' }).click();
	await page.reload();
	await expect(page.getByLabel('Responsibility 1')).toHaveValue(
		'Protect us from security threats and recover from incidents'
	);
});

test('a 10,000-character note is refused inline and the saved draft keeps its answers', async ({ page }) => {
	await page.goto('/assessments/new');
	await page.getByLabel('Seat').selectOption({ label: 'Managed IT & Security (service provider seat)' });
	await page.getByLabel('Provider').selectOption({ label: 'Blue Harbor MSP' });
	await page.getByRole('button', { name: 'Start' }).click();
	await page.getByRole('link', { name: /^Next/ }).click();
	const app = new App(page);
	await app.choose('Get it?', 'Yes');
	await expect(page.getByText('Draft saved', { exact: true })).toBeVisible();
	await page.getByLabel('Why? (note on Get it)').fill('x'.repeat(10_000));
	await expect(page.getByText('At most 2000 characters.')).toBeVisible();
	await expect(page.getByText('Not saved: fix the message above')).toBeVisible();
	await page.reload();
	await expect(
		page.getByRole('group', { name: 'Get it?' }).getByRole('radio', { name: 'Yes' })
	).toBeChecked();
	await expect(page.getByLabel('Why? (note on Get it)')).toHaveValue('');
});

test('deleting a seat asks first and can be undone', async ({ page }) => {
	await page.goto('/chart');
	await page.getByRole('button', { name: 'Delete Finance' }).click();
	await page.getByRole('button', { name: 'Yes, delete' }).click();
	await expect(page.getByRole('link', { name: 'Finance' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('link', { name: 'Finance' })).toBeVisible();
});
