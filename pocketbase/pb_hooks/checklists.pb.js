/// <reference path="../pb_data/types.d.ts" />
// Checklists: questions validated on every save; a locked checklist is never changed.

onRecordValidate((e) => {
	const { validateChecklist } = require(`${__hooks}/lib/checklists.js`);
	validateChecklist(e.record);
	e.next();
}, 'checklists');
