import { expect, test } from '@playwright/test';
import { App } from './pages/app';

const SEAT = 'Managed IT & Security';

test('dragging the third responsibility to the top with the pointer reorders, announces and saves', async ({
	page
}) => {
	const app = new App(page);
	await app.openExample();
	await page.goto('/chart');
	await page.getByRole('link', { name: SEAT }).click();
	const field = (n: number) => page.getByLabel(`Responsibility ${n}`, { exact: true });
	const before = await Promise.all([1, 2, 3, 4, 5].map((n) => field(n).inputValue()));
	const handle = (text: string) => page.getByRole('button', { name: `Drag to reorder: ${text}` });

	await handle(before[1] as string).scrollIntoViewIfNeeded();
	await handle(before[1] as string).evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await app.dragTo(handle(before[2] as string), handle(before[0] as string));

	const after = [before[2], before[0], before[1], before[3], before[4]] as string[];
	for (const [i, text] of after.entries()) await expect(field(i + 1)).toHaveValue(text);
	await expect(page.getByText('Moved to position 1 of 5')).toBeAttached();

	await page.getByRole('button', { name: 'Save seat' }).click();
	await expect(page.getByText('Seat saved.')).toBeVisible();
	await page.reload();
	for (const [i, text] of after.entries()) await expect(field(i + 1)).toHaveValue(text);
});

test('at 200 % text size the main screens fit the phone: no sideways scroll, nothing clipped', async ({
	page
}) => {
	const app = new App(page);
	await app.start();
	await app.zoomText(200);
	await app.expectFitsViewport('welcome');

	await app.openExample();
	await app.zoomText(200);
	await app.expectFitsViewport('result');

	await page.goto('/chart');
	await app.zoomText(200);
	await expect(page.getByRole('heading', { name: 'Accountability Chart' })).toBeVisible();
	await app.expectFitsViewport('chart');

	await page.getByRole('link', { name: SEAT }).click();
	await expect(page.getByRole('heading', { level: 1, name: SEAT })).toBeVisible();
	await app.expectFitsViewport('seat editor');

	await app.startAssessment(`${SEAT} (service provider seat)`, 'Blue Harbor MSP');
	await app.zoomText(200);
	await app.next();
	await expect(page.getByRole('group', { name: 'Get it?' })).toBeVisible();
	await app.expectFitsViewport('assessment GWC step');
	await app.next();
	await app.expectQuestion(1);
	await app.expectFitsViewport('assessment question');
});
