// The MSP's private records about a prospect (docs/sales-mode.md): notes per question and the
// two-way fit. Both belong to the MSP organization and point at one of the workspaces it holds.

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
const { checkText, checkTextFields } = require(`${__hooks}/lib/text.js`);
const { readJson, isObject, isIntIn, unknownKeys, SLUG } = require(`${__hooks}/lib/json.js`);
const { checkImmutable, findRecord } = require(`${__hooks}/lib/scope.js`);

/** The two-way fit criteria (FIT_CRITERIA in src/lib/domain/two-way-fit.ts). */
const FIT_CRITERIA = ['model', 'values', 'accountability'];

/** Records a problem when the record's MSP is no MSP, or `workspace` is not one of its workspaces. */
function checkWorkspace(errors, app, record) {
	const msp = findRecord(app, 'organizations', record.getString('organization'));
	if (msp !== null && msp.getString('kind') !== 'msp') {
		errors.add('organization', 'validation_not_msp', 'Must be an MSP organization.');
	}
	const id = record.getString('workspace');
	if (id === '' || (!record.isNew() && id === record.original().getString('workspace'))) return null;
	const workspace = findRecord(app, 'organizations', id);
	if (workspace !== null && workspace.getString('msp') !== record.getString('organization')) {
		errors.add('workspace', 'validation_other_organization', 'Must be a prospect workspace of this MSP.');
	}
	return workspace;
}

/** Validates an MSP note: plain text, a question id or none, an assessment of its workspace. */
function validateNote(app, record) {
	const errors = fieldErrors();
	checkImmutable(errors, record, ['organization', 'author']);
	checkWorkspace(errors, app, record);
	checkTextFields(errors, record, { text: { required: true, max: 2000 } });
	const question = record.getString('question');
	if (question !== '' && !SLUG.test(question)) {
		errors.add('question', 'validation_invalid_id', 'A question id: 1–40 of a–z, 0–9, "-" or "_".');
	}
	const assessmentId = record.getString('assessment');
	const changed = record.isNew() || assessmentId !== record.original().getString('assessment');
	if (assessmentId !== '' && changed) {
		const assessment = findRecord(app, 'assessments', assessmentId);
		if (assessment !== null && assessment.getString('organization') !== record.getString('workspace')) {
			errors.add('assessment', 'validation_other_organization', 'Must be an assessment of the workspace.');
		}
	}
	errors.throwIfAny();
}

/** Checks `criteria`: an object keyed by criterion, each { score: 0–4 | null, note ≤ 2000 }. */
function checkCriteria(errors, criteria) {
	if (criteria === null) return;
	const field = 'criteria';
	if (!isObject(criteria) || unknownKeys(criteria, FIT_CRITERIA).length > 0) {
		errors.add(field, 'validation_invalid_shape', `Must be an object with ${FIT_CRITERIA.join(', ')}.`);
		return;
	}
	for (const key of Object.keys(criteria)) {
		const item = criteria[key];
		const label = `Criterion ${key}`;
		if (item === null) continue;
		if (!isObject(item) || unknownKeys(item, ['score', 'note']).length > 0) {
			errors.add(field, 'validation_invalid_shape', `${label}: must be { score, note }.`);
			return;
		}
		const score = item.score === undefined ? null : item.score;
		if (score !== null && !isIntIn(score, 0, 4)) {
			errors.add(field, 'validation_invalid_score', `${label}: score 0–4.`);
			return;
		}
		checkText(errors, field, item.note === undefined || item.note === null ? '' : item.note, {
			max: 2000,
			label
		});
	}
}

/** Validates a two-way fit record. */
function validateFit(app, record) {
	const errors = fieldErrors();
	checkImmutable(errors, record, ['organization', 'rated_by']);
	checkWorkspace(errors, app, record);
	checkTextFields(errors, record, { summary: { max: 2000 } });
	checkCriteria(errors, readJson(record, 'criteria'));
	errors.throwIfAny();
}

module.exports = { validateNote, validateFit, FIT_CRITERIA };
