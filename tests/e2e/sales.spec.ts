// Sales mode (issue 11, docs/sales-mode.md) at 360×740 against the real PocketBase: a rep opens a
// prospect workspace, runs the guided session in present mode with the network off (private notes
// included), everything syncs when the network returns; the prospect's own account cannot read the
// notes (REST) nor see them on screen; the pipeline shows the gap.
import { expect, test, type Page } from '@playwright/test';
import { ClientResponseError } from 'pocketbase';
import { App } from './pages/app';
import { newUser, PASSWORD, submitTopMarks } from './sync-lab.fixture';

const TOP_FIVE = ['Help desk', 'Security', 'Roadmap'];
const NOTE = 'Owner hesitated: backups never tested.';

/** Answers every screen of the guided session: GWC yes/no, each question `score`, each line `fit`. */
async function answerSession(page: Page, app: App, score: string, fit: string) {
	const progress = page.getByText(/^Question \d+ of \d+$/);
	const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
	expect(total).toBe(3 + 10 + TOP_FIVE.length);
	for (let i = 1; i <= total; i++) {
		await expect(page.getByText(`Question ${i} of ${total}`)).toBeVisible();
		if (i <= 3) await app.choose('Your answer', i === 2 ? 'No' : 'Yes');
		else await app.choose('Your score, 0 to 4', i <= 13 ? score : fit);
		await page.getByRole('button', { name: 'Next' }).click();
	}
}

