// Validation of a decision: seat and provider of its organization, a reason, and a consensus score
// that overrides the median only with a recorded reason.

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
const { checkTextFields } = require(`${__hooks}/lib/text.js`);
const { readJson, isNumberIn } = require(`${__hooks}/lib/json.js`);
const { checkImmutable, checkSameOrganization } = require(`${__hooks}/lib/scope.js`);

/** Validates a decision record; throws a field-keyed 400. */
function validateDecision(app, record) {
	const errors = fieldErrors();
	checkImmutable(errors, record, ['organization', 'decided_by']);
	checkSameOrganization(errors, app, record, 'seat', 'seats', false);
	checkSameOrganization(errors, app, record, 'provider', 'providers', false);
	checkTextFields(errors, record, {
		reason: { required: true, max: 2000 },
		consensus_reason: { max: 2000 }
	});
	const score = readJson(record, 'consensus_score');
	if (score !== null && !isNumberIn(score, 0, 100)) {
		errors.add('consensus_score', 'validation_invalid_value', 'Must be a number from 0 to 100, or empty.');
	}
	// 0 without a reason reads as "no consensus", as in src/lib/domain/decision.schema.ts
	// asked of any number, even one out of range (as zod does), not of a value of another type
	if (
		typeof score === 'number' &&
		score !== 0 &&
		record.getString('consensus_reason').trim() === '' &&
		!errors.has('consensus_reason')
	) {
		errors.add('consensus_reason', 'validation_required', 'Give the reason for the consensus score.');
	}
	errors.throwIfAny();
}

module.exports = { validateDecision };
