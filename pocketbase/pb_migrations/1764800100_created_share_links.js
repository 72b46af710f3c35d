/// <reference path="../pb_data/types.d.ts" />
// Share links: a read-only link to one seat's report, opened without an account through
// GET /api/rightseat/share/{token} (pb_hooks/share_links.pb.js). Only the organization's owners
// create, list, view, revoke (update) or delete them, so nobody else can ever list a token. The
// token is chosen by the server (256 bits from the CSPRNG), never by the client; the hook keeps
// organization, seat, token and author unchanged and a revoked link revoked.

const owner = '@request.auth.id != "" && organization.owners.id ?= @request.auth.id';

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		const organizations = app.findCollectionByNameOrId('organizations');
		const seats = app.findCollectionByNameOrId('seats');
		const links = new Collection({
			type: 'base',
			name: 'share_links',
			listRule: owner,
			viewRule: owner,
			createRule: owner,
			updateRule: owner,
			deleteRule: owner,
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
					name: 'seat',
					type: 'relation',
					collectionId: seats.id,
					maxSelect: 1,
					required: true,
					cascadeDelete: true
				},
				{ name: 'token', type: 'text', required: true, min: 43, max: 43, pattern: '^[A-Za-z0-9]+$' },
				{ name: 'created_by', type: 'relation', collectionId: users.id, maxSelect: 1, required: true },
				{ name: 'expires', type: 'date' },
				{ name: 'revoked', type: 'bool' },
				{ name: 'created', type: 'autodate', onCreate: true },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			],
			indexes: ['CREATE UNIQUE INDEX idx_share_links_token ON share_links (token)']
		});
		app.save(links);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('share_links'));
	}
);