test('a rep runs a prospect session offline; notes sync, stay private, and the pipeline shows the gap', async ({
	page,
	browser,
	context,
	baseURL
}) => {
	test.setTimeout(180_000);
	const rep = await newUser(baseURL!, 'rep');
	const prospect = await newUser(baseURL!, 'dana');
	const msp = await rep.client.collection('organizations').create({ name: 'Convergent IT', kind: 'msp' });
	const app = new App(page);
	await app.start();
	await app.waitForServiceWorker();
	await app.signIn(rep.email, PASSWORD, 'rep');
	await app.openOrganization('Convergent IT');

	// the pipeline (a tab for MSPs), empty, then a new prospect
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Prospects' }).click();
	await expect(page.getByRole('heading', { name: 'Prospects' })).toBeVisible();
	await expect(page.getByText('No prospects yet.')).toBeVisible();
	await page.getByRole('link', { name: 'New prospect' }).click();
	await page.getByLabel('Prospect').fill('Harbor Dental');
	await page.getByRole('textbox', { name: 'Name' }).fill('Dana Reyes');
	await page.getByLabel('Role').fill('Owner');
	await page.getByLabel('Email').fill('not-an-address');
	for (const [i, line] of TOP_FIVE.entries()) await page.getByLabel(`Responsibility ${i + 1}`).fill(line);
	await page.getByRole('button', { name: 'Open the workspace' }).click();
	// bad input: named fields, nothing saved
	await expect(page.getByText('Enter an email address.')).toBeVisible();
	await expect(page.getByText('Name the current provider.')).toBeVisible();
	await page.getByLabel('Email').fill(prospect.email);
	await page.getByLabel('Their current provider').fill('Fixit IT');
	await page.getByRole('button', { name: 'Open the workspace' }).click();
	await expect(page.getByRole('heading', { name: 'Harbor Dental' })).toBeVisible();
	const workspaceId = new URL(page.url()).pathname.split('/')[2]!;
	await app.expectNoAxeViolations();
	await app.expectTapTargets();

	// the workspace reaches the server; the rep invites the prospect's owner, who accepts on their phone
	await expect
		.poll(
			async () =>
				(await rep.client.collection('providers').getFullList({ filter: `organization = "${workspaceId}"` }))
					.length,
			{ timeout: 30_000 }
		)
		.toBe(2);
	await expect(page.getByLabel('Owner’s email')).toHaveValue(prospect.email);
	await page.getByRole('button', { name: 'Invite to take over' }).click();
	await expect(page.getByText(`Invitation sent to ${prospect.email}.`)).toBeVisible();
	const prospectContext = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
	const prospectPage = await prospectContext.newPage();
	const prospectApp = new App(prospectPage);
	await prospectApp.signIn(prospect.email, PASSWORD, 'dana');
	await prospectPage.getByRole('button', { name: 'Accept the invitation as owner' }).click();
	// a business has no pipeline tab
	await expect(prospectPage.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
		'Home',
		'Chart',
		'Providers',
		'Account'
	]);
	await expect
		.poll(async () =>
			prospect.client
				.collection('organizations')
				.getOne(workspaceId)
				.then((w) => w.name)
				.catch(() => 'not yet')
		)
		.toBe('Harbor Dental');

	// across the desk, no network
	await context.setOffline(true);
	await page.getByRole('button', { name: 'Start the guided session' }).click();
	await expect(page).toHaveURL(/\/present\/[a-z0-9]{15}$/);
	const assessmentId = new URL(page.url()).pathname.split('/')[2]!;
	await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'RightSeat' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Does your provider get it?' })).toBeVisible();
	await expect(page.getByText('What good looks like:')).toBeVisible();
	// the rep's note on the first checklist question, behind the discreet toggle
	for (let i = 0; i < 3; i++) {
		await app.choose('Your answer', 'Yes');
		await page.getByRole('button', { name: 'Next' }).click();
	}
	await expect(page.getByRole('heading', { name: 'Does the provider share our core values?' })).toBeVisible();
	await expect(page.getByLabel('Private note (your team only)')).toHaveCount(0);
	await page.getByRole('button', { name: 'Rep' }).click();
	await page.getByLabel('Private note (your team only)').fill(NOTE);
	await app.choose('Your score, 0 to 4', '1');
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.screenshot({ path: '/tmp/sales-present-360.png' });
	await app.expectNoAxeViolations();
	await app.expectTapTargets();
	await page.getByRole('button', { name: 'Back' }).click();
	await page.getByRole('button', { name: 'Back' }).click();
	await page.getByRole('button', { name: 'Back' }).click();
	await answerSession(page, app, '1', '2');
	await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();
	await app.expectNoAxeViolations();
	await page.getByRole('button', { name: 'Finish the session' }).click();
	await expect(page.getByRole('heading', { name: 'Harbor Dental' })).toBeVisible();
	// nothing reached the server while offline
	expect(
		await rep.client.collection('msp_notes').getFullList({ filter: `assessment = "${assessmentId}"` })
	).toEqual([]);

	// back online: the session and the private note sync
	await context.setOffline(false);
	await expect
		.poll(
			async () =>
				(
					await rep.client.collection('msp_notes').getFullList({ filter: `assessment = "${assessmentId}"` })
				).map((n) => [n.organization, n.workspace, n.question, n.text, n.author]),
			{ timeout: 30_000 }
		)
		.toEqual([[msp.id, workspaceId, 'q01', NOTE, rep.id]]);
	await expect
		.poll(async () => (await rep.client.collection('assessments').getOne(assessmentId)).status, {
			timeout: 30_000
		})
		.toBe('submitted');
	const session = await rep.client.collection('assessments').getOne(assessmentId);
	expect(session.gwc.want.answer).toBe('no');
	expect(Object.values(session.answers).map((a) => (a as { score: unknown }).score)).toEqual(
		Array(10).fill(1)
	);
	expect((await rep.client.collection('organizations').getOne(workspaceId)).stage).toBe('assessed');

	// the prospect's own account: the notes are not theirs to read, by any REST path
	const noteId = (await rep.client.collection('msp_notes').getFullList())[0]!.id;
	expect(await prospect.client.collection('msp_notes').getFullList()).toEqual([]);
	const view = await prospect.client
		.collection('msp_notes')
		.getOne(noteId)
		.catch((e: unknown) => e);
	expect((view as ClientResponseError).status).toBe(404);
	const expanded = await prospect.client
		.collection('assessments')
		.getOne(assessmentId, { expand: 'msp_notes_via_assessment' });
	expect(expanded.expand?.msp_notes_via_assessment).toBeUndefined();

	// the MSP scores itself (the full assessment flow is proved elsewhere: here through the API)
	const self = (
		await rep.client
			.collection('providers')
			.getFullList({ filter: `organization = "${workspaceId}" && msp_self = true` })
	)[0]!;
	await submitTopMarks(
		rep.client,
		{ organization: workspaceId, seat: session.seat, provider: self.id },
		TOP_FIVE
	);

	// the prospect, on their own device: the session is theirs to read, the rep's note is nowhere
	await prospectPage.goto(`/assessments/${assessmentId}/result`);
	await expect(prospectPage.getByRole('heading', { name: /Fixit IT in/ })).toBeVisible();
	await expect(prospectPage.getByText(NOTE)).toHaveCount(0);

	// the rep's pipeline: the stage moved on, the gap is the MSP's lead
	await page.goto('/workspaces');
	const row = page.getByRole('listitem').filter({ hasText: 'Harbor Dental' });
	await expect(row.getByText(/Gap: \+\d+ points over the incumbent/)).toBeVisible({ timeout: 30_000 });
	await expect(row.getByText('Last session today')).toBeVisible();
	await expect(row.getByLabel('Stage of Harbor Dental')).toHaveValue('assessed');
	await row.getByLabel('Stage of Harbor Dental').selectOption('proposal');
	await expect
		.poll(async () => (await rep.client.collection('organizations').getOne(workspaceId)).stage, {
			timeout: 30_000
		})
		.toBe('proposal');
	await app.expectNoAxeViolations();
	await app.expectTapTargets();
	await page.screenshot({ path: '/tmp/sales-pipeline-360.png' });

	// the gap view in the workspace
	await row.getByRole('link', { name: 'Harbor Dental' }).click();
	await expect(page.getByRole('heading', { name: 'The gap' })).toBeVisible();
	await expect(
		page.getByRole('row', { name: /Does the provider share our core values\?/ }).getByRole('cell')
	).toHaveText(['1', '4', '+3']);
	await app.expectNoAxeViolations();
	await page.screenshot({ path: '/tmp/sales-gap-360.png', fullPage: true });

	// the session's report carries the MSP's name for the rep; the prospect's copy has no such line
	// (the MSP organization is not theirs to read; its own provider record is, by its name)
	await page.goto(`/seats/${session.seat}/report`);
	await expect(page.getByText('Prepared with Harbor Dental by Convergent IT')).toBeVisible();
	await page.screenshot({ path: '/tmp/sales-report-360.png' });
	await app.expectNoAxeViolations();
	await prospectPage.goto(`/seats/${session.seat}/report`);
	await expect(prospectPage.getByRole('heading', { name: /^Seat report:/ })).toBeVisible();
	await expect(prospectPage.getByText(/Prepared with/)).toHaveCount(0);

	// hand-off: the prospect's owner takes the workspace over, the MSP keeps read-only access
	await prospectPage.goto(`/workspaces/${workspaceId}`);
	await expect(prospectPage.getByRole('heading', { name: 'Take over this workspace' })).toBeVisible();
	await expect(prospectPage.getByText(NOTE)).toHaveCount(0);
	await prospectApp.choose('The MSP keeps', 'Read-only access');
	await prospectApp.expectNoAxeViolations();
	await prospectPage.getByRole('button', { name: 'Take over' }).click();
	await expect(prospectPage.getByText('Done: the workspace is yours.')).toBeVisible();
	const handedOver = await prospect.client.collection('organizations').getOne(workspaceId);
	expect([handedOver.msp_access, handedOver.handed_off !== '']).toEqual(['viewer', true]);
	// after the hand-off the notes are still the MSP's alone
	expect(await prospect.client.collection('msp_notes').getFullList()).toEqual([]);
	expect((await rep.client.collection('msp_notes').getOne(noteId)).text).toBe(NOTE);
	await prospectContext.close();
});
