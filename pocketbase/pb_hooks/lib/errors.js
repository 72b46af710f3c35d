// Field-keyed validation errors. A hook collects problems per field and throws one 400 whose `data`
// maps each field to { code, message }, the shape PocketBase uses for its own field errors, so the
// client's one error path shows them inline.

/** Collects the first problem per field. */
function fieldErrors() {
	const errors = {};
	return {
		/** Records a problem for `field` unless one is already recorded. */
		add(field, code, message) {
			if (!errors[field]) errors[field] = { code, message };
		},
		/** True when `field` already has a problem (skip the checks that depend on it). */
		has(field) {
			return Boolean(errors[field]);
		},
		/** Throws a 400 with every recorded problem, or returns when there is none. */
		throwIfAny() {
			const fields = Object.keys(errors);
			if (fields.length === 0) return;
			throwFieldErrors(errors);
		}
	};
}

/** Throws a 400 BadRequestError whose data is keyed by field. */
function throwFieldErrors(errors) {
	const data = {};
	for (const field of Object.keys(errors)) {
		data[field] = new ValidationError(errors[field].code, errors[field].message);
	}
	throw new BadRequestError('Failed to save: check the highlighted fields.', data);
}

/** Throws a 400 for a single field. */
function failField(field, code, message) {
	throwFieldErrors({ [field]: { code, message } });
}

module.exports = { fieldErrors, throwFieldErrors, failField };
