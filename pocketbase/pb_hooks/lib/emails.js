// The one canonical form of an email address, shared by every path that compares addresses.
//
// Two addresses are the same account when they are equal after folding ASCII letters A–Z to a–z, and
// only those: it is what SQLite does for the users' `email COLLATE NOCASE` unique index (migration
// 1764400000) and for `LOWER()` in the invitations rule (`email = @request.auth.email:lower`). Unicode
// case folding is not used anywhere: JavaScript's toLowerCase() folds the Kelvin sign U+212A to "k"
// and SQLite does not, so a path that used it would see two different addresses as one. New accounts
// must use an ASCII address (as invitations always did), so no look-alike letter gets in either.

const { failField } = require(`${__hooks}/lib/errors.js`);

const UPPER = /[A-Z]/g;
const NON_ASCII = /[^\x20-\x7e]/;

/** `email` trimmed, with A–Z folded to a–z and every other character left as it is. */
function canonicalEmail(email) {
	return String(email)
		.trim()
		.replace(UPPER, (letter) => letter.toLowerCase());
}

/** True when `a` and `b` name the same account (see the canonical form above). */
function sameEmail(a, b) {
	return canonicalEmail(a) === canonicalEmail(b);
}

/**
 * Refuses a new or changed account address that holds anything but printable ASCII: a look-alike
 * letter (Kelvin sign, long s, fullwidth or Cyrillic letters) would make a second account that reads
 * like someone else's address. Addresses saved before this rule keep working unchanged.
 */
function checkAccountEmail(record) {
	const email = record.getString('email');
	if (!record.isNew() && email === record.original().getString('email')) return;
	if (NON_ASCII.test(email)) {
		failField(
			'email',
			'validation_invalid_email',
			'Use plain ASCII letters (A–Z, a–z), digits and symbols: accented and look-alike letters are not accepted.'
		);
	}
}

module.exports = { canonicalEmail, sameEmail, checkAccountEmail };
