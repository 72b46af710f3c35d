/// <reference path="../pb_data/types.d.ts" />
// Accounts: the password policy (lib/passwords.js) on sign-up, password change and reset; a
// sign-up answers the same whether or not the email has an account (lib/sign-up.js); a new
// account gets its verification mail where mail is configured.

onRecordCreateRequest((e) => {
	const { checkPassword } = require(`${__hooks}/lib/passwords.js`);
	const signUp = require(`${__hooks}/lib/sign-up.js`);
	const info = e.requestInfo();
	const body = info.body;
	const email = String(body.email ?? '').trim();
	checkPassword(body.password, email, 'password');
	if (info.hasSuperuserAuth()) return e.next();
	if (info.context === 'batch') {
		// the batch would have to roll back every other request to hide an existing address
		throw new BadRequestError('Create an account through /api/collections/users/records.');
	}
	if (signUp.emailInUse(e.app, email)) return signUp.answerAsCreated(e, email);
	e.next();
	signUp.sendVerification(e.app, e.record);
}, 'users');

onRecordUpdateRequest((e) => {
	const { checkPassword } = require(`${__hooks}/lib/passwords.js`);
	const body = e.requestInfo().body;
	checkPassword(body.password, String(body.email ?? e.record.original().email()), 'password');
	e.next();
}, 'users');

onRecordConfirmPasswordResetRequest((e) => {
	const { checkPassword } = require(`${__hooks}/lib/passwords.js`);
	checkPassword(e.requestInfo().body.password, e.record.email(), 'password');
	e.next();
}, 'users');
