/// <reference path="../pb_data/types.d.ts" />
// Versioned checklists. An empty organization marks a built-in: readable by any signed-in user and
// writable by nobody (the write rules need a writer of the record's organization). A locked
// checklist is never updated: a change is a new version.

const signedIn = '@request.auth.id != ""';
const writer = `${signedIn} && organization.writers.id ?= @request.auth.id`;
const reader = `${signedIn} && (organization = "" || organization.members.id ?= @request.auth.id)`;

migrate(
	(app) => {
		const organizations = app.findCollectionByNameOrId('organizations');
		const checklists = new Collection({
			type: 'base',
			name: 'checklists',
			listRule: reader,
			viewRule: reader,
			createRule: writer,
			updateRule: `${writer} && locked = false`,
			deleteRule: writer,
			fields: [
				{
					name: 'organization',
					type: 'relation',
					collectionId: organizations.id,
					maxSelect: 1,
					cascadeDelete: true
				},
				{ name: 'family', type: 'text', required: true, max: 40, pattern: '^[a-z0-9_-]{1,40}$' },
				{ name: 'name', type: 'text', required: true, max: 120 },
				{ name: 'version', type: 'number', required: true, onlyInt: true, min: 1 },
				{ name: 'questions', type: 'json', maxSize: 65536 },
				{ name: 'locked', type: 'bool' },
				{ name: 'created', type: 'autodate', onCreate: true },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			],
			indexes: [
				'CREATE UNIQUE INDEX idx_checklists_organization_family_version ON checklists (organization, family, version)'
			]
		});
		app.save(checklists);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('checklists'));
	}
);
