// Providers connected to seats, the verdict's rule, Home's seat overview and history: re-assess
// (offline, then synced), the provider timeline with before/after, and review dates — at 360×740
// against a real PocketBase.
import { expect, test, type Page } from '@playwright/test';
import { App } from './pages/app';
import { BUILTIN_CHECKLIST, newUser, PASSWORD } from './sync-lab.fixture';

const VALUES = [
	{ id: 'humble', name: 'Humble', meaning: '' },
	{ id: 'hungry', name: 'Hungry', meaning: '' },
	{ id: 'smart', name: 'Smart', meaning: '' }
];
const TOP_FIVE = ['Help desk', 'Security', 'Roadmap'];
const ANSWERS = Object.fromEntries(
	Array.from({ length: 10 }, (_, i) => [`q${String(i + 1).padStart(2, '0')}`, { score: 3, note: '' }])
);

/** A PocketBase datetime `months` months before now. */
function monthsAgo(months: number): string {
	const d = new Date();
	d.setUTCMonth(d.getUTCMonth() - months);
	return d.toISOString().replace('T', ' ');
}

async function shot(page: Page, name: string): Promise<void> {
	await page.screenshot({
		path: `test-results/screens/${name}-${page.viewportSize()!.width}.png`,
		fullPage: true
	});
}

