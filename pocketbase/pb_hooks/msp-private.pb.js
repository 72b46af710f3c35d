/// <reference path="../pb_data/types.d.ts" />
// The MSP's private notes and two-way fit (docs/sales-mode.md): validated content. They are synced
// app collections (lib/collections.js), so the author, the JSON body's types, the stale-base check and
// "the workspace stays" run in record-requests.pb.js (lib/requests.js). The rules (only the MSP's
// members; a shared fit also the workspace's) are in the migration.

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
