/// <reference path="../pb_data/types.d.ts" />
// Organizations: validated content, a default values bar, role arrays that only memberships change,
// and the creator made owner in the same transaction as the organization.

onRecordValidate((e) => {
	const { validateOrganization } = require(`${__hooks}/lib/organizations.js`);
	validateOrganization(e.record);
	e.next();
}, 'organizations');

onRecordCreate((e) => {
	const { applyDefaults } = require(`${__hooks}/lib/organizations.js`);
	applyDefaults(e.record);
	e.next();
}, 'organizations');

onRecordCreateRequest((e) => {
	const { refuseRoleArrayChanges } = require(`${__hooks}/lib/organizations.js`);
	const { recomputeRoles } = require(`${__hooks}/lib/roles.js`);
	refuseRoleArrayChanges(e);
	if (e.hasSuperuserAuth() || !e.auth) {
		e.next();
		return;
	}
	const creator = e.auth.id;
	const original = e.app;
	try {
		original.runInTransaction((txApp) => {
			e.app = txApp;
			e.next();
			const membership = new Record(txApp.findCollectionByNameOrId('memberships'));
			membership.set('organization', e.record.id);
			membership.set('user', creator);
			membership.set('role', 'owner');
			txApp.save(membership);
			// the response (written after commit) shows the arrays the membership produced
			const roles = recomputeRoles(txApp, e.record.id);
			e.record.set('members', roles.members);
			e.record.set('writers', roles.writers);
			e.record.set('owners', roles.owners);
		});
	} finally {
		e.app = original;
	}
}, 'organizations');

onRecordUpdateRequest((e) => {
	const { refuseRoleArrayChanges } = require(`${__hooks}/lib/organizations.js`);
	refuseRoleArrayChanges(e);
	e.next();
}, 'organizations');
