// The whole sales journey of issue 11 against the real PocketBase, two kinds of device: the rep on a
// phone (360×740), the prospect's people each on their own tablet (820×1180). The rep opens the
// workspace, runs the guided session offline, syncs (checked through the superuser REST API), the
// MSP scores itself and the gap shows; then a blind round for two of the prospect's people, who
// cannot see each other's answers until both submitted (on screen and through their own REST
// tokens); the round reveals itself and the disagreements show; the rep hands off to the prospect's
// owner, who keeps the MSP as a viewer; the rep's private note is nowhere on the prospect's side.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ClientResponseError } from 'pocketbase';
import { App } from './pages/app';
import { superuser } from './superuser.fixture';
import { newUser, PASSWORD } from './sync-lab.fixture';

const TOP_FIVE = ['Help desk', 'Security', 'Roadmap'];
const NOTE = 'Owner hesitated: backups never tested.';
const BLIND = 'answers stay hidden until everyone listed has submitted or an owner reveals them';
const tablet = { viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true };

async function tabletApp(browser: Browser): Promise<App> {
	return new App(await (await browser.newContext(tablet)).newPage());
}

/** The status code of a refused request (0 when it was not refused). */
async function refused(request: Promise<unknown>): Promise<number> {
	return request.then(
		() => 0,
		(e: unknown) => (e as ClientResponseError).status
	);
}

/** The guided session: GWC (want = no), every question `score`, every line of the top five 2. */
async function answerSession(page: Page, app: App, score: string): Promise<void> {
	const progress = page.getByText(/^Question \d+ of \d+$/);
	const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
	for (let i = 1; i <= total; i++) {
		await expect(page.getByText(`Question ${i} of ${total}`)).toBeVisible();
		if (i <= 3) await app.choose('Your answer', i === 2 ? 'No' : 'Yes');
		else await app.choose('Your score, 0 to 4', i <= 13 ? score : '2');
		if (i === 4) {
			await page.getByRole('button', { name: 'Rep' }).click();
			await page.getByLabel('Private note (your team only)').fill(NOTE);
		}
		await page.getByRole('button', { name: 'Next' }).click();
	}
}

/** One prospect person's own assessment (the workspace has no core values: GWC, then the ten). */
async function assess(app: App, capacity: 'Yes' | 'No', first: string, note: string): Promise<void> {
	const { page } = app;
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('To pass:')).toBeVisible();
	await app.next();
	await app.choose('Get it?', 'Yes');
	await app.choose('Want it?', 'Yes');
	await app.choose('Capacity to do it?', capacity);
	await app.next();
	for (let i = 1; i <= 10; i++) {
		await app.expectQuestion(i);
		if (i === 1) {
			await page.getByText('Add a note').click();
			await page.getByLabel('Note (optional)').fill(note);
		}
		await app.score(i === 1 ? first : '3');
	}
	await expect(page.getByRole('heading', { name: 'Responsibility fit' })).toBeVisible();
	await app.next();
	await page.getByRole('button', { name: 'Submit assessment' }).click();
	await expect(page).toHaveURL(/\/assessments\/[a-z0-9]{15}\/result$/);
}

