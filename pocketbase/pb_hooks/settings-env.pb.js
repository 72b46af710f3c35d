/// <reference path="../pb_data/types.d.ts" />
// At start: SMTP, the app URL for links in mails and the trusted proxy headers come from the
// environment (RIGHTSEAT_SMTP_HOST/PORT/USER/PASSWORD/SENDER, RIGHTSEAT_APP_URL,
// RIGHTSEAT_TRUSTED_PROXY_HEADERS; see docs/operations.md).

onBootstrap((e) => {
	e.next();
	const { applyEnvironment } = require(`${__hooks}/lib/mail-settings.js`);
	const settings = e.app.settings();
	applyEnvironment(settings);
	e.app.save(settings);
});
