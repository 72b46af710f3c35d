// Password policy beyond PocketBase's length bound (≥ 10, migration 1764100500): not the email
// address or its local part, not one character repeated, not one of the 10,000 most common
// passwords (data/common-passwords.txt). Compared case-insensitively.

const { failField } = require(`${__hooks}/lib/errors.js`);

let common = null;

/** The common-password list as a Set, read once per JS VM. */
function commonPasswords() {
	if (common === null) {
		const text = toString($os.readFile(`${__hooks}/data/common-passwords.txt`));
		common = new Set(
			text
				.split('\n')
				.map((line) => line.trim())
				.filter((line) => line !== '' && line[0] !== '#')
		);
	}
	return common;
}

/** Why `password` is refused for an account with `email`, or '' when it is acceptable. */
function passwordProblem(password, email) {
	const lower = String(password).toLowerCase();
	const address = String(email || '')
		.trim()
		.toLowerCase();
	const local = address.split('@')[0];
	if (address !== '' && (lower === address || lower === local)) {
		return 'Choose a password that is not your email address.';
	}
	if (/^(.)\1*$/su.test(password)) return 'Choose a password that is not one character repeated.';
	if (commonPasswords().has(lower)) {
		return 'This password is one of the most common ones and easy to guess: choose another.';
	}
	return '';
}

/** Throws a 400 naming `field` when `password` (a non-empty string) breaks the policy. */
function checkPassword(password, email, field) {
	if (typeof password !== 'string' || password === '') return;
	const problem = passwordProblem(password, email);
	if (problem !== '') failField(field || 'password', 'validation_weak_password', problem);
}

module.exports = { passwordProblem, checkPassword };
