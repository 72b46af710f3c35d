/// <reference path="../pb_data/types.d.ts" />
// Request-level checks of every app collection, one handler per action (lib/requests.js says why):
// on create the author fields are the caller and the JSON body is type-checked; on update the body
// is type-checked and a stale `sync_base_updated` is refused. Organizations add their own request
// hooks (organizations.pb.js), which run first. Assessments' request checks are in Go with the rest
// of their hooks (pocketbase/cmd/rightseat/assessments.go): the record a sync pushes by the thousand.

onRecordCreateRequest(
	(e) => {
		const { checkCreateRequest } = require(`${__hooks}/lib/requests.js`);
		checkCreateRequest(e);
		e.next();
	},
	...require(`${__hooks}/lib/collections.js`).JS_REQUEST_COLLECTIONS
);

onRecordUpdateRequest(
	(e) => {
		const { checkUpdateRequest } = require(`${__hooks}/lib/requests.js`);
		checkUpdateRequest(e);
		e.next();
	},
	...require(`${__hooks}/lib/collections.js`).JS_REQUEST_COLLECTIONS
);
