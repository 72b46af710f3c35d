/// <reference path="../pb_data/types.d.ts" />
// Assessments: validated on every save; saving one locks the checklist it uses (same transaction) so
// its questions never change under its answers. The assessor is the caller on create
// (lib/requests.js).

onRecordValidate((e) => {
	const { validateAssessment } = require(`${__hooks}/lib/assessments.js`);
	validateAssessment(e.app, e.record);
	e.next();
}, 'assessments');

onRecordCreate((e) => {
	const { saveInTransaction } = require(`${__hooks}/lib/transaction.js`);
	const { stampSubmitted } = require(`${__hooks}/lib/assessments.js`);
	const { lockChecklist } = require(`${__hooks}/lib/checklists.js`);
	stampSubmitted(e.record);
	saveInTransaction(e, { after: (txApp) => lockChecklist(txApp, e.record.getString('checklist')) });
}, 'assessments');

onRecordUpdate((e) => {
	const { saveInTransaction } = require(`${__hooks}/lib/transaction.js`);
	const { stampSubmitted } = require(`${__hooks}/lib/assessments.js`);
	const { lockChecklist } = require(`${__hooks}/lib/checklists.js`);
	stampSubmitted(e.record);
	saveInTransaction(e, { after: (txApp) => lockChecklist(txApp, e.record.getString('checklist')) });
}, 'assessments');
