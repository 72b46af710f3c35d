// Shape checks for an assessment's JSON fields: GWC, core value ratings, checklist answers and
// responsibility fit. `null` means "not answered yet"; completeness is checked separately when the
// assessment is submitted.

const { checkText } = require(`${__hooks}/lib/text.js`);
const { isObject, isIntIn, unknownKeys } = require(`${__hooks}/lib/json.js`);

const GWC_DIMENSIONS = ['get', 'want', 'capacity'];
const GWC_LABELS = { get: 'Get it', want: 'Want it', capacity: 'Capacity' };
const RATINGS = ['plus', 'plus_minus', 'minus'];

function checkNote(errors, field, item, label) {
	checkText(errors, field, item.note === undefined || item.note === null ? '' : item.note, {
		max: 2000,
		label
	});
}

/** Checks `gwc`: { get, want, capacity }, each { answer: yes | no | null, note }. */
function checkGwc(errors, gwc) {
	const field = 'gwc';
	if (gwc === null) return;
	if (!isObject(gwc) || unknownKeys(gwc, GWC_DIMENSIONS).length > 0) {
		errors.add(field, 'validation_invalid_shape', 'Must be { get, want, capacity }.');
		return;
	}
	for (const dimension of GWC_DIMENSIONS) {
		const item = gwc[dimension];
		const label = GWC_LABELS[dimension];
		if (item === undefined || item === null) continue;
		if (!isObject(item) || unknownKeys(item, ['answer', 'note']).length > 0) {
			errors.add(field, 'validation_invalid_shape', `${label}: must be { answer, note }.`);
			return;
		}
		if (['yes', 'no', null, undefined].indexOf(item.answer) === -1) {
			errors.add(field, 'validation_invalid_value', `${label}: answer yes or no (EOS has no "kind of").`);
			return;
		}
		checkNote(errors, field, item, label);
	}
}

/** Checks `core_values`: one { value_id, rating, note } per organization value at most. */
function checkCoreValueRatings(errors, ratings, valueIds) {
	const field = 'core_values';
	if (ratings === null) return;
	if (!Array.isArray(ratings)) {
		errors.add(field, 'validation_invalid_type', 'Must be a list of core value ratings.');
		return;
	}
	const seen = {};
	ratings.forEach((item, index) => {
		const label = `Core value rating ${index + 1}`;
		if (!isObject(item) || unknownKeys(item, ['value_id', 'rating', 'note']).length > 0) {
			errors.add(field, 'validation_invalid_shape', `${label}: must be { value_id, rating, note }.`);
			return;
		}
		if (valueIds.indexOf(item.value_id) === -1) {
			errors.add(field, 'validation_unknown_value', `${label}: not one of the organization's core values.`);
			return;
		}
		if (seen[item.value_id]) {
			errors.add(field, 'validation_duplicate', `${label}: this value is already rated.`);
			return;
		}
		seen[item.value_id] = true;
		if ([null, undefined].indexOf(item.rating) === -1 && RATINGS.indexOf(item.rating) === -1) {
			errors.add(field, 'validation_invalid_value', `${label}: rating must be plus, plus_minus or minus.`);
			return;
		}
		checkNote(errors, field, item, label);
	});
}

/** Checks `answers`: keyed by question id of the checklist, { score: 0–4 | "n/a" | null, note }. */
function checkAnswers(errors, answers, questionIds) {
	const field = 'answers';
	if (answers === null) return;
	if (!isObject(answers)) {
		errors.add(field, 'validation_invalid_type', 'Must be an object keyed by question id.');
		return;
	}
	for (const id of Object.keys(answers)) {
		const item = answers[id];
		const label = `Answer to ${id}`;
		if (questionIds.indexOf(id) === -1) {
			errors.add(field, 'validation_unknown_question', `${label}: not a question of this checklist.`);
			return;
		}
		if (!isObject(item) || unknownKeys(item, ['score', 'note']).length > 0) {
			errors.add(field, 'validation_invalid_shape', `${label}: must be { score, note }.`);
			return;
		}
		const score = item.score;
		if (!(score === null || score === undefined || score === 'n/a' || isIntIn(score, 0, 4))) {
			errors.add(
				field,
				'validation_invalid_value',
				`${label}: score must be a whole number from 0 to 4, or "n/a".`
			);
			return;
		}
		checkNote(errors, field, item, label);
	}
}

/** Checks `responsibility_fit`: at most five { responsibility, score: 0–4 | null, note }. */
function checkResponsibilityFit(errors, fit) {
	const field = 'responsibility_fit';
	if (fit === null) return;
	if (!Array.isArray(fit)) {
		errors.add(field, 'validation_invalid_type', 'Must be a list.');
		return;
	}
	if (fit.length > 5) {
		errors.add(field, 'validation_too_many', "At most five responsibilities: the seat's top five.");
		return;
	}
	fit.forEach((item, index) => {
		const label = `Responsibility ${index + 1}`;
		if (!isObject(item) || unknownKeys(item, ['responsibility', 'score', 'note']).length > 0) {
			errors.add(field, 'validation_invalid_shape', `${label}: must be { responsibility, score, note }.`);
			return;
		}
		checkText(errors, field, item.responsibility, { required: true, max: 160, label });
		if (!(item.score === null || item.score === undefined || isIntIn(item.score, 0, 4))) {
			errors.add(field, 'validation_invalid_value', `${label}: score must be a whole number from 0 to 4.`);
			return;
		}
		checkNote(errors, field, item, label);
	});
}

/** Records what a submitted assessment still lacks. */
function checkComplete(errors, content, valueIds, questionIds) {
	const gwc = content.gwc || {};
	const unanswered = GWC_DIMENSIONS.filter(
		(d) => !gwc[d] || (gwc[d].answer !== 'yes' && gwc[d].answer !== 'no')
	);
	if (unanswered.length > 0) {
		const names = unanswered.map((d) => GWC_LABELS[d]).join(', ');
		errors.add('gwc', 'validation_incomplete', `Answer yes or no for ${names} before submitting.`);
	}
	const rated = {};
	for (const item of content.core_values || []) if (item && item.rating) rated[item.value_id] = true;
	if (valueIds.some((id) => !rated[id])) {
		errors.add('core_values', 'validation_incomplete', 'Rate every core value before submitting.');
	}
	const answers = content.answers || {};
	const missing = questionIds.filter(
		(id) => !answers[id] || answers[id].score === null || answers[id].score === undefined
	);
	if (missing.length > 0) {
		errors.add(
			'answers',
			'validation_incomplete',
			`Answer every question before submitting (missing: ${missing.join(', ')}).`
		);
	}
}

module.exports = { checkGwc, checkCoreValueRatings, checkAnswers, checkResponsibilityFit, checkComplete };
