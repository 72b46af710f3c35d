// Validation of an assessment: references inside its organization, JSON content, and completeness
// when submitted.

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
const { checkTextFields } = require(`${__hooks}/lib/text.js`);
const { readJson } = require(`${__hooks}/lib/json.js`);
const { checkImmutable, checkSameOrganization } = require(`${__hooks}/lib/scope.js`);
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

/** The question ids of the assessment's checklist, or null when there is no such checklist. */
function checklistQuestionIds(app, checklistId) {
	try {
		return questionIds(app.findRecordById('checklists', checklistId));
	} catch (_) {
		return null;
	}
}

/** Validates an assessment record; throws a field-keyed 400. */
function validateAssessment(app, record) {
	const errors = fieldErrors();
	checkImmutable(errors, record, ['organization', 'assessor']);
	checkSameOrganization(errors, app, record, 'seat', 'seats', false);
	checkSameOrganization(errors, app, record, 'provider', 'providers', false);
	checkSameOrganization(errors, app, record, 'checklist', 'checklists', true);
	checkTextFields(errors, record, { summary: { max: 4000 } });
	const valueIds = coreValueIds(app, record.getString('organization'));
	const found = checklistQuestionIds(app, record.getString('checklist'));
	// without its checklist the answers cannot be checked: name the checklist, not every answer
	if (found === null)
		errors.add('checklist', 'validation_missing_rel_records', 'Choose an existing checklist.');
	const ids = found || [];
	const data = {
		gwc: readJson(record, 'gwc'),
		core_values: readJson(record, 'core_values'),
		answers: readJson(record, 'answers')
	};
	content.checkGwc(errors, data.gwc);
	content.checkCoreValueRatings(errors, data.core_values, valueIds);
	if (found !== null) content.checkAnswers(errors, data.answers, ids);
	content.checkResponsibilityFit(errors, readJson(record, 'responsibility_fit'));
	if (record.getString('status') === 'submitted' && found !== null) {
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
