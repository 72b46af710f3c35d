/// <reference path="../pb_data/types.d.ts" />
// The batch API (used by the sync engine to push an outbox in one transaction) and rate limits on
// the auth and sign-up endpoints. The limits are per IP and loose enough for the test suites, which
// sign in a handful of users per file; tighten them in the admin UI for a public deployment.

migrate(
	(app) => {
		const settings = app.settings();
		settings.batch.enabled = true;
		settings.batch.maxRequests = 100;
		settings.batch.timeout = 10;
		settings.batch.maxBodySize = 8 * 1024 * 1024;
		settings.rateLimits.enabled = true;
		settings.rateLimits.rules = [
			{ label: '*:auth', audience: '', duration: 60, maxRequests: 200 },
			{ label: 'users:create', audience: '@guest', duration: 60, maxRequests: 100 },
			{ label: '*:requestPasswordReset', audience: '', duration: 60, maxRequests: 20 },
			{ label: '*:requestVerification', audience: '', duration: 60, maxRequests: 20 },
			{ label: '*:requestOTP', audience: '', duration: 60, maxRequests: 20 },
			{ label: '*:requestEmailChange', audience: '', duration: 60, maxRequests: 20 },
			{ label: '/api/batch', audience: '', duration: 10, maxRequests: 100 }
		];
		app.save(settings);
	},
	(app) => {
		const settings = app.settings();
		settings.batch.enabled = false;
		settings.rateLimits.enabled = false;
		settings.rateLimits.rules = [];
		app.save(settings);
	}
);
