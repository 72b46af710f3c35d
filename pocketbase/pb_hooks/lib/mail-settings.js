// Applies the mail and proxy environment to PocketBase's settings at start (settings-env.pb.js).
// Unset variables leave what an operator set in the admin UI alone.

const { envString, envCount } = require(`${__hooks}/lib/env.js`);

/** Writes RIGHTSEAT_SMTP_*, RIGHTSEAT_APP_URL and RIGHTSEAT_TRUSTED_PROXY_HEADERS into `settings`. */
function applyEnvironment(settings) {
	settings.meta.appName = 'RightSeat';
	const appURL = envString('RIGHTSEAT_APP_URL');
	if (appURL !== '') settings.meta.appURL = appURL.replace(/\/+$/, '');
	const host = envString('RIGHTSEAT_SMTP_HOST');
	if (host !== '') {
		const port = envCount('RIGHTSEAT_SMTP_PORT', 587);
		settings.smtp.enabled = true;
		settings.smtp.host = host;
		settings.smtp.port = port;
		settings.smtp.username = envString('RIGHTSEAT_SMTP_USER');
		settings.smtp.password = envString('RIGHTSEAT_SMTP_PASSWORD');
		// 465 is implicit TLS; on other ports PocketBase asks for STARTTLS and the server decides.
		const tls = envString('RIGHTSEAT_SMTP_TLS');
		settings.smtp.tls = tls === '' ? port === 465 : tls === '1' || tls === 'true';
		const sender = envString('RIGHTSEAT_SMTP_SENDER');
		if (sender !== '') settings.meta.senderAddress = sender;
		settings.meta.senderName = envString('RIGHTSEAT_SMTP_SENDER_NAME') || 'RightSeat';
	}
	const proxyHeaders = envString('RIGHTSEAT_TRUSTED_PROXY_HEADERS');
	if (proxyHeaders !== '') {
		settings.trustedProxy.headers = proxyHeaders
			.split(',')
			.map((h) => h.trim())
			.filter(Boolean);
		settings.trustedProxy.useLeftmostIP = false;
	}
}

/** The app's public URL without a trailing slash (links in mails). */
function appURL(app) {
	return String(app.settings().meta.appURL || '').replace(/\/+$/, '');
}

/** Escapes text for an HTML mail body. */
function escapeHtml(text) {
	return String(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** Sends one mail from the configured sender; false (and a log line) when sending failed. */
function sendMail(app, to, subject, html) {
	const meta = app.settings().meta;
	try {
		app.newMailClient().send(
			new MailerMessage({
				from: { address: meta.senderAddress, name: meta.senderName },
				to: [{ address: to }],
				subject,
				html
			})
		);
		return true;
	} catch (error) {
		app.logger().error('RightSeat mail was not sent', 'subject', subject, 'error', String(error));
		return false;
	}
}

module.exports = { applyEnvironment, appURL, escapeHtml, sendMail };
