// Validation of an assessment: references inside its organization, JSON content, and completeness
// when submitted.

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
const { checkTextFields } = require(`${__hooks}/lib/text.js`);
const { readJson } = require(`${__hooks}/lib/json.js`);
const { checkImmutable, checkSameOrganization, findRecord } = require(`${__hooks}/lib/scope.js`);
const { questionIds } = require(`${__hooks}/lib/checklists.js`);
const content = require(`${__hooks}/lib/assessment-content.js`);

/** The ids of the organization's core values. */
function coreValueIds(app, orgId) {
	try {
		const values = readJson(app.findRecordById('organizations', orgId), 'core_values');
		return Array.isArray(values) ? values.map((value) => value.id) : [];
	} catch (_) {
		return [];
	}
}

/**
 * Validates an assessment record; throws a field-keyed 400. Runs once per record of a synced batch,
 * so each related record is read at most once: the checklist serves its organization and its
 * questions, and the organization's values are read only when there is something to check them
 * against (ratings given, or completeness on submit).
 */
function validateAssessment(app, record) {
	const errors = fieldErrors();
	checkImmutable(errors, record, ['organization', 'assessor']);
	const checklist = findRecord(app, 'checklists', record.getString('checklist'));
	checkSameOrganization(errors, app, record, 'seat', 'seats', false);
	checkSameOrganization(errors, app, record, 'provider', 'providers', false);
	checkSameOrganization(errors, app, record, 'checklist', 'checklists', true, checklist);
	checkTextFields(errors, record, { summary: { max: 4000 } });
	// without its checklist the answers cannot be checked: name the checklist, not every answer
	const found = checklist === null ? null : questionIds(checklist);
	if (found === null)
		errors.add('checklist', 'validation_missing_rel_records', 'Choose an existing checklist.');
	const ids = found || [];
	const data = {
		gwc: readJson(record, 'gwc'),
		core_values: readJson(record, 'core_values'),
		answers: readJson(record, 'answers')
	};
	const submitted = record.getString('status') === 'submitted';
	const rated = Array.isArray(data.core_values) && data.core_values.length > 0;
	const valueIds = submitted || rated ? coreValueIds(app, record.getString('organization')) : [];
	content.checkGwc(errors, data.gwc);
	content.checkCoreValueRatings(errors, data.core_values, valueIds);
	if (found !== null) content.checkAnswers(errors, data.answers, ids);
	content.checkResponsibilityFit(errors, readJson(record, 'responsibility_fit'));
	if (submitted && found !== null) {
		content.checkComplete(errors, data, valueIds, ids);
	}
	errors.throwIfAny();
}

/** Stamps `assessed_at` when a submitted assessment has none. */
function stampSubmitted(record) {
	if (record.getString('status') === 'submitted' && record.getString('assessed_at') === '') {
		record.set('assessed_at', new DateTime());
	}
}

module.exports = { validateAssessment, stampSubmitted };
