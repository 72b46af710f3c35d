/// <reference path="../pb_data/types.d.ts" />
// The MSP's private notes and two-way fit (docs/sales-mode.md): validated content, the author is the
// caller, the JSON body type-checked like every app collection (lib/body.js), and a note or fit never
// moves to another workspace. The rules (only the MSP's members; a shared fit also the workspace's)
// are in the migration.

const MSP_PRIVATE = ['msp_notes', 'msp_fits'];

routerUse((e) => {
	const { checkMspPrivateRequest } = require(`${__hooks}/lib/msp-private-requests.js`);
	checkMspPrivateRequest(e);
	return e.next();
});

onRecordValidate((e) => {
	const { validateNote } = require(`${__hooks}/lib/msp-private.js`);
	validateNote(e.app, e.record);
	e.next();
}, 'msp_notes');

onRecordValidate((e) => {
	const { validateFit } = require(`${__hooks}/lib/msp-private.js`);
	validateFit(e.app, e.record);
	e.next();
}, 'msp_fits');

onRecordCreateRequest(
	(e) => {
		const { checkCreate } = require(`${__hooks}/lib/msp-private-requests.js`);
		checkCreate(e);
		e.next();
	},
	...MSP_PRIVATE
);

onRecordUpdateRequest(
	(e) => {
		const { checkUpdate } = require(`${__hooks}/lib/msp-private-requests.js`);
		checkUpdate(e);
		e.next();
	},
	...MSP_PRIVATE
);
