/// <reference path="../pb_data/types.d.ts" />
// Decisions: validated on every save; decided_by is the caller on create.

onRecordValidate((e) => {
	const { validateDecision } = require(`${__hooks}/lib/decisions.js`);
	validateDecision(e.app, e.record);
	e.next();
}, 'decisions');

onRecordCreateRequest((e) => {
	const { assignCaller } = require(`${__hooks}/lib/scope.js`);
	assignCaller(e, 'decided_by');
	e.next();
}, 'decisions');
