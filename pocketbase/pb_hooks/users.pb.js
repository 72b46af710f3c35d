/// <reference path="../pb_data/types.d.ts" />
// Users: the display name follows the plain-text rule like every other free text.

onRecordValidate((e) => {
	const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
	const { checkTextFields } = require(`${__hooks}/lib/text.js`);
	const errors = fieldErrors();
	checkTextFields(errors, e.record, { name: { max: 120 } });
	errors.throwIfAny();
	e.next();
}, 'users');
