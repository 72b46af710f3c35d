// Reading JSON fields and checking the small shapes they hold.

/** The parsed value of a JSON field (null when empty). */
function readJson(record, field) {
	const raw = toString(record.get(field));
	if (raw === '' || raw === 'null') return null;
	return JSON.parse(raw);
}

/** True for a plain object (not an array, not null). */
function isObject(value) {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for an integer in [min, max]. */
function isIntIn(value, min, max) {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** True for a number in [min, max]. */
function isNumberIn(value, min, max) {
	return typeof value === 'number' && isFinite(value) && value >= min && value <= max;
}

/** Keys of `value` that are not in `allowed`. */
function unknownKeys(value, allowed) {
	return Object.keys(value).filter((key) => allowed.indexOf(key) === -1);
}

const SLUG = /^[a-z0-9_-]{1,40}$/;

module.exports = { readJson, isObject, isIntIn, isNumberIn, unknownKeys, SLUG };
