// Request body caps per collection: a create or update carries at most what the largest legitimate
// record of that collection needs, so a 5 MB string in a 500-character field is refused before any
// JSON is parsed or any character counted (issue 12: such a body used to cost seconds of server CPU).
//
// The cap is derived from the collection's own schema, so it follows the migrations:
// - text, email, url, password: the field's max characters × 6 bytes, the most JSON.stringify writes
//   for one character (a control character becomes \u0001; an emoji is 4 bytes of UTF-8);
// - json: the field's maxSize (PocketBase refuses more once stored; the request is not larger);
// - relation: maxSelect quoted ids; file: PocketBase's own figure (max size × max files), in a
//   multipart body only (a JSON body cannot carry a file);
// - every field also pays for its quoted name and punctuation, and the record for SLACK (the id,
//   `sync_base_updated`, multipart boundaries).
// tests/integration/body-limits.test.ts sends the largest legitimate record of each collection.

const BYTES_PER_CHAR = 6;
const PER_FIELD = 64;
const SLACK = 8 * 1024;
/** PocketBase's default when a text field sets no max. */
const TEXT_DEFAULT_MAX = 5000;
/** Password, passwordConfirm and oldPassword share the password field's max. */
const PASSWORD_COPIES = 3;

/** The most bytes `field` can take in a legitimate body (files only travel in a multipart one). */
function fieldBytes(field, multipart) {
	switch (field.type()) {
		case 'file':
			return multipart ? field.calculateMaxBodySize() : 0;
		case 'text':
			return (field.max || TEXT_DEFAULT_MAX) * BYTES_PER_CHAR;
		case 'email':
			return 255 * BYTES_PER_CHAR;
		case 'url':
			return 2048 * BYTES_PER_CHAR;
		case 'password':
			return PASSWORD_COPIES * (field.max || 71) * BYTES_PER_CHAR;
		case 'json':
		case 'editor':
			return field.calculateMaxBodySize();
		case 'relation':
			return Math.max(field.maxSelect, 1) * 18;
		default:
			return 64; // number, bool, date, select values, autodate
	}
}

/** Computed caps by collection id, version and body kind (each JSVM keeps its own). */
const cache = {};

/** The body cap in bytes for a create or update of `collection`, JSON or `multipart`. */
function bodyLimit(collection, multipart) {
	const key = `${collection.id} ${collection.updated.string()} ${multipart}`;
	if (cache[key] !== undefined) return cache[key];
	let bytes = SLACK;
	for (const field of collection.fields) bytes += PER_FIELD + fieldBytes(field, multipart);
	cache[key] = bytes;
	return bytes;
}

/**
 * Throws 413 when the request body of a create or update of `collection` is larger than its cap,
 * and 411 when it announces no length (a chunked upload would have to be read to be measured; the
 * app's client always sends one). Reads nothing: the check is on the Content-Length header.
 */
function checkBodySize(request, collection) {
	const length = request.contentLength;
	if (length < 0) throw new ApiError(411, 'Send the request with a Content-Length header.', null);
	const type = (request.header.get('Content-Type') || '').toLowerCase();
	const limit = bodyLimit(collection, type.indexOf('multipart/form-data') === 0);
	if (length > limit) {
		throw new ApiError(
			413,
			`The request is larger than a ${collection.name} record can be (${length} bytes, at most ${limit}).`,
			null
		);
	}
}

module.exports = { bodyLimit, checkBodySize };
