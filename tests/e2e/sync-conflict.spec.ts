import { expect, test, type Page } from '@playwright/test';
import { BUILTIN_CHECKLIST, newUser, openLab, signIn, syncUntilSettled } from './sync-lab.fixture';

/** Sets one checklist answer of the assessment on this device, keeping the others. */
async function answer(page: Page, id: string, question: string, score: number): Promise<void> {
	await page.evaluate(
		async ([assessmentId, q, s]) => {
			const { repository } = window.rightseatLab;
			const current = (await repository.get('assessments', assessmentId as string)) as {
				answers: Record<string, unknown>;
			};
			const answers = { ...current.answers, [q as string]: { score: s, note: '' } };
			await repository.update('assessments', assessmentId as string, { answers });
		},
		[id, question, score] as const
	);
}

test('two devices edit one assessment offline: different answers merge, the same answer is a kept conflict', async ({
	browser,
	baseURL
}) => {
	const ana = await newUser(baseURL!, 'ana');
	const org = await ana.client.collection('organizations').create({ name: 'Acme', kind: 'msp' });
	const seat = await ana.client
		.collection('seats')
		.create({ organization: org.id, name: 'Help desk', kind: 'team', responsibilities: ['Tickets'] });
	const provider = await ana.client
		.collection('providers')
		.create({ organization: org.id, name: 'Acme IT', status: 'current' });
	const assessment = await ana.client.collection('assessments').create({
		organization: org.id,
		seat: seat.id,
		provider: provider.id,
		checklist: BUILTIN_CHECKLIST,
		assessor: ana.id,
		status: 'draft'
	});
	const devices = await Promise.all([browser.newContext(), browser.newContext()]);
	const [phone, laptop] = await Promise.all(devices.map((context) => context.newPage()));
	for (const page of [phone!, laptop!]) {
		await openLab(page);
		await signIn(page, ana.email);
		await syncUntilSettled(page);
	}

	// different answers, offline on both
	await Promise.all(devices.map((context) => context.setOffline(true)));
	await answer(phone!, assessment.id, 'q01', 3);
	await answer(laptop!, assessment.id, 'q02', 1);
	await Promise.all(devices.map((context) => context.setOffline(false)));
	await syncUntilSettled(phone!);
	await syncUntilSettled(laptop!);
	await syncUntilSettled(phone!);
	const merged = await ana.client.collection('assessments').getOne(assessment.id);
	expect(merged.answers).toMatchObject({ q01: { score: 3 }, q02: { score: 1 } });
	const onPhone = await phone!.evaluate(
		(id) => window.rightseatLab.repository.get('assessments', id),
		assessment.id
	);
	expect(onPhone?.answers).toMatchObject({ q01: { score: 3 }, q02: { score: 1 } });

	// the same answer, differently
	await Promise.all(devices.map((context) => context.setOffline(true)));
	await answer(phone!, assessment.id, 'q03', 4);
	await answer(laptop!, assessment.id, 'q03', 0);
	// the phone reconnects first, so the laptop is the one that finds the server changed
	await devices[0]!.setOffline(false);
	await syncUntilSettled(phone!);
	await devices[1]!.setOffline(false);
	await laptop!.evaluate(() => window.rightseatLab.sync.syncNow());
	await expect(laptop!.getByTestId('conflicts')).toHaveText('1');
	const conflicts = await laptop!.evaluate(() => window.rightseatLab.sync.conflicts);
	expect(conflicts).toEqual([
		{
			collection: 'assessments',
			id: assessment.id,
			fields: [{ field: 'answers.q03', local: { score: 0, note: '' }, server: { score: 4, note: '' } }]
		}
	]);
	// nothing overwritten while the person has not chosen
	expect((await ana.client.collection('assessments').getOne(assessment.id)).answers.q03.score).toBe(4);
	await laptop!.evaluate(
		(id) => window.rightseatLab.sync.resolveConflict('assessments', id, { 'answers.q03': 'local' }),
		assessment.id
	);
	await syncUntilSettled(laptop!);
	const resolved = await ana.client.collection('assessments').getOne(assessment.id);
	expect(resolved.answers).toMatchObject({ q01: { score: 3 }, q02: { score: 1 }, q03: { score: 0 } });
	await expect(laptop!.getByTestId('conflicts')).toHaveText('0');
	await Promise.all(devices.map((context) => context.close()));
});
