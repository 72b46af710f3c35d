/// <reference path="../pb_data/types.d.ts" />
// Users: an account's email is plain ASCII, compared case-insensitively in A–Z only (lib/emails.js);
// the unique index that makes `Kate@example.com` the same account as `kate@example.com` is in
// migration 1764400000. Kept apart from users.pb.js (display name and password rules).

onRecordValidate((e) => {
	const { checkAccountEmail } = require(`${__hooks}/lib/emails.js`);
	checkAccountEmail(e.record);
	e.next();
}, 'users');
