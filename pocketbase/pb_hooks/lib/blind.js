// Blind scoring rounds on a provider (docs/sales-mode.md). While `blind` is set and `revealed` is
// not, the assessments API rules let only each assessor reach their own assessment of it. The round
// is the owners' to set up and to reveal; the last listed assessor's submission reveals it too.

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
const { findRecord } = require(`${__hooks}/lib/scope.js`);
const { idsOf } = require(`${__hooks}/lib/workspace-access.js`);

const ROUND_FIELDS = ['blind', 'blind_assessors', 'revealed'];

function roundValue(record, field) {
	return field === 'blind_assessors' ? idsOf(record, field).sort().join(',') : String(record.getBool(field));
}

/** Validates a provider's round: the listed assessors are members of its organization. */
function validateRound(app, record) {
	const errors = fieldErrors();
	const listed = idsOf(record, 'blind_assessors');
	if (listed.length > 0) {
		const organization = findRecord(app, 'organizations', record.getString('organization'));
		const members = organization === null ? [] : idsOf(organization, 'members');
		if (listed.some((id) => members.indexOf(id) === -1)) {
			errors.add('blind_assessors', 'validation_not_member', 'Only members of the organization score.');
		}
	}
	errors.throwIfAny();
}

/**
 * Update request (API and batch): only an owner of the organization changes the round, and answers
 * once revealed stay revealed. On create any writer may set a round up (nothing is scored yet).
 */
function checkRoundRequest(e) {
	if (e.hasSuperuserAuth() || e.record.isNew()) return;
	const original = e.record.original();
	const changed = ROUND_FIELDS.filter((field) => roundValue(e.record, field) !== roundValue(original, field));
	if (changed.length === 0) return;
	const errors = fieldErrors();
	const organization = findRecord(e.app, 'organizations', original.getString('organization'));
	const owners = organization === null ? [] : idsOf(organization, 'owners');
	if (!e.auth || owners.indexOf(e.auth.id) === -1) {
		for (const field of changed) {
			errors.add(field, 'validation_owner_only', 'Only an owner sets up or reveals blind scoring.');
		}
	} else if (original.getBool('revealed') && !e.record.getBool('revealed')) {
		errors.add('revealed', 'validation_revealed', 'Answers once revealed stay revealed.');
	}
	errors.throwIfAny();
}

// The reveal once every listed assessor submitted runs in Go with the assessments' other hooks
// (pocketbase/cmd/rightseat/assessments.go, revealWhenAllSubmitted).

/**
 * The same rule when an owner changes who is listed while the round is blind: if everyone still
 * listed has submitted (the one holding the round up was taken off the list), the round reveals
 * now, as it would have on the last submission. Marks `record` revealed before it is saved.
 */
function revealIfListedSubmitted(app, record) {
	if (record.isNew() || !record.getBool('blind') || record.getBool('revealed')) return;
	const listed = idsOf(record, 'blind_assessors');
	if (
		listed.length === 0 ||
		roundValue(record, 'blind_assessors') === roundValue(record.original(), 'blind_assessors')
	) {
		return;
	}
	const rows = app.findRecordsByFilter(
		'assessments',
		'provider = {:provider} && status = "submitted"',
		'',
		0,
		0,
		{
			provider: record.id
		}
	);
	const submitted = Array.from(rows, (row) => row.getString('assessor'));
	if (listed.every((id) => submitted.indexOf(id) !== -1)) record.set('revealed', true);
}

module.exports = { validateRound, checkRoundRequest, revealIfListedSubmitted };
