// Validation of a checklist: 1–20 questions with unique ids, and no change once locked.

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
const { checkText, checkTextFields } = require(`${__hooks}/lib/text.js`);
const { readJson, isObject, isNumberIn, unknownKeys, SLUG } = require(`${__hooks}/lib/json.js`);
const { checkImmutable } = require(`${__hooks}/lib/scope.js`);

const DIMENSIONS = ['get', 'want', 'capacity'];
const QUESTION_KEYS = ['id', 'text', 'guidance', 'dimension', 'weight'];

/** Checks one question; `ids` collects the ids seen so far. */
function checkQuestion(errors, question, index, ids) {
	const field = 'questions';
	const label = `Question ${index + 1}`;
	if (!isObject(question) || unknownKeys(question, QUESTION_KEYS).length > 0) {
		errors.add(
			field,
			'validation_invalid_shape',
			`${label}: must be { id, text, guidance, dimension, weight }.`
		);
		return;
	}
	if (typeof question.id !== 'string' || !SLUG.test(question.id)) {
		errors.add(field, 'validation_invalid_id', `${label}: invalid id.`);
		return;
	}
	if (ids[question.id]) {
		errors.add(field, 'validation_duplicate', `${label}: duplicate id "${question.id}".`);
		return;
	}
	ids[question.id] = true;
	checkText(errors, field, question.text, { required: true, max: 200, label });
	checkText(errors, field, question.guidance === undefined ? '' : question.guidance, { max: 300, label });
	if (DIMENSIONS.indexOf(question.dimension) === -1) {
		errors.add(field, 'validation_invalid_value', `${label}: dimension must be get, want or capacity.`);
	}
	if (!isNumberIn(question.weight, 0.5, 5)) {
		errors.add(field, 'validation_invalid_value', `${label}: weight must be a number from 0.5 to 5.`);
	}
}

/** Checks `questions`: 1–20 well-formed questions. */
function checkQuestions(errors, questions) {
	if (!Array.isArray(questions) || questions.length === 0) {
		errors.add('questions', 'validation_required', 'Write at least one question.');
		return;
	}
	if (questions.length > 20) {
		errors.add('questions', 'validation_too_many', 'At most twenty questions.');
		return;
	}
	const ids = {};
	questions.forEach((question, index) => checkQuestion(errors, question, index, ids));
}

/** Validates a checklist record; throws a field-keyed 400. */
function validateChecklist(record) {
	const errors = fieldErrors();
	if (!record.isNew() && record.original().getBool('locked')) {
		errors.add('locked', 'validation_locked', 'This checklist is locked: save a new version instead.');
		errors.throwIfAny();
	}
	checkImmutable(errors, record, ['organization']);
	checkTextFields(errors, record, { name: { required: true, max: 120 } });
	checkQuestions(errors, readJson(record, 'questions'));
	errors.throwIfAny();
}

/** The question ids of checklist record `checklist`. */
function questionIds(checklist) {
	const questions = readJson(checklist, 'questions');
	return Array.isArray(questions) ? questions.map((question) => question.id) : [];
}

module.exports = { validateChecklist, questionIds };
