// Sign-up that does not tell whether an email already has an account. A guest's sign-up with an
// address in use goes through the whole create (validation, password hashing, insert) under a
// placeholder address inside a transaction that is then rolled back, and answers with the record
// it would have created: same status, same fields, same validation errors, similar time. Where
// mail is configured the address's owner gets a note instead of a second account.

const { appURL, escapeHtml, sendMail } = require(`${__hooks}/lib/mail-settings.js`);

const ROLLBACK = 'rightseat: roll back the sign-up of an existing address';
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** True when an account uses `email` (ASCII case-insensitive, like the NOCASE unique index). */
function emailInUse(app, email) {
	if (email === '') return false;
	const row = new DynamicModel({ n: 0 });
	app
		.db()
		.newQuery('SELECT COUNT(*) AS n FROM users WHERE email = {:email} COLLATE NOCASE')
		.bind({ email })
		.one(row);
	return row.n > 0;
}

/** Runs the create under a placeholder address, rolls it back and answers as if it had stayed. */
function answerAsCreated(e, email) {
	const app = e.app;
	const placeholder = `${$security.randomStringWithAlphabet(24, ALPHABET)}@signup.rightseat.invalid`;
	e.record.setEmail(placeholder);
	try {
		app.runInTransaction((txApp) => {
			e.app = txApp;
			e.next();
			throw new Error(ROLLBACK);
		});
	} catch (error) {
		if (String(error).indexOf(ROLLBACK) < 0) throw error;
	} finally {
		e.app = app;
	}
	e.record.setEmail(email);
	e.json(200, e.record);
	noteAttempt(app, email);
}

/** Tells the owner of `email` that someone tried to sign up with it (where mail is configured). */
function noteAttempt(app, email) {
	if (!app.settings().smtp.enabled) return;
	const link = `${appURL(app)}/account`;
	sendMail(
		app,
		email,
		'Someone tried to create a RightSeat account with your address',
		`<p>Hello,</p><p>Someone, perhaps you, tried to create a RightSeat account with this email address.
It already has an account, so nothing was created.</p>
<p>If it was you, <a href="${escapeHtml(link)}">sign in</a>, or choose "Reset my password" there if you
forgot it. If it was not you, you can ignore this mail: your account is unchanged.</p>`
	);
}

/** Sends the verification mail for a new account (where mail is configured). */
function sendVerification(app, record) {
	if (!app.settings().smtp.enabled) return;
	try {
		$mails.sendRecordVerification(app, record);
	} catch (error) {
		app.logger().error('RightSeat verification mail was not sent', 'error', String(error));
	}
}

module.exports = { emailInUse, answerAsCreated, sendVerification };
