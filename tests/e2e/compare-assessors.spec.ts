// Several assessors, two real people on two phones against the real PocketBase: the owner invites an
// editor, both assess the same provider for the seat, the comparison shows their consensus and the
// questions they disagree on (each person's answer and note one tap away); only the owner may record
// a consensus score, and only with a reason.
import { expect, test, type Browser, type Locator } from '@playwright/test';
import { App } from './pages/app';
import { newUser, PASSWORD } from './sync-lab.fixture';

const VALUES = ['Humble', 'Hungry', 'Smart'];
const SEAT = 'Managed IT';
const RESPONSIBILITY = 'Help desk within four hours';
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function phoneApp(browser: Browser): Promise<App> {
	const context = await browser.newContext(phone);
	return new App(await context.newPage());
}

/** Bo's assessment: values +, Get it and Want it yes, Capacity no (with a note), 1 on question 1 with a note. */
async function fillDissent(app: App): Promise<void> {
	const { page } = app;
	await expect(page.getByText('To pass:')).toBeVisible();
	for (const value of VALUES) await app.choose(value, '+');
	await app.next();
	await app.choose('Get it?', 'Yes');
	await app.choose('Want it?', 'Yes');
	await app.choose('Capacity to do it?', 'No');
	await app.next();
	for (let i = 1; i <= 10; i++) {
		await app.expectQuestion(i);
		// the note first: a score moves on to the next question by itself
		if (i === 1) {
			await page.getByText('Add a note').click();
			await page.getByLabel('Note (optional)').fill('Tickets wait two days');
		}
		await app.score(i === 1 ? '1' : i === 7 ? 'n/a' : '3');
	}
	await app.choose(RESPONSIBILITY, '2');
	await app.next();
	await page.getByRole('button', { name: 'Submit assessment' }).click();
	await expect(page).toHaveURL(/\/assessments\/[a-z0-9]{15}\/result$/);
}

/** The number in “Name: 72.5 / 100, …” of one person in the consensus list. */
async function personTotal(card: Locator, name: string): Promise<number> {
	const line = await card
		.locator('.people li')
		.filter({ hasText: `${name}:` })
		.textContent();
	return Number(/: ([\d.]+) \/ 100/.exec(line ?? '')![1]);
}

