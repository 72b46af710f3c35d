import { expect, test } from '@playwright/test';
import { App } from './pages/app';
import { newUser, PASSWORD } from './sync-lab.fixture';

test('every screen has 0 axe violations and 44 px targets at 360×740', async ({ page }) => {
	test.setTimeout(120_000);
	const app = new App(page);
	await app.start();
	await app.expectNoAxeViolations();
	await app.openExample();
	const result = new URL(page.url()).pathname;
	const compare = await page
		.getByRole('link', { name: 'Compare providers for this seat' })
		.getAttribute('href');
	const seat = compare!.replace('/compare', '');

	await page.goto('/assessments/new');
	await page.getByLabel('Seat').selectOption({ label: 'Managed IT & Security (service provider seat)' });
	await page.getByLabel('Provider').selectOption({ label: 'Blue Harbor MSP' });
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('To pass:')).toBeVisible();
	const draft = new URL(page.url()).pathname.replace('/values', '');

	const screens = [
		'/',
		result,
		compare!,
		seat,
		'/chart',
		'/organization',
		'/organization/new',
		'/organization/checklist',
		'/seats/new',
		'/providers',
		'/providers/new',
		'/assessments/new',
		`${draft}/values`,
		`${draft}/gwc`,
		`${draft}/q-q01`,
		`${draft}/fit`,
		`${draft}/review`,
		'/account',
		'/account/members',
		'/sync',
		'/about'
	];
	for (const screen of screens) {
		await test.step(screen, async () => {
			await page.goto(screen);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByText(/^Loading/)).toHaveCount(0);
			await app.expectNoAxeViolations();
			await app.expectTapTargets();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
		});
	}

	await test.step('chart with a seat panel open and a delete confirmation', async () => {
		await page.goto('/chart');
		await page.getByRole('button', { name: 'Delete Finance' }).click();
		await app.expectNoAxeViolations();
	});

	await test.step('review with the list of what is missing', async () => {
		await page.goto(`${draft}/review`);
		await page.getByRole('button', { name: 'Submit assessment' }).click();
		await expect(page.getByRole('heading', { name: /Not submitted yet/ })).toBeVisible();
		await app.expectNoAxeViolations();
	});
});

test('keyboard only: skip link, GWC choices and next step, with a visible focus ring', async ({ page }) => {
	const app = new App(page);
	await app.openExample();
	await page.goto('/assessments/new');
	await page.getByLabel('Seat').selectOption({ label: 'Managed IT & Security (service provider seat)' });
	await page.getByLabel('Provider').selectOption({ label: 'Blue Harbor MSP' });
	await page.getByRole('button', { name: 'Start' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText('To pass:')).toBeVisible();
	await page.goto(page.url().replace('/values', '/gwc'));
	await expect(page.getByRole('heading', { name: 'GWC', exact: true })).toBeVisible();

	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	const yes = page.getByRole('group', { name: 'Get it?' }).getByRole('radio', { name: 'Yes' });
	for (let i = 0; i < 40 && !(await yes.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(yes).toBeFocused();
	await page.keyboard.press('Space');
	await expect(yes).toBeChecked();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('group', { name: 'Get it?' }).getByRole('radio', { name: 'No' })).toBeChecked();
	// The whole choice shows the focus ring, not only the small radio.
	const ring = await page.locator('.option:focus-within').evaluate((el) => getComputedStyle(el).outlineWidth);
	expect(ring).toBe('3px');
	await expect(page.getByText('Draft saved', { exact: true })).toBeVisible();
	const next = page.getByRole('link', { name: /^Next/ });
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/step\/q-q01$/);
});

test('signed-in account screens: invitation, members with owner controls, confirmations, sign-out warning', async ({
	page,
	browser,
	context,
	baseURL
}) => {
	test.setTimeout(90_000);
	const ana = await newUser(baseURL!, 'ana');
	const bo = await newUser(baseURL!, 'bo');
	const org = await ana.client.collection('organizations').create({ name: 'Axe Co', kind: 'msp' });
	await ana.client
		.collection('invitations')
		.create({ organization: org.id, email: bo.email, role: 'editor' });
	const checkScreen = async (app: App) => {
		await expect(app.page.getByText(/^Loading/)).toHaveCount(0);
		await app.expectNoAxeViolations();
		await app.expectTapTargets();
	};

	const boContext = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
	const boApp = new App(await boContext.newPage());
	await boApp.signIn(bo.email, PASSWORD, 'bo');
	await expect(boApp.page.getByRole('button', { name: 'Accept the invitation as editor' })).toBeVisible();
	await checkScreen(boApp);
	await boApp.page.getByRole('button', { name: 'Accept the invitation as editor' }).click();
	await expect(boApp.page.getByText('Axe Co (open)')).toBeVisible();
	await boContext.close();

	const app = new App(page);
	await app.signIn(ana.email, PASSWORD, 'ana');
	await checkScreen(app);
	await app.openOrganization('Axe Co');
	await page.goto('/account/members');
	await expect(page.getByText('bo — Editor')).toBeVisible();
	await checkScreen(app);
	await page.getByRole('button', { name: 'Transfer ownership… to bo' }).click();
	await checkScreen(app);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await page.getByRole('button', { name: 'Leave this organization…' }).click();
	await checkScreen(app);
	await page.getByRole('button', { name: 'Cancel' }).click();

	await app.waitForServiceWorker();
	await context.setOffline(true);
	await page.goto('/organization/checklist');
	await page.getByRole('textbox', { name: 'Question 1', exact: true }).fill('Reworded offline?');
	await page.getByRole('button', { name: 'Save as version 2' }).click();
	await expect(page.getByText('Checklist version 2 saved')).toBeVisible();
	await page.getByRole('link', { name: 'Account' }).click();
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('alert')).toContainText('has not reached the server');
	await checkScreen(app);
	await context.setOffline(false);
});
