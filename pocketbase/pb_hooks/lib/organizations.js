// Validation of an organization's own fields: name, core values and the values bar.

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
const { checkText, checkTextFields } = require(`${__hooks}/lib/text.js`);
const { readJson, isObject, isIntIn, unknownKeys, SLUG } = require(`${__hooks}/lib/json.js`);

const ROLE_ARRAYS = ['members', 'writers', 'owners'];

/** Checks `core_values`: 0 or 3–7 { id, name, meaning } with unique ids. */
function checkCoreValues(errors, values) {
	if (values === null) return;
	const field = 'core_values';
	if (!Array.isArray(values)) {
		errors.add(field, 'validation_invalid_type', 'Must be a list of core values.');
		return;
	}
	if (values.length !== 0 && (values.length < 3 || values.length > 7)) {
		errors.add(field, 'validation_length', 'Name between three and seven core values (or none yet).');
		return;
	}
	const ids = {};
	values.forEach((value, index) => {
		const label = `Core value ${index + 1}`;
		if (!isObject(value) || unknownKeys(value, ['id', 'name', 'meaning']).length > 0) {
			errors.add(field, 'validation_invalid_shape', `${label}: must be { id, name, meaning }.`);
			return;
		}
		if (typeof value.id !== 'string' || !SLUG.test(value.id)) {
			errors.add(field, 'validation_invalid_id', `${label}: invalid id.`);
			return;
		}
		if (ids[value.id]) {
			errors.add(field, 'validation_duplicate', `${label}: duplicate id "${value.id}".`);
			return;
		}
		ids[value.id] = true;
		checkText(errors, field, value.name, { required: true, max: 60, label });
		checkText(errors, field, value.meaning === undefined ? '' : value.meaning, { max: 200, label });
	});
}

/** Checks `values_bar`: { max_mixed, max_minus }, integers 0–7. */
function checkValuesBar(errors, bar) {
	if (bar === null) return;
	const ok =
		isObject(bar) &&
		unknownKeys(bar, ['max_mixed', 'max_minus']).length === 0 &&
		isIntIn(bar.max_mixed, 0, 7) &&
		isIntIn(bar.max_minus, 0, 7);
	if (!ok) {
		errors.add(
			'values_bar',
			'validation_invalid_shape',
			'Must be { max_mixed, max_minus }, whole numbers from 0 to 7.'
		);
	}
}

/** Validates an organization record; throws a field-keyed 400. */
function validateOrganization(record) {
	const errors = fieldErrors();
	checkTextFields(errors, record, { name: { required: true, max: 120 } });
	checkCoreValues(errors, readJson(record, 'core_values'));
	checkValuesBar(errors, readJson(record, 'values_bar'));
	errors.throwIfAny();
}

/** Applies the default values bar when none is given. */
function applyDefaults(record) {
	if (readJson(record, 'values_bar') === null) {
		record.set('values_bar', { max_mixed: 1, max_minus: 0 });
	}
}

/**
 * Refuses a request that changes members/writers/owners: they follow `memberships` only. A body
 * that repeats the stored values unchanged is accepted (a client may send the whole record back).
 */
function refuseRoleArrayChanges(e) {
	if (e.hasSuperuserAuth()) return;
	const errors = fieldErrors();
	for (const field of ROLE_ARRAYS) {
		const next = e.record.getStringSlice(field).slice().sort().join(',');
		const before = e.record.isNew() ? '' : e.record.original().getStringSlice(field).slice().sort().join(',');
		if (next !== before) {
			errors.add(
				field,
				'validation_read_only',
				'Maintained from memberships: invite or change a member instead.'
			);
		}
	}
	errors.throwIfAny();
}

module.exports = { validateOrganization, applyDefaults, refuseRoleArrayChanges };
