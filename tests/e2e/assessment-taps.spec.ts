// The assessment on a phone: a full assessment in at most 40 taps, checklist screens that fit
// 360×740 without scrolling, a step bar that covers neither the score choices nor is covered by a
// notice, moving on after a score (focus on the new heading, Undo, keys never move on, a setting
// kept per device), question 1 answered from the core values ratings.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { App } from './pages/app';

const VALUES = ['Humble', 'Hungry', 'Smart'];
const TOP_FIVE = ['Help desk', 'Security', 'Roadmap', 'Backups', 'Vendor management'];
const SEAT = 'Managed IT & Security (service provider seat)';

async function setUp(page: Page, name: string): Promise<App> {
	const app = new App(page);
	await app.createOrganization(name, VALUES);
	await app.addSeat('Managed IT & Security', TOP_FIVE, true);
	await app.addProvider('Contoso MSP');
	await page.goto('/assessments/new');
	await page.getByLabel('Seat').selectOption({ label: SEAT });
	await page.getByLabel('Provider').selectOption({ label: 'Contoso MSP' });
	return app;
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(locator: Locator): Promise<Box> {
	const found = await locator.boundingBox();
	if (!found) throw new Error('not on screen');
	return found;
}

/** The checklist screen fits the viewport; the step bar sits above the tab bar and off the choices. */
async function expectQuestionFits(page: Page, where: string): Promise<void> {
	const { scroll, inner } = await page.evaluate(() => ({
		scroll: document.scrollingElement!.scrollHeight,
		inner: window.innerHeight
	}));
	expect(scroll, `${where}: page height`).toBeLessThanOrEqual(inner);
	const bar = await box(page.getByRole('navigation', { name: 'Assessment steps' }));
	const tabs = await box(page.getByRole('navigation', { name: 'Main' }));
	const choices = await box(page.getByRole('group', { name: 'Your score' }));
	const next = await box(page.getByRole('link', { name: /^Next/ }));
	expect(overlap(bar, choices), `${where}: step bar over the score choices`).toBe(false);
	expect(bar.y + bar.height, `${where}: step bar above the tab bar`).toBeLessThanOrEqual(tabs.y + 1);
	expect(next.y + next.height, `${where}: Next on screen`).toBeLessThanOrEqual(inner);
	const notice = page.getByRole('group', { name: 'Message' });
	if (await notice.isVisible()) {
		const shown = await box(notice);
		expect(overlap(shown, next), `${where}: notice over Next`).toBe(false);
		expect(overlap(shown, choices), `${where}: notice over the score choices`).toBe(false);
	}
}

test('a full assessment takes at most 40 taps, and no checklist screen scrolls at 360×740', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	const app = await setUp(page, 'Tap Count Dental');
	let taps = 0;
	const tap = async (target: Locator) => {
		await target.click();
		taps++;
	};
	const choice = (legend: string, option: string) =>
		page.getByRole('group', { name: legend }).getByText(option, { exact: true });
	const next = () => tap(page.getByRole('link', { name: /^Next/ }));

	await tap(page.getByRole('button', { name: 'Start' }));
	for (const value of VALUES) await tap(choice(value, '+'));
	await expect(page.getByText('These ratings also answer checklist question 1')).toContainText('4 of 4');
	await next();
	for (const legend of ['Get it?', 'Want it?', 'Capacity to do it?']) await tap(choice(legend, 'Yes'));
	await next();

	// question 1 is answered from the values ratings: nothing to ask again, Next moves on
	await app.expectQuestion(1);
	await expect(page.getByText('Scored 4 from your core values ratings')).toBeVisible();
	await expect(
		page.getByRole('group', { name: 'Your score' }).getByRole('radio', { name: '4' })
	).toBeChecked();
	await expectQuestionFits(page, 'question 1');
	await page.screenshot({ path: testInfo.outputPath('question-1-from-values.png') });
	await next();
	for (let i = 2; i <= 10; i++) {
		await app.expectQuestion(i);
		if (i > 2) await expect(page.locator('main h1')).toBeFocused();
		await expectQuestionFits(page, `question ${i}`);
		const url = page.url();
		await tap(choice('Your score', i === 7 ? 'n/a' : '3'));
		await expect(page).not.toHaveURL(url);
	}
	await expect(page.getByRole('heading', { name: 'Responsibility fit' })).toBeFocused();
	for (const line of TOP_FIVE) await tap(choice(line, '4'));
	await next();
	await tap(page.getByRole('button', { name: 'Submit assessment' }));
	await expect(page).toHaveURL(/\/assessments\/[a-z0-9]{15}\/result$/);
	await expect(page.getByRole('heading', { name: /Verdict: .*Right seat/ })).toBeVisible();
	// question 1 (4) and eight 3s, question 7 n/a: (4 + 8 × 3) / 9 / 4
	await expect(page.getByRole('heading', { name: 'Checklist score: 77.8 / 100' })).toBeVisible();
	console.log(`assessment taps: ${taps}`);
	expect(taps).toBeLessThanOrEqual(40);
});

