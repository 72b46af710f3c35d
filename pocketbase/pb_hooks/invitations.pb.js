/// <reference path="../pb_data/types.d.ts" />
// Invitations: lowercased email, default expiry, invited_by is the caller (lib/requests.js); accepted by the invitee
// through POST /api/rightseat/invitations/{id}/accept.

onRecordValidate((e) => {
	const { validateInvitation } = require(`${__hooks}/lib/invitations.js`);
	validateInvitation(e.record);
	e.next();
}, 'invitations');

onRecordCreate((e) => {
	const { applyDefaults } = require(`${__hooks}/lib/invitations.js`);
	applyDefaults(e.record);
	e.next();
}, 'invitations');

routerAdd(
	'POST',
	'/api/rightseat/invitations/{id}/accept',
	(e) => {
		const { acceptInvitation } = require(`${__hooks}/lib/invitations.js`);
		const membership = acceptInvitation(e.app, e.request.pathValue('id'), e.auth);
		return e.json(200, membership);
	},
	$apis.requireAuth('users')
);
