/// <reference path="../pb_data/types.d.ts" />
// Invitations by email. Owners manage them; the invitee (same email, case-insensitive) may see
// them and accepts through POST /api/rightseat/invitations/{id}/accept (pb_hooks/invitations.pb.js).

const signedIn = '@request.auth.id != ""';
const owner = 'organization.owners.id ?= @request.auth.id';

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		const organizations = app.findCollectionByNameOrId('organizations');
		const invitations = new Collection({
			type: 'base',
			name: 'invitations',
			listRule: `${signedIn} && (${owner} || email = @request.auth.email:lower)`,
			viewRule: `${signedIn} && (${owner} || email = @request.auth.email:lower)`,
			createRule: `${signedIn} && ${owner}`,
			updateRule: `${signedIn} && ${owner}`,
			deleteRule: `${signedIn} && ${owner}`,
			fields: [
				{
					name: 'organization',
					type: 'relation',
					collectionId: organizations.id,
					maxSelect: 1,
					required: true,
					cascadeDelete: true
				},
				{ name: 'email', type: 'email', required: true },
				{
					name: 'role',
					type: 'select',
					maxSelect: 1,
					required: true,
					values: ['owner', 'editor', 'viewer']
				},
				{ name: 'expires', type: 'date' },
				{ name: 'invited_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
				{ name: 'created', type: 'autodate', onCreate: true },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			]
		});
		app.save(invitations);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('invitations'));
	}
);
