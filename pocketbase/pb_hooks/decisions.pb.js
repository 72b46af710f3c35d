/// <reference path="../pb_data/types.d.ts" />
// Decisions: validated on every save; decided_by is the caller on create (lib/requests.js).

onRecordValidate((e) => {
	const { validateDecision } = require(`${__hooks}/lib/decisions.js`);
	validateDecision(e.app, e.record);
	e.next();
}, 'decisions');
