// Validation of a seat: texts, the top five responsibilities, metrics, and a parent in the same
// organization that does not make the chart a cycle.

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
const { checkText, checkTextFields } = require(`${__hooks}/lib/text.js`);
const { readJson, isObject, unknownKeys } = require(`${__hooks}/lib/json.js`);
const { checkImmutable, checkSameOrganization } = require(`${__hooks}/lib/scope.js`);

const CADENCES = ['weekly', 'monthly', 'quarterly', 'annually'];
const MAX_DEPTH = 1000;

/** Checks `responsibilities`: 1–5 strings, 1–160 chars after trim, unique case-insensitively. */
function checkResponsibilities(errors, list) {
	const field = 'responsibilities';
	if (!Array.isArray(list) || list.length === 0) {
		errors.add(field, 'validation_required', "Name at least one responsibility: the seat's top five.");
		return;
	}
	if (list.length > 5) {
		errors.add(field, 'validation_too_many', "At most five responsibilities: the seat's top five.");
		return;
	}
	const seen = {};
	list.forEach((item, index) => {
		const label = `Responsibility ${index + 1}`;
		checkText(errors, field, item, { required: true, max: 160, label });
		if (typeof item !== 'string' || errors.has(field)) return;
		const key = item.trim().toLowerCase();
		if (seen[key]) errors.add(field, 'validation_duplicate', `${label}: listed twice.`);
		seen[key] = true;
	});
}

/** Checks `metrics`: 0–10 { name 1–80, target ≤ 40, unit ≤ 20, cadence }. */
function checkMetrics(errors, list) {
	const field = 'metrics';
	if (list === null) return;
	if (!Array.isArray(list)) {
		errors.add(field, 'validation_invalid_type', 'Must be a list of metrics.');
		return;
	}
	if (list.length > 10) {
		errors.add(field, 'validation_too_many', 'At most ten metrics.');
		return;
	}
	list.forEach((metric, index) => {
		const label = `Metric ${index + 1}`;
		if (!isObject(metric) || unknownKeys(metric, ['name', 'target', 'unit', 'cadence']).length > 0) {
			errors.add(field, 'validation_invalid_shape', `${label}: must be { name, target, unit, cadence }.`);
			return;
		}
		checkText(errors, field, metric.name, { required: true, max: 80, label });
		checkText(errors, field, metric.target === undefined ? '' : metric.target, { max: 40, label });
		checkText(errors, field, metric.unit === undefined ? '' : metric.unit, { max: 20, label });
		if (CADENCES.indexOf(metric.cadence) === -1) {
			errors.add(
				field,
				'validation_invalid_value',
				`${label}: cadence must be weekly, monthly, quarterly or annually.`
			);
		}
	});
}

/** Checks `parent`: not the seat itself, same organization, no cycle (walks up the chart). */
function checkParent(errors, app, record) {
	const parentId = record.getString('parent');
	if (parentId === '') return;
	if (parentId === record.id) {
		errors.add('parent', 'validation_self_parent', 'A seat cannot report to itself.');
		return;
	}
	checkSameOrganization(errors, app, record, 'parent', 'seats', false);
	if (errors.has('parent')) return;
	let current = parentId;
	for (let depth = 0; current !== '' && depth < MAX_DEPTH; depth++) {
		if (current === record.id) {
			errors.add(
				'parent',
				'validation_cycle',
				'This parent would make the chart a loop: a seat cannot report to one of its own reports.'
			);
			return;
		}
		try {
			current = app.findRecordById('seats', current).getString('parent');
		} catch (_) {
			return;
		}
	}
}

/** Validates a seat record; throws a field-keyed 400. */
function validateSeat(app, record) {
	const errors = fieldErrors();
	checkImmutable(errors, record, ['organization']);
	checkTextFields(errors, record, {
		name: { required: true, max: 120 },
		purpose: { max: 500 },
		accountable_owner: { max: 120 }
	});
	checkResponsibilities(errors, readJson(record, 'responsibilities'));
	checkMetrics(errors, readJson(record, 'metrics'));
	checkParent(errors, app, record);
	errors.throwIfAny();
}

module.exports = { validateSeat };
