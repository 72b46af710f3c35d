/// <reference path="../pb_data/types.d.ts" />
// Invitation mail: once an invitation is saved (REST or a synced batch) and the server can send
// mail, the invited address gets a link to the app's account page, where the invitee signs in or
// creates an account, verifies the address, and accepts (lib/invitations.js refuses an unverified
// account while mail is on). A mail that cannot be sent is logged; the invitation stays.

onRecordAfterCreateSuccess((e) => {
	const { appURL, escapeHtml, sendMail } = require(`${__hooks}/lib/mail-settings.js`);
	const app = e.app;
	if (!app.settings().smtp.enabled) return e.next();
	const invitation = e.record;
	let organization = 'an organization';
	let inviter = 'Someone';
	try {
		organization = app
			.findRecordById('organizations', invitation.getString('organization'))
			.getString('name');
		const by = app.findRecordById('users', invitation.getString('invited_by'));
		inviter = by.getString('name') || inviter;
	} catch (_) {
		// names are a courtesy: the link works without them
	}
	const link = `${appURL(app)}/account?invitation=${encodeURIComponent(invitation.id)}`;
	sendMail(
		app,
		invitation.getString('email'),
		`You are invited to ${organization} on RightSeat`,
		`<p>Hello,</p>
<p>${escapeHtml(inviter)} invited you to join <strong>${escapeHtml(organization)}</strong> on RightSeat as
${escapeHtml(invitation.getString('role'))}.</p>
<p><a href="${escapeHtml(link)}">Open the invitation</a>, then sign in or create an account with this
email address, confirm the address from the mail we send you, and accept.</p>
<p>If you did not expect this, you can ignore this mail.</p>`
	);
	e.next();
}, 'invitations');
