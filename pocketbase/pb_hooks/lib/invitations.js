// Invitations: validation, defaults, and acceptance by the invitee.

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
const { checkImmutable } = require(`${__hooks}/lib/scope.js`);
const { canonicalEmail, sameEmail } = require(`${__hooks}/lib/emails.js`);

const VALID_DAYS = 14;

/**
 * The address shape the app accepts (INVITATION_EMAIL in src/lib/domain/organization.schema.ts):
 * PocketBase's own email check also lets through `!@a.aa` or `a@b.co.`.
 */
const EMAIL =
	/^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/**
 * Validates an invitation; stores the email in its canonical form (trimmed, A–Z lowercased: see
 * lib/emails.js) so the list rule compares it with one `=` against `@request.auth.email:lower`.
 */
function validateInvitation(record) {
	const errors = fieldErrors();
	checkImmutable(errors, record, ['organization', 'invited_by']);
	const email = canonicalEmail(record.getString('email'));
	if (email !== '' && !EMAIL.test(email)) {
		errors.add('email', 'validation_invalid_email', 'Enter an email address.');
	}
	errors.throwIfAny();
	record.set('email', email);
}

/** Sets `expires` to now + 14 days when the invitation has none. */
function applyDefaults(record) {
	if (record.getString('expires') !== '') return;
	record.set('expires', new DateTime().addDate(0, 0, VALID_DAYS));
}

function findMembership(app, orgId, userId) {
	try {
		return app.findFirstRecordByFilter('memberships', 'organization = {:org} && user = {:user}', {
			org: orgId,
			user: userId
		});
	} catch (_) {
		return null;
	}
}

/**
 * Accepts invitation `id` for signed-in `user`: creates the membership with the invited role
 * (or keeps an existing one) and deletes the invitation, in one transaction. Someone else's
 * invitation reads as not found, like any record the caller may not see.
 */
function acceptInvitation(app, id, user) {
	let invitation;
	try {
		invitation = app.findRecordById('invitations', id);
	} catch (_) {
		throw new NotFoundError('This invitation does not exist or was already used.');
	}
	// the same folding as the list rule's SQLite LOWER(): Unicode folding would let a look-alike in
	if (!sameEmail(invitation.getString('email'), user.email())) {
		throw new NotFoundError('This invitation does not exist or was already used.');
	}
	// Where the server can send mail, the invitee proves the mailbox first: otherwise someone who
	// registered another person's address before them could take that person's invitation.
	if (app.settings().smtp.enabled && !user.verified()) {
		throw new ForbiddenError('Verify your email address first: open the link we sent you, then accept.');
	}
	const expires = invitation.getDateTime('expires');
	if (!expires.isZero() && expires.before(new DateTime())) {
		throw new BadRequestError('This invitation has expired: ask for a new one.', {
			expires: new ValidationError('validation_expired', 'This invitation has expired.')
		});
	}
	const orgId = invitation.getString('organization');
	let membership = null;
	app.runInTransaction((txApp) => {
		membership = findMembership(txApp, orgId, user.id);
		if (membership === null) {
			membership = new Record(txApp.findCollectionByNameOrId('memberships'));
			membership.set('organization', orgId);
			membership.set('user', user.id);
			membership.set('role', invitation.getString('role'));
			txApp.save(membership);
		}
		txApp.delete(txApp.findRecordById('invitations', id));
	});
	return membership;
}

module.exports = { validateInvitation, applyDefaults, acceptInvitation };
