// Validation of a provider's texts.

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
const { checkTextFields } = require(`${__hooks}/lib/text.js`);
const { checkImmutable } = require(`${__hooks}/lib/scope.js`);

/**
 * A web address a person can open: lowercase `http://` or `https://`, a host name with a top-level
 * domain, an optional port, path, query or fragment. The same pattern as WEBSITE in
 * src/lib/domain/provider.schema.ts.
 */
const WEBSITE =
	/^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?::[0-9]{1,5})?(?:[/?#][^\s<>"]*)?$/;

/** Validates a provider record; throws a field-keyed 400. */
function validateProvider(record) {
	const errors = fieldErrors();
	checkImmutable(errors, record, ['organization']);
	checkTextFields(errors, record, {
		name: { required: true, max: 120 },
		website: { max: 2000 },
		contact: { max: 200 },
		notes: { max: 2000 }
	});
	const website = record.getString('website');
	if (website !== '' && !errors.has('website') && !WEBSITE.test(website)) {
		errors.add('website', 'validation_invalid_url', 'Enter a web address (https://…).');
	}
	errors.throwIfAny();
}

module.exports = { validateProvider };
