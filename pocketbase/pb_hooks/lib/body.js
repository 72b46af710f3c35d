// Checks a create or update request's JSON body before PocketBase coerces it. PocketBase turns
// 42 into "42" for a text field, ["msp"] into "msp" for a select, "true" into true for a bool,
// "2026-01-31" or an impossible date into a datetime (or into no date at all) and a string holding
// JSON into that JSON; the app's zod schemas refuse all of those, so the server refuses them too,
// naming the field. Relation ids are checked here as well, before the API rule runs: a malformed or
// missing `organization` would otherwise only fail the rule, with a 400 that names no field.

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);

const STRING_TYPES = ['text', 'email', 'url', 'select', 'relation', 'date', 'editor'];
const RECORD_ID = /^[a-z0-9]{15}$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T]\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const DATE_MESSAGE = 'Expected a date like 2026-01-31 09:00:00.000Z.';

/** True for `YYYY-MM-DD HH:MM:SS(.sss)Z` (or with `T`) on a day that exists, hours and minutes in range. */
function isDateTime(value) {
	const match = DATE_TIME.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const [hours, minutes, seconds] = value.slice(11, 19).split(':').map(Number);
	if (month < 1 || month > 12 || hours > 23 || minutes > 59 || seconds > 59) return false;
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day >= 1 && day <= daysInMonth;
}

/** The problem with `value` for a field of `type`, or null. */
function problem(field, value) {
	const type = field.type();
	if (STRING_TYPES.indexOf(type) !== -1) {
		// multiple relations (the organization's role arrays) are lists; their own hook checks them
		if (type === 'relation' && field.maxSelect > 1) return null;
		if (typeof value !== 'string') return ['validation_invalid_type', 'Expected text.'];
		if (type === 'relation' && value === '' && field.required) {
			return ['validation_required', 'Cannot be blank.'];
		}
		if (type === 'relation' && value !== '' && !RECORD_ID.test(value)) {
			return ['validation_invalid_id', 'An id is 15 characters, a–z and 0–9.'];
		}
		if (type === 'date' && value !== '' && !isDateTime(value))
			return ['validation_invalid_date', DATE_MESSAGE];
		return null;
	}
	if (type === 'number' && !(typeof value === 'number' && isFinite(value))) {
		return ['validation_invalid_type', 'Expected a number.'];
	}
	if (type === 'bool' && typeof value !== 'boolean')
		return ['validation_invalid_type', 'Expected true or false.'];
	// a JSON field given a string would store the JSON inside it; none of ours holds a bare string
	if (type === 'json' && typeof value === 'string') {
		return ['validation_invalid_type', 'Expected a JSON value, not text.'];
	}
	return null;
}

/** The collections whose JSON bodies are checked. */
const { APP_COLLECTIONS } = require(`${__hooks}/lib/collections.js`);
const { bodyLimit, checkBodySize } = require(`${__hooks}/lib/body-limits.js`);
const { nameBrokenRecordField } = require(`${__hooks}/lib/broken-text.js`);

/** The collections whose create and update bodies are capped (lib/body-limits.js). */
const SIZED_COLLECTIONS = APP_COLLECTIONS.concat(['users']);

/** `value` parsed as a JSON object, or null. */
function parseObject(value) {
	try {
		const body = JSON.parse(value);
		return body !== null && typeof body === 'object' && !Array.isArray(body) ? body : null;
	} catch (_) {
		return null;
	}
}

/**
 * The JSON values of `request` as sent, or null when it has none. `requestInfo().body` already
 * holds the coerced values, so the raw body is read again (PocketBase keeps it re-readable). A
 * multipart request carries its JSON in `@jsonPayload` fields (its other form values are strings by
 * nature): that is how every /api/batch sub-request arrives, whatever the batch's own content type.
 * A payload longer than `limit()` (the collection's body cap) is refused with 413 before it is parsed.
 */
