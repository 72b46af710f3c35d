/// <reference path="../pb_data/types.d.ts" />
// Every app collection: a JSON body with a wrong type or format is refused by field before
// PocketBase coerces it (see lib/body.js). The middleware runs before the API rules (so a malformed
// `organization` is named, not just "Failed to create record."); the record request hooks run for
// the batch API too.

routerUse((e) => {
	const { checkRecordRequest } = require(`${__hooks}/lib/body.js`);
	checkRecordRequest(e);
	return e.next();
});

onRecordCreateRequest(
	(e) => {
		const { checkRequestBody } = require(`${__hooks}/lib/body.js`);
		checkRequestBody(e);
		e.next();
	},
	'organizations',
	'memberships',
	'invitations',
	'seats',
	'providers',
	'checklists',
	'assessments',
	'decisions'
);

onRecordUpdateRequest(
	(e) => {
		const { checkRequestBody } = require(`${__hooks}/lib/body.js`);
		checkRequestBody(e);
		e.next();
	},
	'organizations',
	'memberships',
	'invitations',
	'seats',
	'providers',
	'checklists',
	'assessments',
	'decisions'
);