test('moving on after a score: focus, Undo, keys stay, the setting is kept on the device', async ({
	page
}) => {
	test.setTimeout(90_000);
	const app = await setUp(page, 'Auto Advance Dental');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('To pass:')).toBeVisible();
	const draft = new URL(page.url()).pathname.replace('/step/values', '');
	await page.goto(`${draft}/step/q-q03`);
	await app.expectQuestion(3);

	// a tap moves on, focus on the new question's heading; the notice offers Undo and covers neither the choices nor Next
	await app.choose('Your score', '2');
	await expect(page).toHaveURL(/\/step\/q-q04$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(page.getByText('Score saved. Now: Question 4 of 10')).toBeVisible();
	await expectQuestionFits(page, 'question 4 with the notice');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page).toHaveURL(/\/step\/q-q03$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(
		page.getByRole('group', { name: 'Your score' }).getByRole('radio', { name: '2' })
	).toBeChecked();

	// arrow keys change the score without leaving the question
	await page.getByRole('group', { name: 'Your score' }).getByRole('radio', { name: '2' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(
		page.getByRole('group', { name: 'Your score' }).getByRole('radio', { name: '3' })
	).toBeChecked();
	await page.waitForTimeout(600);
	await expect(page).toHaveURL(/\/step\/q-q03$/);

	// turned off, a tap only scores; the choice survives a reload on this device
	await page.getByLabel('Go to the next question after a score').uncheck();
	await app.choose('Your score', '1');
	await expect(page.getByText('Draft saved', { exact: true })).toBeVisible();
	await page.waitForTimeout(600);
	await expect(page).toHaveURL(/\/step\/q-q03$/);
	await page.reload();
	await expect(page.getByLabel('Go to the next question after a score')).not.toBeChecked();
	await expect(
		page.getByRole('group', { name: 'Your score' }).getByRole('radio', { name: '1' })
	).toBeChecked();
});

test('a question screen: guidance and note fold away, axe clean, no sideways scroll at 320×640', async ({
	page
}, testInfo) => {
	test.setTimeout(90_000);
	const app = await setUp(page, 'Folded Dental');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('To pass:')).toBeVisible();
	const draft = new URL(page.url()).pathname.replace('/step/values', '');
	await page.goto(`${draft}/step/q-q06`);
	await app.expectQuestion(6);
	const guidance = page.getByText('They signed up to each responsibility');
	const note = page.getByLabel('Note (optional)');
	await expect(guidance).toBeHidden();
	await expect(note).toBeHidden();
	const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
	await shot('question-360-collapsed');
	await app.expectNoAxeViolations();
	await app.expectTapTargets();

	await page.getByText('What good looks like').click();
	await expect(guidance).toBeVisible();
	await page.getByText('Add a note').click();
	await note.fill('Pushback on the metrics in October.');
	await app.expectNoAxeViolations();
	await shot('question-360-expanded');
	await page.emulateMedia({ colorScheme: 'dark' });
	await app.expectNoAxeViolations();
	await shot('question-360-expanded-dark');
	await page.emulateMedia({ colorScheme: 'light' });

	await page.setViewportSize({ width: 320, height: 640 });
	await page.reload();
	await app.expectQuestion(6);
	await app.expectFitsViewport('question at 320×640');
	await expect(page.getByText('Your note')).toBeVisible();
	await shot('question-320-collapsed');
	await page.getByText('What good looks like').click();
	await page.getByText('Your note').click();
	await app.expectFitsViewport('question at 320×640, expanded');
	await shot('question-320-expanded');
	// 200 % text: the step bar stacks (where you are above Back / Next), nothing clipped
	await app.zoomText(200);
	await app.expectFitsViewport('question at 320×640, 200 % text');
	await expect(page.getByText('Question 6 of 10', { exact: true })).toBeVisible();
	await shot('question-320-text-200');
});
