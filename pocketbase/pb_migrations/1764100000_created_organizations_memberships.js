/// <reference path="../pb_data/types.d.ts" />
// Organizations and their memberships. `members`, `writers` and `owners` are maintained by hooks
// (pb_hooks/lib/roles.js) from `memberships` so that every API rule tests the caller's role in
// *this* organization with one condition (see docs/security.md).

const signedIn = '@request.auth.id != ""';

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		const organizations = new Collection({
			type: 'base',
			name: 'organizations',
			listRule: `${signedIn} && members.id ?= @request.auth.id`,
			viewRule: `${signedIn} && members.id ?= @request.auth.id`,
			createRule: signedIn,
			updateRule: `${signedIn} && owners.id ?= @request.auth.id`,
			deleteRule: `${signedIn} && owners.id ?= @request.auth.id`,
			fields: [
				{ name: 'name', type: 'text', required: true, max: 120 },
				{ name: 'kind', type: 'select', maxSelect: 1, values: ['business', 'msp'] },
				{
					name: 'logo',
					type: 'file',
					maxSelect: 1,
					maxSize: 2 * 1024 * 1024,
					mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
					thumbs: ['96x96']
				},
				{ name: 'core_values', type: 'json', maxSize: 16384 },
				{ name: 'values_bar', type: 'json', maxSize: 1024 },
				{ name: 'members', type: 'relation', collectionId: users.id, maxSelect: 999 },
				{ name: 'writers', type: 'relation', collectionId: users.id, maxSelect: 999 },
				{ name: 'owners', type: 'relation', collectionId: users.id, maxSelect: 999 },
				{ name: 'created', type: 'autodate', onCreate: true },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			]
		});
		app.save(organizations);

		const memberships = new Collection({
			type: 'base',
			name: 'memberships',
			listRule: `${signedIn} && organization.members.id ?= @request.auth.id`,
			viewRule: `${signedIn} && organization.members.id ?= @request.auth.id`,
			createRule: `${signedIn} && organization.owners.id ?= @request.auth.id`,
			updateRule: `${signedIn} && organization.owners.id ?= @request.auth.id`,
			deleteRule: `${signedIn} && (organization.owners.id ?= @request.auth.id || user = @request.auth.id)`,
			fields: [
				{
					name: 'organization',
					type: 'relation',
					collectionId: organizations.id,
					maxSelect: 1,
					required: true,
					cascadeDelete: true
				},
				{
					name: 'user',
					type: 'relation',
					collectionId: users.id,
					maxSelect: 1,
					required: true,
					cascadeDelete: true
				},
				{
					name: 'role',
					type: 'select',
					maxSelect: 1,
					required: true,
					values: ['owner', 'editor', 'viewer']
				},
				{ name: 'created', type: 'autodate', onCreate: true },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			],
			indexes: ['CREATE UNIQUE INDEX idx_memberships_organization_user ON memberships (organization, user)']
		});
		app.save(memberships);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('memberships'));
		app.delete(app.findCollectionByNameOrId('organizations'));
	}
);
