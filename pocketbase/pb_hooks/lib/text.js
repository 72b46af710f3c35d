// Text rules shared by every free-text field: plain text only, limits in characters (code points,
// as PocketBase counts them), and "a value of spaces is empty" for required fields.

const TAG = /<[A-Za-z/!?]/;
const PLAIN_TEXT_MESSAGE = 'Plain text only: remove the HTML tag.';

/**
 * Length in code points, as PocketBase's text field counts it: UTF-16 units minus surrogate pairs
 * (a lone surrogate counts as one, as Go's rune count does). A loop over char codes: `Array.from`
 * built an array per string, ~0.3 ms for an 80-character note in the hooks' JS engine, which made
 * it most of an assessment's validation (docs/sync.md, "Where the time goes").
 */
function length(value) {
	let pairs = 0;
	for (let i = 0; i < value.length - 1; i++) {
		const code = value.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = value.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				pairs += 1;
				i += 1;
			}
		}
	}
	return value.length - pairs;
}

/**
 * True when `value` has more than `max` code points. Decided from the UTF-16 length alone when it
 * can be (a code point is one or two UTF-16 units), so an oversized value costs no per-character
 * work: counting a 5 MB string took seconds of JSVM time (issue 12).
 */
function longerThan(value, max) {
	if (value.length <= max) return false;
	if (value.length > 2 * max) return true;
	return length(value) > max;
}

/** True when `value` contains an HTML tag, comment or processing instruction. */
function hasMarkup(value) {
	// no `<`, no tag: a native search first (the regular expression is slow in the hooks' engine)
	return value.indexOf('<') !== -1 && TAG.test(value);
}

/**
 * Checks one string against the plain-text rule, `max` and `required`, recording the first problem
 * under `field`. `label` prefixes messages for items inside JSON ("Responsibility 2: ...").
 */
function checkText(errors, field, value, options) {
	const label = options.label ? `${options.label}: ` : '';
	if (typeof value !== 'string') {
		errors.add(field, 'validation_invalid_type', `${label}Must be text.`);
		return;
	}
	// an oversized value is refused before anything walks it (trim, counting, the markup test)
	if (options.max && value.length > 2 * options.max) {
		errors.add(
			field,
			'validation_max_text_constraint',
			`${label}Must be no more than ${options.max} character(s).`
		);
		return;
	}
	if (options.required && value.trim() === '') {
		errors.add(field, 'validation_required', `${label}Cannot be blank.`);
		return;
	}
	if (options.min && length(value.trim()) < options.min) {
		errors.add(
			field,
			'validation_min_text_constraint',
			`${label}Must be at least ${options.min} character(s).`
		);
		return;
	}
	if (options.max && longerThan(value, options.max)) {
		errors.add(
			field,
			'validation_max_text_constraint',
			`${label}Must be no more than ${options.max} character(s).`
		);
		return;
	}
	if (hasMarkup(value)) errors.add(field, 'validation_plain_text', `${label}${PLAIN_TEXT_MESSAGE}`);
}

/** Checks the record's text fields: `specs` maps a field name to { max, required }. */
function checkTextFields(errors, record, specs) {
	for (const field of Object.keys(specs)) {
		checkText(errors, field, record.getString(field), specs[field]);
	}
}

module.exports = { checkText, checkTextFields, hasMarkup, length, longerThan, PLAIN_TEXT_MESSAGE };