test('a seat lists its providers, Home its seat; re-assess offline, the timeline shows before/after, all synced', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(180_000);
	const ana = await newUser(baseURL!, 'ana');
	const org = await ana.client
		.collection('organizations')
		.create({ name: 'History Dental', kind: 'business', core_values: VALUES });
	const seat = await ana.client.collection('seats').create({
		organization: org.id,
		name: 'Managed IT',
		kind: 'service_provider',
		responsibilities: TOP_FIVE
	});
	await ana.client.collection('seats').create({
		organization: org.id,
		name: 'CEO',
		kind: 'team',
		responsibilities: ['Vision']
	});
	const acme = await ana.client
		.collection('providers')
		.create({ organization: org.id, name: 'Acme IT', status: 'current' });
	// four months ago: wrong seat (capacity no), so the quarterly review is overdue
	const first = await ana.client.collection('assessments').create({
		organization: org.id,
		seat: seat.id,
		provider: acme.id,
		checklist: BUILTIN_CHECKLIST,
		assessor: ana.id,
		status: 'submitted',
		gwc: {
			get: { answer: 'yes', note: '' },
			want: { answer: 'yes', note: '' },
			capacity: { answer: 'no', note: 'Two technicians for 40 sites' }
		},
		core_values: VALUES.map((v) => ({ value_id: v.id, rating: 'plus', note: '' })),
		answers: ANSWERS,
		responsibility_fit: TOP_FIVE.map((line) => ({ responsibility: line, score: 2, note: '' })),
		summary: 'Friendly, stretched thin.',
		assessed_at: monthsAgo(4)
	});

	const app = new App(page);
	await app.start();
	await app.waitForServiceWorker();
	await app.signIn(ana.email, PASSWORD, 'ana');
	await app.openOrganization('History Dental');

	// Home: the service-provider seat with its provider, verdict, review state and a way to compare
	await page.goto('/');
	const card = page.getByRole('listitem', { name: 'Managed IT' });
	await expect(card.getByRole('link', { name: 'Acme IT' })).toBeVisible();
	await expect(card).toContainText('Wrong seat');
	await expect(card).toContainText('Overdue');
	await expect(card).toContainText('No decision recorded yet.');
	await expect(card.getByRole('link', { name: 'Compare providers for Managed IT' })).toBeVisible();
	await expect(page.getByRole('listitem', { name: 'CEO' })).toHaveCount(0);
	await shot(page, 'home');
	await app.expectNoAxeViolations();
	await app.expectTapTargets();

	// the verdict states the rule
	await page.goto(`/assessments/${first.id}/result`);
	await expect(page.getByText('Right seat needs yes on all three — Capacity is no')).toBeVisible();

	// assessing from the provider preselects its seat (two seats exist; it was assessed in one)
	await page.goto('/providers');
	await expect(page.getByRole('listitem').filter({ hasText: 'Acme IT' })).toContainText('Overdue');
	await page.getByRole('link', { name: 'Assess Acme IT' }).click();
	await expect(page.getByLabel('Seat')).toHaveValue(seat.id);
	await expect(page.getByLabel('Provider')).toHaveValue(acme.id);

	// the seat page: its provider with verdict, review state, the decision and Compare
	await page.goto(`/seats/${seat.id}`);
	const row = page.getByRole('listitem', { name: 'Acme IT' });
	await expect(row).toContainText('Wrong seat');
	await expect(row).toContainText('Capacity to do it: no');
	await expect(row).toContainText('Overdue');
	await expect(page.getByText(/No decision yet/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Compare providers', exact: true })).toBeVisible();
	await shot(page, 'seat');
	await app.expectNoAxeViolations();
	await app.expectTapTargets();

	// offline: re-assess, prefilled from the last one; only Capacity changes
	await context.setOffline(true);
	await page.reload();
	await row.getByRole('button', { name: 'Re-assess Acme IT' }).click();
	await expect(page).toHaveURL(/\/assessments\/[a-z0-9]{15}\/step\/values$/);
	const draftId = new URL(page.url()).pathname.split('/')[2]!;
	expect(draftId).not.toBe(first.id);
	await expect(page.getByRole('group', { name: 'Humble' }).locator('input[value="plus"]')).toBeChecked();
	await app.next();
	const capacity = page.getByRole('group', { name: 'Capacity to do it?' });
	await expect(capacity.getByRole('radio', { name: 'No' })).toBeChecked();
	await expect(page.getByLabel('Why? (note on Capacity to do it)')).toHaveValue(
		'Two technicians for 40 sites'
	);
	await app.choose('Capacity to do it?', 'Yes');
	await page.getByLabel('Why? (note on Capacity to do it)').fill('Hired three engineers');
	await app.next();
	for (let i = 1; i <= 10; i++) {
		await app.expectQuestion(i);
		await expect(page.getByRole('group', { name: 'Your score' }).locator('input[value="3"]')).toBeChecked();
		// a new score moves on by itself; an unchanged one is passed with Next
		if (i === 2) await app.score('4');
		else await app.next();
	}
	await expect(page.getByRole('heading', { name: 'Responsibility fit' })).toBeVisible();
	await app.next();
	await page.getByRole('button', { name: 'Submit assessment' }).click();
	await expect(page).toHaveURL(new RegExp(`/assessments/${draftId}/result$`));
	await expect(page.getByRole('heading', { name: /Verdict: .*Right seat/ })).toBeVisible();
	await expect(
		page.getByText('Right seat: yes on all three, and core values rated well enough')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Re-assess Acme IT' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Compare providers for this seat' })).toBeVisible();

	// the timeline: both assessments by date with their verdicts, before/after with changes marked
	await page.getByRole('link', { name: 'History of Acme IT' }).click();
	const timeline = page.getByRole('region', { name: 'In Managed IT' });
	const entries = timeline.getByRole('listitem');
	await expect(entries).toHaveCount(2);
	await expect(entries.nth(0)).toContainText('Right seat');
	await expect(entries.nth(1)).toContainText('Wrong seat');
	await expect(timeline).toContainText('Next review');
	await expect(timeline.getByText('2 changed')).toBeVisible();
	const capacityRow = timeline.getByRole('row', { name: /Capacity to do it\?/ });
	await expect(capacityRow).toContainText('● changed');
	await expect(capacityRow.getByRole('cell')).toHaveText(['no', 'yes']);
	const q2 = timeline.getByRole('row', { name: /^2\./ });
	await expect(q2).toContainText('▲ up');
	await expect(q2.getByRole('cell')).toHaveText(['3', '4']);
	// unchanged answers only on request
	await expect(timeline.getByRole('row', { name: /^3\./ })).toHaveCount(0);
	await timeline.getByRole('button', { name: 'Show every question' }).click();
	await expect(timeline.getByRole('row', { name: /^3\./ })).not.toContainText('changed');
	await expect(timeline.getByRole('row')).toHaveCount(14);
	await timeline.getByRole('button', { name: 'Show only what changed' }).click();
	await expect(timeline.getByRole('row')).toHaveCount(3);
	await shot(page, 'provider-timeline');
	await app.expectNoAxeViolations();
	await app.expectTapTargets();

	// back online: the re-assessment reaches the server like any assessment, the first one unchanged
	await context.setOffline(false);
	await expect
		.poll(
			async () =>
				(
					await ana.client
						.collection('assessments')
						.getFullList({ filter: `provider = "${acme.id}"`, sort: 'assessed_at' })
				).map((a) => [a.id, a.status, a.gwc.capacity.answer]),
			{ timeout: 30_000 }
		)
		.toEqual([
			[first.id, 'submitted', 'no'],
			[draftId, 'submitted', 'yes']
		]);
	const again = await ana.client.collection('assessments').getOne(draftId);
	expect(again.answers.q02.score).toBe(4);
	expect(again.answers.q03.score).toBe(3);
	expect(again.summary).toBe('Friendly, stretched thin.');

	// Home and the chart: next review, no longer overdue
	await page.goto('/');
	await expect(card).toContainText('Right seat');
	await expect(card).toContainText('Next review');
	await page.goto('/chart');
	await expect(page.getByText('Acme IT:')).toBeVisible();
	await expect(page.locator('.review-line')).toContainText('Next review');
	await shot(page, 'chart');
});

test('the owner sets how often a seat is reviewed on the seat form', async ({ page }) => {
	const app = new App(page);
	await app.openExample();
	await page.goto('/chart');
	await page.getByRole('link', { name: 'Managed IT & Security' }).click();
	const interval = page.getByLabel('Re-assess its providers');
	await expect(interval).toHaveValue('0');
	await expect(interval.locator('option:checked')).toHaveText('Every quarter (3 months)');
	const row = page.getByRole('listitem', { name: 'Northwind IT' });
	const before = await row.locator('.review').innerText();
	await interval.selectOption({ label: 'Every 12 months' });
	await page.getByRole('button', { name: 'Save seat' }).click();
	await expect(page.getByText('Seat saved.')).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Re-assess its providers')).toHaveValue('12');
	// the due date moved with the interval
	await expect(row.locator('.review')).not.toHaveText(before);
	await app.expectNoAxeViolations();
	await app.expectTapTargets();
});
