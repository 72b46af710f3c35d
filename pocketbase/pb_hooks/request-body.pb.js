/// <reference path="../pb_data/types.d.ts" />
// Every app collection: a JSON body with a wrong type or format is refused by field before
// PocketBase coerces it (see lib/body.js). This middleware runs before the API rules (so a malformed
// `organization` is named, not just "Failed to create record."); the record request hook in
// record-requests.pb.js checks the same body again, and it is the one that covers /api/batch.
// A body PocketBase cannot decode because a string holds a lone UTF-16 surrogate gets a 400 naming
// the field (lib/broken-text.js), through the records API and through /api/batch.

routerUse((e) => {
	const { checkRecordRequest } = require(`${__hooks}/lib/body.js`);
	checkRecordRequest(e);
	if (e.request.method !== 'POST' || e.request.url.path !== '/api/batch') return e.next();
	// a batch body PocketBase could not decode: name the record field with a lone surrogate
	try {
		return e.next();
	} catch (error) {
		const { brokenBatchAnswer } = require(`${__hooks}/lib/broken-text.js`);
		const answer = brokenBatchAnswer(e.request);
		if (answer === null) throw error;
		return e.json(400, answer);
	}
});