function rawJsonBody(request, limit) {
	const type = (request.header.get('Content-Type') || '').toLowerCase();
	if (type.indexOf('application/json') === 0) return parseObject(toString(request.body));
	if (type.indexOf('multipart/form-data') !== 0 || !request.multipartForm) return null;
	// already parsed by PocketBase before the record hooks run; later payloads override earlier ones
	const payloads = request.multipartForm.value['@jsonPayload'] || [];
	let body = null;
	for (const payload of payloads) {
		// a batch is capped as a whole (settings); each of its records is capped like a REST body
		// before it is parsed (a JS string's length never exceeds its UTF-8 byte count)
		if (payload.length > limit()) {
			throw new ApiError(
				413,
				`The request is larger than a record of this collection can be (at most ${limit()} bytes).`,
				null
			);
		}
		const part = parseObject(payload);
		if (part) body = Object.assign(body || {}, part);
	}
	return body;
}

/** Throws a field-keyed 400 when a value of `body` has the wrong type or format for its field. */
function checkBody(collection, body, isNew) {
	const errors = fieldErrors();
	for (const field of collection.fields) {
		const name = field.getName();
		if (!Object.prototype.hasOwnProperty.call(body, name)) {
			// every API rule goes through `organization`: name it before the rule fails without a field
			if (isNew && name === 'organization' && field.required) {
				errors.add(name, 'validation_required', 'Cannot be blank.');
			}
			continue;
		}
		const found = problem(field, body[name]);
		if (found) errors.add(name, found[0], found[1]);
	}
	errors.throwIfAny();
}

/** Record request hook (API and batch): checks the request's JSON body. */
function checkRequestBody(e) {
	const body = rawJsonBody(e.requestEvent.request, () => bodyLimit(e.collection, false));
	if (body !== null) checkBody(e.collection, body, e.record.isNew());
}

const RECORDS_PATH = /^\/api\/collections\/([^/]+)\/records(\/[^/]+)?\/?$/;

/**
 * Router middleware: the same check for create and update requests before PocketBase runs the
 * collection's API rule, which would otherwise refuse a malformed `organization` with no field named.
 */
function checkRecordRequest(e) {
	const method = e.request.method;
	if (method !== 'POST' && method !== 'PATCH') return;
	const match = RECORDS_PATH.exec(e.request.url.path);
	if (!match) return;
	let collection;
	try {
		collection = e.app.findCachedCollectionByNameOrId(match[1]);
	} catch (_) {
		return;
	}
	if (SIZED_COLLECTIONS.indexOf(collection.name) === -1) return;
	// the size first, from the header: nothing of an oversized body is read
	checkBodySize(e.request, collection);
	const type = (e.request.header.get('Content-Type') || '').toLowerCase();
	if (type.indexOf('application/json') !== 0) return;
	// not yet coerced: the records API has not loaded the body into a record
	let body;
	try {
		body = e.requestInfo().body;
	} catch (error) {
		nameBrokenRecordField(e.request);
		throw error;
	}
	if (body && APP_COLLECTIONS.indexOf(collection.name) !== -1) {
		checkBody(collection, body, method === 'POST');
		if (method === 'POST') checkOwnOrganization(e, body);
	}
}

/**
 * A create naming a well-formed organization the caller is no member of (or one that does not exist:
 * the same answer, so ids cannot be probed) is refused by the API rule with no field named; name it.
 * Members without the right role still meet the rule's plain refusal.
 */
function checkOwnOrganization(e, body) {
	const id = body.organization;
	if (typeof id !== 'string' || !RECORD_ID.test(id) || !e.auth || e.auth.isSuperuser()) return;
	let member = false;
	try {
		const organization = e.app.findRecordById('organizations', id);
		member = organization.getStringSlice('members').indexOf(e.auth.id) !== -1;
	} catch (_) {
		member = false;
	}
	if (member) return;
	const errors = fieldErrors();
	errors.add('organization', 'validation_not_member', 'Not an organization you belong to.');
	errors.throwIfAny();
}

module.exports = { APP_COLLECTIONS, checkBody, checkRequestBody, checkRecordRequest, isDateTime };
