import type { Page } from '@playwright/test';

declare global {
	interface Window {
		reportPolicyViolation?: (violation: string) => Promise<void>;
	}
}

/**
 * Records every Content-Security-Policy violation on the page (the `securitypolicyviolation` event,
 * in every document it loads) and every console message about a CSP or Permissions-Policy problem.
 * Call before the first navigation; `violations` fills as the page runs.
 */
export async function watchPolicyViolations(page: Page): Promise<{ violations: string[] }> {
	const violations: string[] = [];
	page.on('console', (message) => {
		const text = message.text();
		if (
			/content security policy|permissions-policy|refused to (load|execute|apply|connect|frame)/i.test(text)
		)
			violations.push(`console: ${text}`);
	});
	await page.exposeFunction('reportPolicyViolation', (violation: string) => {
		violations.push(violation);
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			void window.reportPolicyViolation?.(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`
			);
		});
	});
	return { violations };
}
