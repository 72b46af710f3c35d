import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';

// One free port per run, chosen once in the main process; workers inherit it through the env.
process.env.RIGHTSEAT_E2E_PORT ??= execFileSync(
	process.execPath,
	['-e', "import('./scripts/test-pocketbase.mjs').then(async (m) => console.log(await m.freePort()))"],
	{ encoding: 'utf8' }
).trim();
const port = Number(process.env.RIGHTSEAT_E2E_PORT);

// The sync specs drive the sync lab, built only by `vite build --mode e2e` (npm run test:e2e). After
// a plain `vite build` (production: no lab), build the e2e variant once, in the main process.
if (!process.env.RIGHTSEAT_E2E_BUILD_CHECKED) {
	process.env.RIGHTSEAT_E2E_BUILD_CHECKED = '1';
	const { buildHasSyncLab } = await import('./scripts/sync-lab-build.mjs');
	if (!buildHasSyncLab()) {
		console.log('build/ has no sync lab (a production build): building the e2e variant…');
		execFileSync('npx', ['vite', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
	}
}
const baseURL = `http://127.0.0.1:${port}`;

const chromium = {
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	// This machine has no outside network: keep Chromium from dialling home.
	args: [
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic'
	]
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL,
		trace: 'on-first-retry',
		launchOptions: chromium
	},
	projects: [
		{
			name: 'phone',
			use: {
				...devices['Pixel 7'],
				browserName: 'chromium',
				viewport: { width: 360, height: 740 },
				launchOptions: chromium
			}
		},
		{
			// The phone is the product; the desktop project checks the shell and the decision screens
			// (comparison, assessors, history, report, share links) also hold up wide.
			name: 'desktop',
			testMatch: [
				'shell.spec.ts',
				'compare.spec.ts',
				'compare-assessors.spec.ts',
				'seat-history.spec.ts',
				'report.spec.ts',
				'share-links.spec.ts'
			],
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 800 },
				launchOptions: chromium
			}
		},
		// Screenshots for a person to look at, on request only (tests/e2e/ux.screens.ts).
		...(process.env.UX_SCREENSHOTS
			? [{ name: 'screens', testMatch: ['*.screens.ts'], use: { launchOptions: chromium } }]
			: [])
	],
	webServer: {
		// A real PocketBase on a throwaway data dir serving the freshly built app (npm run test:e2e builds first).
		command: `node scripts/test-pocketbase.mjs ${port}`,
		url: `${baseURL}/api/health`,
		reuseExistingServer: false,
		timeout: 300_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
