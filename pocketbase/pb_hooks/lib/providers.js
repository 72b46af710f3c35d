/* eslint-disable @typescript-eslint/no-require-imports -- goja loads shared hook code with require() */
// Validation of a provider's texts.

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
const { checkTextFields } = require(`${__hooks}/lib/text.js`);
const { checkImmutable } = require(`${__hooks}/lib/scope.js`);

/** Validates a provider record; throws a field-keyed 400. */
function validateProvider(record) {
	const errors = fieldErrors();
	checkImmutable(errors, record, ['organization']);
	checkTextFields(errors, record, {
		name: { required: true, max: 120 },
		contact: { max: 200 },
		notes: { max: 2000 }
	});
	errors.throwIfAny();
}

module.exports = { validateProvider };
