/// <reference path="../pb_data/types.d.ts" />
// The deletions log the sync engine pulls so a delete on one device reaches the others: PocketBase
// deletes rows for good, and a client that was offline at the time would otherwise keep the record
// forever. Rows are written only by the hook (pb_hooks/sync_deletions.pb.js); each names the users
// who could see the record when it went (`audience`), and only they may list it.

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		const seenBy = '@request.auth.id != "" && audience.id ?= @request.auth.id';
		const deletions = new Collection({
			type: 'base',
			name: 'sync_deletions',
			listRule: seenBy,
			viewRule: seenBy,
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{ name: 'record_collection', type: 'text', required: true, max: 40 },
				{ name: 'record_id', type: 'text', required: true, max: 15 },
				{ name: 'organization', type: 'text', max: 15 },
				{ name: 'audience', type: 'relation', collectionId: users.id, maxSelect: 999 },
				{ name: 'created', type: 'autodate', onCreate: true },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			],
			indexes: ['CREATE INDEX idx_sync_deletions_updated ON sync_deletions (updated, id)']
		});
		app.save(deletions);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('sync_deletions'));
	}
);