test('two assessors: consensus, disagreements with each answer and note, an owner-only override with a reason', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(240_000);
	const ana = new App(page);
	await ana.signUp('Ana Owner', `ana-consensus-${Date.now()}@rightseat.test`, PASSWORD);
	await page.goto('/');
	await page.getByRole('link', { name: 'Create your organization' }).click();
	await ana.fillOrganization('Two Views Dental', VALUES);
	await ana.addSeat(SEAT, [RESPONSIBILITY], true);
	const compareUrl = `${new URL(page.url()).pathname}/compare`;
	await ana.addProvider('Contoso MSP');

	// the owner invites an editor, who accepts on their own phone
	const bo = await newUser(baseURL!, 'bo');
	await page.goto('/account/members');
	await page.getByRole('textbox', { name: 'Email' }).fill(bo.email);
	await page.getByLabel('Role', { exact: true }).selectOption('editor');
	await page.getByRole('button', { name: 'Send invitation' }).click();
	await expect(page.getByText(`Invitation sent to ${bo.email} as editor.`)).toBeVisible();
	const boApp = await phoneApp(browser);
	await boApp.signIn(bo.email, PASSWORD, 'bo');
	await boApp.page.getByRole('button', { name: 'Accept the invitation as editor' }).click();
	await expect(boApp.page.getByText('Two Views Dental (open)')).toBeVisible();

	// both assess Contoso MSP for the seat
	await ana.startAssessment(`${SEAT} (service provider seat)`, 'Contoso MSP');
	await ana.fillAssessment(VALUES, RESPONSIBILITY);
	await expect(async () => {
		await boApp.page.goto('/assessments/new');
		await boApp.page
			.getByLabel('Seat')
			.selectOption({ label: `${SEAT} (service provider seat)` }, { timeout: 2000 });
		await boApp.page.getByLabel('Provider').selectOption({ label: 'Contoso MSP' }, { timeout: 2000 });
	}).toPass({ timeout: 30_000 });
	await boApp.page.getByRole('button', { name: 'Start' }).click();
	await fillDissent(boApp);

	// the owner's comparison: both people, the median, the disagreements
	await page.goto(compareUrl!);
	// 768 px and wider: the table replaces the cards, the assessors' panels sit under it
	const wide = page.viewportSize()!.width >= 768;
	const card = wide
		? page.locator('.wide').getByRole('region', { name: '#1 Contoso MSP' })
		: page.locator('.cards').getByRole('article', { name: /Contoso MSP/ });
	await expect(async () => {
		await page.reload();
		await expect(card.getByRole('heading', { name: 'Assessors: 2 assessors' })).toBeVisible({
			timeout: 2000
		});
	}).toPass({ timeout: 45_000 });
	await expect(card.locator('.people li')).toHaveCount(2);
	const table = page.getByRole('table', { name: 'Providers side by side, best first' });
	if (wide) {
		await expect(table.getByRole('row', { name: /^Assessors/ }).getByRole('cell')).toHaveText(
			/^2 · ⚠ disagree on 2$/
		);
		await expect(page.locator('.cards')).toBeHidden();
	}
	const mine = await personTotal(card, 'You');
	const bos = await personTotal(card, 'bo');
	expect(bos).toBeLessThan(mine);
	const median = Math.round(((mine + bos) / 2) * 10) / 10;
	await expect(card.getByText(`Consensus: ${median} / 100 (median of the totals)`)).toBeVisible();
	// one says right seat, the other wrong seat: undecided until a decision
	const verdict = wide
		? table.getByRole('row', { name: /^Verdict/ }).getByRole('cell')
		: card.locator('.verdict');
	await expect(verdict).toContainText('Undecided');
	await expect(card.getByText('They disagree on 2:')).toBeVisible();
	const capacity = card.locator('details').filter({ hasText: 'Capacity to do it — 1 yes, 1 no' });
	const q1 = card.locator('details').filter({ hasText: '— Scores range from 1 to 3.' });
	await expect(q1.getByRole('listitem')).toBeHidden();
	await q1.locator('summary').click();
	await expect(q1.getByRole('listitem')).toHaveCount(2);
	await expect(q1.getByRole('listitem').filter({ hasText: 'You:' })).toHaveText('You: 3 of 4');
	await expect(q1.getByRole('listitem').filter({ hasText: 'bo:' })).toHaveText(
		'bo: 1 of 4 — “Tickets wait two days”'
	);
	await capacity.locator('summary').click();
	await expect(capacity.getByRole('listitem').filter({ hasText: 'bo: no' })).toBeVisible();
	await ana.expectNoAxeViolations();
	await ana.expectTapTargets();
	await ana.expectFitsViewport(`comparison with two assessors at ${page.viewportSize()!.width}`);
	await card.screenshot({ path: '/tmp/compare-assessors-card.png' });

	// the owner records a consensus score: without a reason it is refused, field named, nothing lost
	await page.getByLabel('Provider for this seat').selectOption({ label: 'Contoso MSP' });
	await page.getByRole('textbox', { name: 'Why', exact: true }).fill('Best of the two, watch the help desk');
	await page.getByLabel('Consensus score (optional, 0–100)').fill('70');
	await page.getByRole('button', { name: 'Record decision' }).click();
	await expect(page.getByText('Give the reason for the consensus score.')).toBeVisible();
	await expect(page.getByLabel('Consensus score (optional, 0–100)')).toHaveValue('70');
	await expect(page.locator('.history').getByRole('listitem')).toHaveCount(0);
	await page.getByLabel('Reason for the consensus score').fill('Bo saw the ticket backlog first-hand');
	await page.getByRole('button', { name: 'Record decision' }).click();
	await expect(page.getByText('Decision recorded.')).toBeVisible();
	await expect(card.getByText(`Consensus: 70 / 100 (median ${median} / 100)`)).toBeVisible();
	await expect(card.locator('.override')).toContainText(
		/Consensus score set to 70 by You,\s+\d{4}-\d\d-\d\d \d\d:\d\d: “Bo saw the ticket backlog first-hand”/
	);
	await ana.expectNoAxeViolations();
	await page.screenshot({
		path: `/tmp/compare-assessors-${page.viewportSize()!.width}.png`,
		fullPage: true
	});

	// the editor sees the override, by name, and no way to set one
	await boApp.page.goto(compareUrl!);
	const boCard = boApp.page.locator('.cards').getByRole('article', { name: /Contoso MSP/ });
	await expect(async () => {
		await boApp.page.reload();
		await expect(boCard.locator('.override')).toContainText('by Ana Owner', { timeout: 2000 });
	}).toPass({ timeout: 45_000 });
	await expect(boApp.page.getByLabel('Consensus score (optional, 0–100)')).toHaveCount(0);
	await expect(boApp.page.getByText('Only an owner can set a consensus score')).toBeVisible();
	await boApp.expectNoAxeViolations();
	await boApp.page.screenshot({ path: '/tmp/compare-assessors-editor-360.png', fullPage: true });
	await boApp.page.context().close();
});