test('the sales journey: offline session, gap, blind round of two, reveal, hand-off', async ({
	page,
	browser,
	context,
	baseURL
}) => {
	test.setTimeout(420_000);
	const admin = await superuser(baseURL!);
	const rep = await newUser(baseURL!, 'rep');
	const [dana, kim, lee] = await Promise.all([
		newUser(baseURL!, 'dana'),
		newUser(baseURL!, 'kim'),
		newUser(baseURL!, 'lee')
	]);
	const msp = await rep.client.collection('organizations').create({ name: 'Convergent IT', kind: 'msp' });
	const app = new App(page);
	await app.start();
	await app.waitForServiceWorker();
	await app.signIn(rep.email, PASSWORD, 'rep');
	await app.openOrganization('Convergent IT');

	// 1. the rep opens the prospect's workspace
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Prospects' }).click();
	await page.getByRole('link', { name: 'New prospect' }).click();
	await page.getByLabel('Prospect').fill('Harbor Dental');
	await page.getByRole('textbox', { name: 'Name' }).fill('Dana Reyes');
	await page.getByLabel('Role').fill('Owner');
	await page.getByLabel('Email').fill(dana.email);
	for (const [i, line] of TOP_FIVE.entries()) await page.getByLabel(`Responsibility ${i + 1}`).fill(line);
	await page.getByLabel('Their current provider').fill('Fixit IT');
	await page.getByRole('button', { name: 'Open the workspace' }).click();
	await expect(page.getByRole('heading', { name: 'Harbor Dental' })).toBeVisible();
	const workspaceId = new URL(page.url()).pathname.split('/')[2]!;
	const inWorkspace = { filter: `organization = "${workspaceId}"` };
	await expect
		.poll(async () => (await admin.collection('providers').getFullList(inWorkspace)).length, {
			timeout: 30_000
		})
		.toBe(2);
	await app.expectNoAxeViolations();

	// 2. the guided session across the desk, offline; nothing reaches the server until back online
	await context.setOffline(true);
	await page.getByRole('button', { name: 'Start the guided session' }).click();
	await expect(page).toHaveURL(/\/present\/[a-z0-9]{15}$/);
	const sessionId = new URL(page.url()).pathname.split('/')[2]!;
	await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
	await app.expectNoAxeViolations();
	await page.screenshot({ path: '/tmp/journey-present-360.png' });
	await answerSession(page, app, '1');
	await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();
	await app.expectNoAxeViolations();
	await page.getByRole('button', { name: 'Finish the session' }).click();
	await expect(page.getByRole('heading', { name: 'Harbor Dental' })).toBeVisible();
	expect(await refused(admin.collection('assessments').getOne(sessionId))).toBe(404);
	await context.setOffline(false);
	await expect
		.poll(
			async () =>
				(
					await admin
						.collection('assessments')
						.getOne(sessionId)
						.catch(() => null)
				)?.status,
			{
				timeout: 30_000
			}
		)
		.toBe('submitted');
	await expect
		.poll(
			async () =>
				(await admin.collection('msp_notes').getFullList({ filter: `workspace = "${workspaceId}"` })).length,
			{
				timeout: 30_000
			}
		)
		.toBeGreaterThan(0);
	const note = (
		await admin.collection('msp_notes').getFullList({ filter: `workspace = "${workspaceId}"` })
	)[0]!;
	expect([note.organization, note.text]).toEqual([msp.id, NOTE]);
	expect((await admin.collection('organizations').getOne(workspaceId)).stage).toBe('assessed');

	// 3. the MSP scores itself on the usual assessment screens, against the prospect's seat; the gap shows
	const session = await admin.collection('assessments').getOne(sessionId);
	const providers = await admin.collection('providers').getFullList(inWorkspace);
	const incumbent = providers.find((p) => !p.msp_self)!;
	await page.getByRole('button', { name: 'Score ourselves' }).click();
	// the workspace has no core values yet: the steps start at GWC
	await expect(page).toHaveURL(/\/assessments\/[a-z0-9]{15}\/step\/gwc$/);
	for (const legend of ['Get it?', 'Want it?', 'Capacity to do it?']) await app.choose(legend, 'Yes');
	await app.next();
	for (let i = 1; i <= 10; i++) {
		await app.expectQuestion(i);
		await app.score('4');
	}
	await expect(page.getByRole('heading', { name: 'Responsibility fit' })).toBeVisible();
	for (const line of TOP_FIVE) await app.choose(line, '4');
	await app.next();
	await page.getByRole('button', { name: 'Submit assessment' }).click();
	await expect(page).toHaveURL(/\/assessments\/[a-z0-9]{15}\/result$/);
	await page.goto(`/workspaces/${workspaceId}`);
	const gapRow = page.getByRole('row', { name: /Does the provider share our core values\?/ });
	await expect(async () => {
		await page.reload();
		await expect(gapRow.getByRole('cell')).toHaveText(['1', '4', '+3'], { timeout: 2000 });
	}).toPass({ timeout: 45_000 });
	await app.expectNoAxeViolations();

	// 4. two of the prospect's people join the workspace, each on their own tablet
	for (const person of [kim, lee])
		await rep.client
			.collection('invitations')
			.create({ organization: workspaceId, email: person.email, role: 'editor', invited_by: rep.id });
	const kimApp = await tabletApp(browser);
	const leeApp = await tabletApp(browser);
	for (const [who, person] of [
		[kimApp, kim],
		[leeApp, lee]
	] as const) {
		await who.signIn(person.email, PASSWORD, person === kim ? 'kim' : 'lee');
		await who.page.getByRole('button', { name: 'Accept the invitation as editor' }).click();
		await expect(who.page.getByText('Harbor Dental (open)')).toBeVisible();
	}

	// 5. the rep sets up the blind round on the incumbent: a field-named refusal first, then the two
	const round = page.getByRole('region', { name: 'Blind scoring' });
	await expect(async () => {
		await page.reload();
		await expect(round.getByRole('checkbox', { name: /^lee/ })).toBeVisible({ timeout: 2000 });
	}).toPass({ timeout: 45_000 });
	await round.getByRole('button', { name: 'Score blind' }).click();
	await expect(round.getByText('Tick at least one person who is expected to score.')).toBeVisible();
	await round.getByRole('checkbox', { name: /^kim/ }).check();
	await round.getByRole('checkbox', { name: /^lee/ }).check();
	await app.expectNoAxeViolations();
	await app.expectTapTargets();
	await round.getByRole('button', { name: 'Score blind' }).click();
	await expect(round.getByText(BLIND)).toBeVisible();
	await expect(round.getByRole('listitem')).toHaveText([/^kim/, /^lee/]);
	await expect
		.poll(async () => (await admin.collection('providers').getOne(incumbent.id)).blind_assessors.length, {
			timeout: 30_000
		})
		.toBe(2);
	// while blind, the incumbent's scores leave the gap (the rep's own session included)
	await expect(gapRow.getByRole('cell').first()).not.toHaveText('1');
	// the owner may reveal early, after a confirm step (cancelled here: the round reveals itself)
	await round.getByRole('button', { name: 'Reveal now' }).click();
	await expect(round.getByText("Reveal everyone's answers now?")).toBeVisible();
	await app.expectNoAxeViolations();
	await page.screenshot({ path: '/tmp/journey-blind-owner-360.png', fullPage: true });
	await round.getByRole('button', { name: 'Cancel' }).click();

	// 6. Kim scores first; Lee sees the round, not Kim's answers (screen and REST)
	const providerUrl = `/providers/${incumbent.id}`;
	for (const who of [kimApp, leeApp]) {
		await expect(async () => {
			await who.page.goto(providerUrl);
			await expect(who.page.getByText(BLIND)).toBeVisible({ timeout: 2000 });
		}).toPass({ timeout: 45_000 });
	}
	const kimRound = kimApp.page.getByRole('region', { name: 'Blind scoring' });
	await expect(kimRound.getByText('Your assessment: not started yet.')).toBeVisible();
	await kimApp.expectNoAxeViolations();
	await kimApp.page.screenshot({ path: '/tmp/journey-blind-assessor-820.png', fullPage: true });
	await kimRound.getByRole('link', { name: 'Assess Fixit IT' }).click();
	await assess(kimApp, 'Yes', '3', 'Fast enough for us');
	const kimAssessment = new URL(kimApp.page.url()).pathname.split('/')[2]!;
	await kimApp.page.goto(providerUrl);
	await expect(kimRound.getByText('Your assessment: submitted.')).toBeVisible();
	await expect
		.poll(
			async () =>
				(
					await admin
						.collection('assessments')
						.getOne(kimAssessment)
						.catch(() => null)
				)?.status,
			{
				timeout: 30_000
			}
		)
		.toBe('submitted');
	expect(await refused(lee.client.collection('assessments').getOne(kimAssessment))).toBe(404);
	expect(await refused(kim.client.collection('assessments').getOne(sessionId))).toBe(404);
	expect(
		(await lee.client.collection('assessments').getFullList({ filter: `provider = "${incumbent.id}"` }))
			.length
	).toBe(0);
	const seatUrl = `/seats/${session.seat}/compare`;
	await leeApp.page.goto(seatUrl);
	const leeIncumbent = leeApp.page.locator(`#provider-${incumbent.id}`);
	await expect(leeIncumbent.getByText(BLIND)).toBeVisible();
	await expect(leeApp.page.getByText('Fast enough for us')).toHaveCount(0);
	await leeApp.expectNoAxeViolations();

	// 7. Lee scores too: the round reveals itself, the disagreements show with each answer and note
	await leeApp.page.goto(providerUrl);
	await leeApp.page
		.getByRole('region', { name: 'Blind scoring' })
		.getByRole('link', { name: 'Assess Fixit IT' })
		.click();
	await assess(leeApp, 'No', '0', 'Tickets wait two days');
	await expect
		.poll(async () => (await admin.collection('providers').getOne(incumbent.id)).revealed, {
			timeout: 30_000
		})
		.toBe(true);
	await expect
		.poll(
			async () =>
				(
					await lee.client
						.collection('assessments')
						.getOne(kimAssessment)
						.catch(() => null)
				)?.id
		)
		.toBe(kimAssessment);
	await leeApp.page.goto(providerUrl);
	const leeRound = leeApp.page.getByRole('region', { name: 'Blind scoring' });
	await expect(async () => {
		await leeApp.page.reload();
		await expect(leeRound.getByRole('link', { name: 'See where you disagree' })).toBeVisible({
			timeout: 2000
		});
	}).toPass({ timeout: 45_000 });
	await leeRound.getByRole('link', { name: 'See where you disagree' }).click();
	// the comparison's route reads its records before it draws: reloading sooner reloads this page
	await expect(leeApp.page).toHaveURL(/\/seats\/[^/]+\/compare/);
	// a tablet: the table, and beside it each assessor's answers
	const card = leeApp.page.getByRole('region', { name: /^#\d Fixit IT$/ });
	await expect(async () => {
		await leeApp.page.reload();
		await expect(card.getByRole('heading', { name: 'Assessors: 3 assessors' })).toBeVisible({
			timeout: 2000
		});
	}).toPass({ timeout: 45_000 });
	const capacity = card.locator('details').filter({ hasText: /Capacity to do it — \d yes, 1 no/ });
	await capacity.locator('summary').click();
	await expect(capacity.getByRole('listitem').filter({ hasText: 'You: no' })).toBeVisible();
	const q1 = card.locator('details').filter({ hasText: /Scores range from 0 to 3/ });
	await q1.locator('summary').click();
	await expect(q1.getByRole('listitem').filter({ hasText: 'kim:' })).toHaveText(
		'kim: 3 of 4 — “Fast enough for us”'
	);
	await leeApp.expectNoAxeViolations();
	await leeApp.page.screenshot({ path: '/tmp/journey-disagreements-820.png', fullPage: true });
	await kimApp.page.context().close();
	await leeApp.page.context().close();

	// the rep's workspace: revealed, the gap back with everyone's median
	await page.reload();
	await expect(round.getByRole('link', { name: 'See where you disagree' })).toBeVisible({ timeout: 30_000 });
	await expect(gapRow.getByRole('cell')).toHaveText(['1', '4', '+3'], { timeout: 30_000 });
	await app.expectNoAxeViolations();

	// 8. hand-off: the rep invites Dana, who takes the workspace over on her tablet, the MSP kept as viewer
	await expect(page.getByLabel('Owner’s email')).toHaveValue(dana.email);
	await page.getByRole('button', { name: 'Invite to take over' }).click();
	await expect(page.getByText(`Invitation sent to ${dana.email}.`)).toBeVisible();
	const danaApp = await tabletApp(browser);
	await danaApp.signIn(dana.email, PASSWORD, 'dana');
	await danaApp.page.getByRole('button', { name: 'Accept the invitation as owner' }).click();
	// Dana's Home offers the take-over once her membership has synced
	await expect(danaApp.page.getByText('Harbor Dental (open)')).toBeVisible();
	const takeOver = danaApp.page
		.getByRole('region', { name: 'Take over this workspace' })
		.getByRole('link', { name: 'Take over: choose what they keep' });
	await expect(async () => {
		await danaApp.page.goto('/');
		await expect(takeOver).toBeVisible({ timeout: 3000 });
	}).toPass({ timeout: 45_000 });
	await takeOver.click();
	await expect(danaApp.page.getByRole('heading', { name: 'Take over this workspace' })).toBeVisible();
	await danaApp.choose('The MSP keeps', 'Read-only access');
	await danaApp.expectNoAxeViolations();
	await danaApp.page.screenshot({ path: '/tmp/journey-takeover-820.png', fullPage: true });
	await danaApp.page.getByRole('button', { name: 'Take over' }).click();
	await expect(danaApp.page.getByText('Done: the workspace is yours.')).toBeVisible();

	// 9. after hand-off: everything of the workspace is Dana's, the rep's note nowhere on her side
	const handedOver = await admin.collection('organizations').getOne(workspaceId);
	expect([handedOver.msp_access, handedOver.handed_off !== '']).toEqual(['viewer', true]);
	const everyAssessment = await admin.collection('assessments').getFullList(inWorkspace);
	expect(everyAssessment.length).toBe(4);
	expect((await dana.client.collection('assessments').getFullList(inWorkspace)).length).toBe(4);
	expect((await dana.client.collection('providers').getFullList(inWorkspace)).length).toBe(2);
	expect(await dana.client.collection('msp_notes').getFullList()).toEqual([]);
	expect(await refused(dana.client.collection('msp_notes').getOne(note.id))).toBe(404);
	const expanded = await dana.client
		.collection('assessments')
		.getOne(sessionId, { expand: 'msp_notes_via_assessment' });
	expect(expanded.expand?.msp_notes_via_assessment).toBeUndefined();
	for (const path of [`/assessments/${sessionId}/result`, seatUrl]) {
		await danaApp.page.goto(path);
		await expect(danaApp.page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(danaApp.page.getByText(NOTE)).toHaveCount(0);
	}
	await danaApp.expectNoAxeViolations();
	await danaApp.page.context().close();

	// the rep keeps read-only access: reads the workspace, cannot change it
	expect((await rep.client.collection('organizations').getOne(workspaceId)).name).toBe('Harbor Dental');
	expect([403, 404]).toContain(
		await refused(rep.client.collection('providers').update(incumbent.id, { notes: 'x' }))
	);
	expect((await rep.client.collection('msp_notes').getOne(note.id)).text).toBe(NOTE);
	// and the rep's screen says so once the hand-off has synced: no stage to change, no session to start
	await page.reload();
	const handedOff = page.getByText('took this workspace over on');
	await expect(handedOff).toBeVisible({ timeout: 45_000 });
	await expect(handedOff).toContainText('you keep read-only access');
	await expect(page.getByRole('button', { name: 'Start the guided session' })).toHaveCount(0);
	await expect(page.getByLabel('Stage')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Invite to take over' })).toHaveCount(0);
	await expect(gapRow.getByRole('cell')).toHaveText(['1', '4', '+3'], { timeout: 30_000 });
	await app.expectNoAxeViolations();
});
