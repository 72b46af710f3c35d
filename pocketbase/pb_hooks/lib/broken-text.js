// Names the field that holds a lone UTF-16 surrogate (half of an emoji or other astral character,
// written `\ud83d` in JSON without its pair). PocketBase's JSON decoder refuses such a body as a
// whole, with a 400 that names no field ("Something went wrong…", or for /api/batch "Failed to read
// the submitted batch data."); the client's one error path could not show where the problem is.
// Only run after that refusal, so a valid request pays nothing for it.

const { failField } = require(`${__hooks}/lib/errors.js`);

const CODE = 'validation_invalid_text';
const MESSAGE = 'Contains a broken character (half of a symbol such as an emoji): retype that part.';

/** A surrogate pair or a lone surrogate, as JSON escapes; a pair is tried first. */
const SURROGATE_ESCAPE =
	/\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[dD][89a-fA-F][0-9a-fA-F]{2}/g;
/**
 * What a lone surrogate escape is replaced with before parsing (the JSVM's JSON.parse would turn it
 * into U+FFFD, indistinguishable from a real one): two noncharacters no text of ours contains.
 */
const MARK = '\uFDD0\uFDD1';
const MARK_ESCAPE = '\\uFDD0\\uFDD1';

/** True when `value` (any JSON value) holds a marked string, keys included. */
function hasMark(value) {
	if (typeof value === 'string') return value.indexOf(MARK) !== -1;
	if (value === null || typeof value !== 'object') return false;
	for (const key of Object.keys(value)) {
		if (key.indexOf(MARK) !== -1 || hasMark(value[key])) return true;
	}
	return false;
}

/** The first top-level field of `body` that holds a lone surrogate, or null. */
function brokenField(body) {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
	for (const key of Object.keys(body)) {
		if (key.indexOf(MARK) !== -1 || hasMark(body[key])) return key;
	}
	return null;
}

/** `text` (JSON) parsed with its lone surrogate escapes marked, or null. */
function parseMarked(text) {
	try {
		return JSON.parse(
			text.replace(SURROGATE_ESCAPE, (escape) => (escape.length === 12 ? escape : MARK_ESCAPE))
		);
	} catch (_) {
		return null;
	}
}

/**
 * The request's JSON parsed, lone surrogate escapes marked, or null. A multipart body (how the SDK
 * sends a batch) carries it in `@jsonPayload` values, already split out by PocketBase. A JSON body:
 * PocketBase's decoder stopped part-way, so read the rest (the re-readable body then rewinds at its
 * end), rewind the size cap's count, and read it all again.
 */
function reparsedBody(request) {
	const type = (request.header.get('Content-Type') || '').toLowerCase();
	if (type.indexOf('multipart/form-data') === 0) {
		const payloads = (request.multipartForm && request.multipartForm.value['@jsonPayload']) || [];
		let body = null;
		for (const payload of payloads) {
			const part = parseMarked(payload);
			if (part !== null && typeof part === 'object') body = Object.assign(body || {}, part);
		}
		return body;
	}
	try {
		toString(request.body);
		if (typeof request.body.reread === 'function') request.body.reread();
		return parseMarked(toString(request.body));
	} catch (_) {
		return null;
	}
}

/** After PocketBase refused a record request's JSON: a field-keyed 400 when a lone surrogate is why. */
function nameBrokenRecordField(request) {
	const field = brokenField(reparsedBody(request));
	if (field !== null) failField(field, CODE, MESSAGE);
}

/**
 * After PocketBase refused a whole /api/batch body: the answer a refused batch request gets (the
 * shape the sync engine reads: data.requests[i].response), naming the record's field; or null.
 */
function brokenBatchAnswer(request) {
	const batch = reparsedBody(request);
	const requests = batch && Array.isArray(batch.requests) ? batch.requests : [];
	for (let index = 0; index < requests.length; index++) {
		const field = brokenField(requests[index] && requests[index].body);
		if (field === null) continue;
		const response = {
			status: 400,
			message: 'Failed to save: check the highlighted fields.',
			data: { [field]: { code: CODE, message: MESSAGE } }
		};
		const failed = { code: 'batch_request_failed', message: 'Batch request failed.', response };
		return { status: 400, message: 'Batch transaction failed.', data: { requests: { [index]: failed } } };
	}
	return null;
}

module.exports = { nameBrokenRecordField, brokenBatchAnswer };
