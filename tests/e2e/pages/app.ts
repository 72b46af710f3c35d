import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Page object for the RightSeat screens at phone size: steps read like the person's actions. */
export class App {
	constructor(readonly page: Page) {}

	async start(): Promise<void> {
		await this.page.goto('/');
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(/right seat/i);
	}

	async openExample(): Promise<void> {
		await this.start();
		await this.page.getByRole('button', { name: 'Explore an example organization' }).click();
		await expect(
			this.page.getByRole('heading', { name: /Northwind IT in Managed IT & Security/ })
		).toBeVisible();
	}

	async createOrganization(name: string, values: string[]): Promise<void> {
		await this.start();
		await this.page.getByRole('link', { name: 'Start without an account' }).click();
		await this.page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
		for (const [i, value] of values.entries()) {
			await this.page.getByRole('button', { name: 'Add a core value' }).click();
			await this.page.getByLabel(`Value ${i + 1}`, { exact: true }).fill(value);
		}
		await this.page.getByRole('button', { name: 'Create organization' }).click();
		await expect(this.page.getByRole('heading', { name: 'Accountability Chart' })).toBeVisible();
	}

	async addSeat(
		name: string,
		responsibilities: string[],
		serviceProvider = false,
		parent = ''
	): Promise<void> {
		await this.page.goto('/chart');
		await this.page.getByRole('link', { name: 'Add a seat' }).click();
		await this.page.getByLabel('Seat name').fill(name);
		if (serviceProvider) await this.page.getByText('A service provider', { exact: true }).click();
		if (parent) await this.page.getByLabel('Reports to').selectOption({ label: parent });
		for (const line of responsibilities) {
			await this.page.getByLabel('New responsibility').fill(line);
			await this.page.getByRole('button', { name: 'Add', exact: true }).click();
		}
		await this.page.getByRole('button', { name: 'Save seat' }).click();
		await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
	}

	async addProvider(name: string): Promise<void> {
		await this.page.goto('/providers/new');
		await this.page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
		await this.page.getByRole('button', { name: 'Save provider' }).click();
		await expect(this.page.getByRole('heading', { name: 'Providers' })).toBeVisible();
	}

	/** Picks a labelled radio choice inside the group named `legend`. */
	async choose(legend: string | RegExp, option: string): Promise<void> {
		await this.page.getByRole('group', { name: legend }).getByText(option, { exact: true }).click();
	}

	async next(): Promise<void> {
		await this.page.getByRole('link', { name: /^Next/ }).click();
	}

	async expectNoAxeViolations(): Promise<void> {
		const axe = await new AxeBuilder({ page: this.page }).analyze();
		expect(
			axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)
		).toEqual([]);
	}

	/** Every visible link, button and form control is at least 44 px tall. */
	async expectTapTargets(): Promise<void> {
		const small = await this.page.evaluate(() =>
			[
				...document.querySelectorAll<HTMLElement>(
					'a.button, button, select, input:not([type=radio]), .option, nav a'
				)
			]
				.filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height < 44)
				.map((el) => el.textContent?.trim() || el.id)
		);
		expect(small).toEqual([]);
	}
}
