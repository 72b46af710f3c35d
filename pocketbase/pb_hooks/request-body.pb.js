/// <reference path="../pb_data/types.d.ts" />
// Every app collection: a JSON body with a wrong type or format is refused by field before
// PocketBase coerces it (see lib/body.js). This middleware runs before the API rules (so a malformed
// `organization` is named, not just "Failed to create record."); the record request hook in
// record-requests.pb.js checks the same body again, and it is the one that covers /api/batch.

routerUse((e) => {
	const { checkRecordRequest } = require(`${__hooks}/lib/body.js`);
	checkRecordRequest(e);
	return e.next();
});
