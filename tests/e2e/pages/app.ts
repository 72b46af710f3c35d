import { expect, type Locator, type Page } from '@playwright/test';
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
		await this.fillOrganization(name, values);
	}

	/** On the new-organization screen: names it, lists its values, creates it. */
	async fillOrganization(name: string, values: string[]): Promise<void> {
		await this.page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
		for (const [i, value] of values.entries()) {
			await this.page.getByRole('button', { name: 'Add a core value' }).click();
			await this.page.getByLabel(`Value ${i + 1}`, { exact: true }).fill(value);
		}
		await this.page.getByRole('button', { name: 'Create organization' }).click();
		await expect(this.page.getByRole('heading', { name: 'Accountability Chart' })).toBeVisible();
	}

	/**
	 * Creates an account on the Account screen (the real server) and waits until signed in. Work made
	 * on this device comes along (the form's default) unless `work` is 'keep'.
	 */
	async signUp(
		name: string,
		email: string,
		password: string,
		work: 'bring' | 'keep' = 'bring'
	): Promise<void> {
		await this.page.goto('/account');
		await this.choose('What do you want to do?', 'Create an account');
		await this.page.getByLabel('Your name').fill(name);
		await this.page.getByLabel('Email', { exact: true }).fill(email);
		await this.page.getByLabel('Password', { exact: true }).fill(password);
		if (work === 'keep') await this.choose('Your work on this device', 'Keep it on this device only');
		await this.page.getByRole('button', { name: 'Create account' }).click();
		await expect(this.page.getByText(`Signed in as ${name}`)).toBeVisible();
	}

	async signIn(email: string, password: string, name = ''): Promise<void> {
		await this.page.goto('/account');
		await this.page.getByLabel('Email', { exact: true }).fill(email);
		await this.page.getByLabel('Password', { exact: true }).fill(password);
		await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
		await expect(this.page.getByText(`Signed in as ${name || ''}`)).toBeVisible();
	}

	/** On the Account screen: opens `name` once it has synced to this device. */
	async openOrganization(name: string): Promise<void> {
		await this.page.goto('/account');
		await this.page.getByRole('button', { name: `Open ${name}` }).click();
		await expect(this.page.getByText(`${name} (open)`)).toBeVisible();
	}

	/** Waits until the first visit's service worker controls the page (the app then loads offline). */
	async waitForServiceWorker(): Promise<void> {
		await this.page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise<void>((resolve) =>
					navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true })
				);
			}
		});
	}

	/** Steps through a whole assessment of the current draft (values all +, GWC yes, checklist 3, n/a on 7). */
	async fillAssessment(values: string[], fit: string): Promise<void> {
		await expect(this.page.getByText('To pass:')).toBeVisible();
		for (const value of values) await this.choose(value, '+');
		await this.next();
		await this.choose('Get it?', 'Yes');
		await this.choose('Want it?', 'Yes');
		await this.choose('Capacity to do it?', 'Yes');
		await this.next();
		for (let i = 1; i <= 10; i++) {
			await this.expectQuestion(i);
			// question 1 starts at 4 from the values ratings: choosing 3 changes it and moves on
			await this.score(i === 7 ? 'n/a' : '3');
		}
		await expect(this.page.getByRole('heading', { name: 'Responsibility fit' })).toBeVisible();
		await this.choose(fit, '4');
		await this.next();
		await this.page.getByRole('button', { name: 'Submit assessment' }).click();
		// The review step shows the verdict too: only the result page proves the submit was saved.
		await expect(this.page).toHaveURL(/\/assessments\/[a-z0-9]{15}\/result$/);
		await expect(this.page.getByRole('heading', { name: /Verdict: .*Right seat/ })).toBeVisible();
	}

	/** Starts an assessment of `provider` in `seat` from the new-assessment screen. */
	async startAssessment(seat: string, provider: string): Promise<void> {
		await this.page.goto('/assessments/new');
		await this.page.getByLabel('Seat').selectOption({ label: seat });
		await this.page.getByLabel('Provider').selectOption({ label: provider });
		await this.page.getByRole('button', { name: 'Start' }).click();
	}

	async addSeat(
		name: string,
		responsibilities: string[],
		serviceProvider = false,
		parent = ''
	): Promise<void> {
		await this.page.goto('/chart');
		// an empty chart offers "Add the top seat", a chart with seats "Add a seat"
		await this.page.getByRole('link', { name: /^Add (a|the top) seat$/ }).click();
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

	/** The step bar names checklist question `n` of `total`. */
	async expectQuestion(n: number, total = 10): Promise<void> {
		await expect(this.page.getByText(`Question ${n} of ${total}`, { exact: true })).toBeVisible();
	}

	/**
	 * Scores the open checklist question (a tap). Moving on after a score is on by default, so the
	 * next step opens by itself: waits for it.
	 */
	async score(option: string): Promise<void> {
		const before = this.page.url();
		await this.choose('Your score', option);
		await expect(this.page).not.toHaveURL(before);
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
				// a checkbox is tapped through its label: the label is the target
				.map((el) => (el.matches('input[type=checkbox]') ? (el.closest('label') ?? el) : el))
				.filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height < 44)
				.map((el) => el.textContent?.trim() || el.id)
		);
		expect(small).toEqual([]);
	}

	/** Drags `handle` with the mouse (down, moved in steps, up) to the vertical centre of `target`. */
	async dragTo(handle: Locator, target: Locator): Promise<void> {
		const from = await handle.boundingBox();
		const to = await target.boundingBox();
		if (!from || !to) throw new Error('Drag handle or target is not on screen');
		await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
		await this.page.mouse.down();
		await this.page.mouse.move(from.x + from.width / 2, to.y + to.height / 2, { steps: 12 });
		await this.page.mouse.up();
	}

	/** Sets the root font size, as browser text zoom does to a rem-based layout (kept until the next load). */
	async zoomText(percent: number): Promise<void> {
		await this.page.evaluate((p) => (document.documentElement.style.fontSize = `${p}%`), percent);
	}

	/**
	 * Nothing scrolls sideways, and every visible heading, label, legend, button and button-like link
	 * lies within the viewport width with its text not overflowing its box.
	 */
	async expectFitsViewport(where: string): Promise<void> {
		const problems = await this.page.evaluate(() => {
			const width = window.innerWidth;
			const out: string[] = [];
			const scroll = document.documentElement.scrollWidth;
			if (scroll > width) out.push(`page is ${scroll}px wide in a ${width}px viewport`);
			for (const el of document.querySelectorAll<HTMLElement>(
				'h1, h2, h3, label, legend, button, a.button, nav a, summary'
			)) {
				if (!el.checkVisibility() || el.closest('.visually-hidden')) continue;
				const box = el.getBoundingClientRect();
				const name = `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
				// inside a row that scrolls sideways (the comparison's provider switcher) an item may sit
				// past the edge on purpose: the row itself is held to the page's width above
				let scroller = el.parentElement;
				while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX))
					scroller = scroller.parentElement;
				if (!scroller && (box.left < -1 || box.right > width + 1))
					out.push(`${name} spans ${Math.round(box.left)}–${Math.round(box.right)}px`);
				if (el.scrollWidth > el.clientWidth + 1)
					out.push(`${name} text overflows (${el.scrollWidth} > ${el.clientWidth})`);
			}
			return out;
		});
		expect(problems, where).toEqual([]);
	}
}
