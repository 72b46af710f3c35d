// Share links at 360×740 against the real PocketBase: the owner picks how long a link lives, creating
// one offline says it needs a connection and keeps what was chosen, a guest without an account reads
// the report (logo, verdicts, charts as images), and an expired link says so.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import PocketBase from 'pocketbase';
import { App } from './pages/app';
import { PASSWORD } from './sync-lab.fixture';

const VALUES = ['Humble', 'Hungry', 'Smart'];
const ORG = 'Logo Dental';

test('share links: expiry choice, offline creation, a guest reads the report, an expired link says so', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	const owner = new App(page);
	const email = `ana-links-${Date.now()}@rightseat.test`;
	await owner.signUp('Ana Owner', email, PASSWORD);
	await page.goto('/');
	await page.getByRole('link', { name: 'Create your organization' }).click();
	await owner.fillOrganization(ORG, VALUES);
	await owner.addSeat('Managed IT', ['Help desk'], true);
	const seatId = new URL(page.url()).pathname.split('/').pop()!;
	await owner.addProvider('Contoso MSP');
	await owner.startAssessment('Managed IT (service provider seat)', 'Contoso MSP');
	await owner.fillAssessment(VALUES, 'Help desk');

	// the organization's logo, uploaded through the API
	const api = new PocketBase(baseURL);
	api.autoCancellation(false);
	await api.collection('users').authWithPassword(email, PASSWORD);
	await expect.poll(async () => (await api.collection('organizations').getFullList()).length).toBe(1);
	const [org] = await api.collection('organizations').getFullList();
	const png = readFileSync('static/icons/icon-192.png');
	await api.collection('organizations').update(org!.id, {
		logo: new File([png], 'logo.png', { type: 'image/png' })
	});

	await page.goto(`/seats/${seatId}/report`);
	await expect(page.getByRole('heading', { name: 'Share this report' })).toBeVisible();
	await page.getByLabel('Link expires after').selectOption({ label: '7 days' });
	// the seat must reach the server before a link to it can be made
	await expect(async () => {
		await page.getByRole('button', { name: 'Create share link' }).click();
		await expect(page.getByLabel('Link address')).toBeVisible({ timeout: 2000 });
	}).toPass({ timeout: 30_000 });
	const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
	await expect(page.getByText(`expires ${inAWeek}`)).toBeVisible();
	const url = await page.getByLabel('Link address').inputValue();

	// offline: it says a connection is needed, keeps the link shown and the choice made
	await page.context().setOffline(true);
	await expect(page.getByText('You are offline. Share links need a connection')).toBeVisible();
	await page.getByLabel('Link expires after').selectOption({ label: 'Never (until revoked)' });
	await page.getByRole('button', { name: 'Create share link' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		/Share links need a connection\. Try again when you are online\.$/
	);
	await expect(page.getByLabel('Link address')).toHaveCount(1);
	await expect(page.getByLabel('Link expires after')).toHaveValue('never');
	await owner.expectNoAxeViolations();
	await owner.expectTapTargets();
	await page.locator('section.share').screenshot({ path: '/tmp/share-offline-360.png' });
	await page.context().setOffline(false);
	await expect(page.getByText('You are offline.')).toHaveCount(0);
	await page.getByRole('button', { name: 'Create share link' }).click();
	await expect(page.getByLabel('Link address')).toHaveCount(2);
	await expect(page.getByText('never expires')).toBeVisible();

	// a guest, no account: the report with the logo, the verdict and the charts as images
	const context = await browser.newContext({ viewport: page.viewportSize() });
	const guest = await context.newPage();
	await guest.goto(url);
	await expect(guest.getByRole('heading', { level: 1, name: 'Seat report: Managed IT' })).toBeVisible();
	const logo = guest.getByRole('img', { name: `Logo of ${ORG}` });
	await expect(logo).toBeVisible();
	await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	await expect(guest.getByRole('heading', { name: '#1 Contoso MSP' })).toBeVisible();
	await expect(guest.getByText('Right seat').first()).toBeVisible();
	await expect(guest.getByRole('img', { name: /^Checklist answers per question/ })).toBeVisible();
	await new App(guest).expectNoAxeViolations();
	await new App(guest).expectFitsViewport(`shared report at ${guest.viewportSize()!.width}`);
	await guest.screenshot({ path: `/tmp/share-guest-${guest.viewportSize()!.width}.png` });

	// an expired link (made through the API with a date in the past) says so, clearly
	const expired = await api.collection('share_links').create({
		organization: org!.id,
		seat: seatId,
		expires: new Date(Date.now() - 86_400_000).toISOString()
	});
	await guest.goto(`/share/${expired.token as string}`);
	await expect(guest.getByText('This link was revoked or has expired')).toBeVisible();
	await expect(guest.getByText('Contoso MSP')).toHaveCount(0);
	await new App(guest).expectNoAxeViolations();
	await context.close();
});
