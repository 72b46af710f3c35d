// Organization scoping: a record never moves to another organization, and the records it points at
// belong to its own organization. API rules check the caller's role; these checks keep the data
// itself from crossing organizations (a writer of X must not plant X's record into Y or point at
// Y's seat).

const { failField } = require(`${__hooks}/lib/errors.js`);

/** Records that `fields` may not change after creation. */
function checkImmutable(errors, record, fields) {
	if (record.isNew()) return;
	const original = record.original();
	for (const field of fields) {
		if (record.getString(field) !== original.getString(field)) {
			errors.add(field, 'validation_immutable', 'Cannot be changed once saved.');
		}
	}
}

/** `collection` record `id`, or null when it does not exist. */
function findRecord(app, collection, id) {
	if (id === '') return null;
	try {
		return app.findRecordById(collection, id);
	} catch (_) {
		return null;
	}
}

/** The organization id of `collection` record `id`, or null when it does not exist. */
function organizationOf(app, collection, id) {
	const found = findRecord(app, collection, id);
	return found === null ? null : found.getString('organization');
}

/**
 * Records a problem when the record's relation `field` (to `collection`) points at a record of
 * another organization. `allowBuiltIn` accepts a target without organization (built-in checklists).
 * `found`, when given, is the target record already read by the caller (null: it does not exist).
 */
function checkSameOrganization(errors, app, record, field, collection, allowBuiltIn, found) {
	const id = record.getString(field);
	if (id === '' || errors.has(field)) return;
	const targetRecord = found === undefined ? findRecord(app, collection, id) : found;
	if (targetRecord === null) return; // the relation field itself reports a missing record
	const target = targetRecord.getString('organization');
	if (target === record.getString('organization')) return;
	if (allowBuiltIn && target === '') return;
	errors.add(field, 'validation_other_organization', 'Must belong to the same organization.');
}

/**
 * On create through the API, `field` (a relation to users) is the caller: set when empty, refused
 * when it names someone else. Superusers may set anyone.
 */
function assignCaller(e, field) {
	if (e.hasSuperuserAuth() || !e.auth) return;
	const value = e.record.getString(field);
	if (value === '') {
		e.record.set(field, e.auth.id);
		return;
	}
	if (value !== e.auth.id) {
		failField(field, 'validation_not_caller', 'Must be you: records are signed by their author.');
	}
}

module.exports = { checkImmutable, checkSameOrganization, assignCaller, findRecord, organizationOf };
