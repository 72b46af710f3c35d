/// <reference path="../pb_data/types.d.ts" />
// Assessments of a provider in a seat, and the decisions taken from them. Members read, editors and
// owners write; cross-organization references and JSON content are refused by the hooks
// (pb_hooks/assessments.pb.js, pb_hooks/decisions.pb.js).

const signedIn = '@request.auth.id != ""';
const member = `${signedIn} && organization.members.id ?= @request.auth.id`;
const writer = `${signedIn} && organization.writers.id ?= @request.auth.id`;

/** @param {string} collectionId @param {boolean} required */
function relation(name, collectionId, required) {
	return { name, type: 'relation', collectionId, maxSelect: 1, required };
}

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		const organizations = app.findCollectionByNameOrId('organizations');
		const seats = app.findCollectionByNameOrId('seats');
		const providers = app.findCollectionByNameOrId('providers');
		const checklists = app.findCollectionByNameOrId('checklists');
		const organization = { ...relation('organization', organizations.id, true), cascadeDelete: true };
		const stamps = [
			{ name: 'created', type: 'autodate', onCreate: true },
			{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
		];

		const assessments = new Collection({
			type: 'base',
			name: 'assessments',
			listRule: member,
			viewRule: member,
			createRule: writer,
			updateRule: writer,
			deleteRule: writer,
			fields: [
				organization,
				relation('seat', seats.id, true),
				relation('provider', providers.id, true),
				relation('checklist', checklists.id, true),
				relation('assessor', users.id, true),
				{ name: 'status', type: 'select', maxSelect: 1, values: ['draft', 'submitted'] },
				{ name: 'gwc', type: 'json', maxSize: 16384 },
				{ name: 'core_values', type: 'json', maxSize: 32768 },
				{ name: 'answers', type: 'json', maxSize: 131072 },
				{ name: 'responsibility_fit', type: 'json', maxSize: 32768 },
				{ name: 'summary', type: 'text', max: 4000 },
				{ name: 'assessed_at', type: 'date' },
				...stamps
			]
		});
		app.save(assessments);

		const decisions = new Collection({
			type: 'base',
			name: 'decisions',
			listRule: member,
			viewRule: member,
			createRule: writer,
			updateRule: writer,
			deleteRule: writer,
			fields: [
				organization,
				relation('seat', seats.id, true),
				relation('provider', providers.id, true),
				relation('decided_by', users.id, true),
				{ name: 'reason', type: 'text', required: true, max: 2000 },
				{ name: 'decided_at', type: 'date', required: true },
				// json, not number: a PocketBase number field cannot be empty (it reads 0), and 0 is a
				// valid score. Validated as null or a number 0–100 by the hook.
				{ name: 'consensus_score', type: 'json', maxSize: 64 },
				{ name: 'consensus_reason', type: 'text', max: 2000 },
				...stamps
			]
		});
		app.save(decisions);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('decisions'));
		app.delete(app.findCollectionByNameOrId('assessments'));
	}
);
