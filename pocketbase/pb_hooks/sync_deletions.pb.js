/// <reference path="../pb_data/types.d.ts" />
// Every delete of a synced record leaves a row in `sync_deletions` in the same transaction, for the
// people who could see it (see the migration and docs/sync.md).

onRecordDelete(
	(e) => {
		const { saveInTransaction } = require(`${__hooks}/lib/transaction.js`);
		const { audienceOf, logDeletion } = require(`${__hooks}/lib/sync-deletions.js`);
		const audience = audienceOf(e.app, e.record);
		saveInTransaction(e, { after: (txApp) => logDeletion(txApp, e.record, audience) });
	},
	...require(`${__hooks}/lib/collections.js`).APP_COLLECTIONS
);
