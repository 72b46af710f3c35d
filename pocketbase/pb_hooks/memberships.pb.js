/// <reference path="../pb_data/types.d.ts" />
// Memberships: organization and user never change; every create, update and delete recomputes the
// organization's role arrays in the same transaction; the last owner can neither leave nor be
// demoted.

onRecordValidate((e) => {
	const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
	const { checkImmutable } = require(`${__hooks}/lib/scope.js`);
	const errors = fieldErrors();
	checkImmutable(errors, e.record, ['organization', 'user']);
	errors.throwIfAny();
	e.next();
}, 'memberships');

onRecordCreate((e) => {
	const { saveInTransaction } = require(`${__hooks}/lib/transaction.js`);
	const { recomputeRoles } = require(`${__hooks}/lib/roles.js`);
	saveInTransaction(e, {
		after: (txApp) => recomputeRoles(txApp, e.record.getString('organization'))
	});
}, 'memberships');

onRecordUpdate((e) => {
	const { saveInTransaction } = require(`${__hooks}/lib/transaction.js`);
	const { recomputeRoles, guardLastOwner } = require(`${__hooks}/lib/roles.js`);
	saveInTransaction(e, {
		before: (txApp) => guardLastOwner(txApp, e.record.original(), e.record.getString('role')),
		after: (txApp) => recomputeRoles(txApp, e.record.getString('organization'))
	});
}, 'memberships');

onRecordDelete((e) => {
	const { saveInTransaction } = require(`${__hooks}/lib/transaction.js`);
	const { recomputeRoles, guardLastOwner } = require(`${__hooks}/lib/roles.js`);
	saveInTransaction(e, {
		before: (txApp) => guardLastOwner(txApp, e.record, null),
		after: (txApp) => recomputeRoles(txApp, e.record.getString('organization'))
	});
}, 'memberships');
