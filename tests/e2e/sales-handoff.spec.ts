// Sales mode (issue 11, docs/sales-mode.md): the hand-off is reachable without a URL. The
// prospect's owner, once they accepted the rep's invitation, finds "Take over this workspace" on
// their Home, takes it over, and later changes what the MSP keeps from the same card. Tablet
// viewports: present mode, the workspace page and the gap view at 820×1180 and 1024×768.
import { expect, test } from '@playwright/test';
import { App } from './pages/app';
import { newUser, PASSWORD } from './sync-lab.fixture';

test('the prospect owner finds the take-over on Home, takes over, then changes what the MSP keeps', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const rep = await newUser(baseURL!, 'rep');
	const prospect = await newUser(baseURL!, 'dana');
	const msp = await rep.client.collection('organizations').create({ name: 'Convergent IT', kind: 'msp' });
	const workspace = await rep.client
		.collection('organizations')
		.create({ name: 'Harbor Dental', kind: 'business', msp: msp.id });
	const invitation = await rep.client
		.collection('invitations')
		.create({ organization: workspace.id, email: prospect.email, role: 'owner', invited_by: rep.id });
	await prospect.client.send(`/api/rightseat/invitations/${invitation.id}/accept`, { method: 'POST' });

	const app = new App(page);
	await app.start();
	await app.signIn(prospect.email, PASSWORD, 'dana');
	await app.openOrganization('Harbor Dental');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
	const card = page.getByRole('region', { name: 'Take over this workspace' });
	await expect(card).toContainText(
		'Your IT provider set this up for you. Take it over: choose what they keep.'
	);
	// the MSP's own name is not readable by the prospect (rules), so it is never on screen
	await expect(page.getByText('Convergent IT')).toHaveCount(0);
	await app.expectNoAxeViolations();
	await app.expectTapTargets();
	await page.screenshot({ path: '/tmp/sales-home-takeover-360.png', fullPage: true });

	await card.getByRole('link', { name: 'Take over: choose what they keep' }).click();
	await expect(page.getByRole('heading', { name: 'Take over this workspace' })).toBeVisible();
	await app.choose('The MSP keeps', 'Read-only access');
	await page.getByRole('button', { name: 'Take over' }).click();
	await expect(page.getByText('Done: the workspace is yours.')).toBeVisible();
	expect((await prospect.client.collection('organizations').getOne(workspace.id)).msp_access).toBe('viewer');

	// Home now says what the MSP keeps, and the card leads back to the choice
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
	const after = page.getByRole('region', { name: 'Your workspace' });
	await expect(after).toContainText('The workspace is yours. Your IT provider keeps read-only access.', {
		timeout: 30_000
	});
	await app.expectNoAxeViolations();
	await after.getByRole('link', { name: 'Change what they keep' }).click();
	await expect(page.getByRole('heading', { name: 'What your MSP keeps' })).toBeVisible();
	await app.choose('The MSP keeps', 'Nothing');
	await page.getByRole('button', { name: 'Save the choice' }).click();
	await expect(page.getByText('Done: the workspace is yours.')).toBeVisible();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
	await expect(page.getByRole('region', { name: 'Your workspace' })).toContainText(
		'Your IT provider keeps nothing: it left their pipeline.',
		{ timeout: 30_000 }
	);
	// and the rep lost the workspace on the server
	await expect(rep.client.collection('organizations').getOne(workspace.id)).rejects.toMatchObject({
		status: 404
	});
});

for (const viewport of [
	{ width: 820, height: 1180 },
	{ width: 1024, height: 768 }
]) {
	test(`tablet ${viewport.width}×${viewport.height}: present mode uses the room; workspace and gap view read well`, async ({
		browser,
		baseURL
	}) => {
		test.setTimeout(120_000);
		const rep = await newUser(baseURL!, 'rep');
		await rep.client.collection('organizations').create({ name: 'Convergent IT', kind: 'msp' });
		const context = await browser.newContext({ viewport, hasTouch: true });
		const page = await context.newPage();
		const app = new App(page);
		await app.signIn(rep.email, PASSWORD, 'rep');
		await app.openOrganization('Convergent IT');
		await page.goto('/workspaces/new');
		await page.getByLabel('Prospect').fill('Harbor Dental');
		await page.getByRole('textbox', { name: 'Name' }).fill('Dana Reyes');
		for (const [i, line] of ['Help desk', 'Security', 'Roadmap'].entries())
			await page.getByLabel(`Responsibility ${i + 1}`).fill(line);
		await page.getByLabel('Their current provider').fill('Fixit IT');
		await page.getByRole('button', { name: 'Open the workspace' }).click();
		await expect(page.getByRole('heading', { name: 'Harbor Dental' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Gap per question' })).toBeVisible();
		await app.expectNoAxeViolations();
		await app.expectFitsViewport('the workspace page');
		await page.screenshot({ path: `/tmp/sales-workspace-${viewport.width}.png`, fullPage: true });

		await page.getByRole('button', { name: 'Start the guided session' }).click();
		await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
		await app.expectNoAxeViolations();
		await app.expectFitsViewport('present mode');
		// the column is centred and wider than the phone's 40rem, the type larger than body text
		const column = (await page.locator('main').boundingBox())!;
		expect(column.width).toBeGreaterThan(700);
		expect(Math.abs(column.x * 2 + column.width - viewport.width)).toBeLessThanOrEqual(2);
		const size = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(await size('main h1')).toBeGreaterThanOrEqual(34); // phone: 25.6 px
		expect(await size('.help')).toBeGreaterThanOrEqual(21);
		// big targets: every choice and the Back/Next buttons at least 64 px tall
		for (const target of await page.locator('.option, .nav button').all()) {
			expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(64);
		}
		await page.screenshot({ path: `/tmp/sales-present-gwc-${viewport.width}.png` });
		await app.choose('Your answer', 'Yes');
		for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByText(/^Question 4 of \d+$/)).toBeVisible();
		await app.expectNoAxeViolations();
		// the 0–4 choices sit two a row: the whole screen, Next included, fits without scrolling
		await expect(page.getByRole('button', { name: 'Next' })).toBeInViewport({ ratio: 1 });
		await page.screenshot({ path: `/tmp/sales-present-question-${viewport.width}.png` });
		await context.close();
	});
}
