// Request checks of the MSP's private collections, the same as record-requests.pb.js gives the app's
// synced collections (they are kept out of lib/collections.js: the app does not sync them yet).

const { assignCaller } = require(`${__hooks}/lib/scope.js`);
const { checkBody, checkRequestBody } = require(`${__hooks}/lib/body.js`);
const { checkSyncBase } = require(`${__hooks}/lib/sync-base.js`);
const { failField } = require(`${__hooks}/lib/errors.js`);

const AUTHOR_FIELDS = { msp_notes: 'author', msp_fits: 'rated_by' };
const RECORDS_PATH = /^\/api\/collections\/(msp_notes|msp_fits)\/records(\/[^/]+)?\/?$/;

/** Create request: the author is the caller, then the JSON body's types. */
function checkCreate(e) {
	assignCaller(e, AUTHOR_FIELDS[e.collection.name]);
	checkRequestBody(e);
}

/** Update request: the body's types, the stale-base check, and the workspace stays. */
function checkUpdate(e) {
	checkRequestBody(e);
	checkSyncBase(e);
	if (e.record.getString('workspace') !== e.record.original().getString('workspace')) {
		failField('workspace', 'validation_immutable', 'Cannot be changed once saved.');
	}
}

/** Router middleware: the body check before the API rule runs, so a bad `organization` is named. */
function checkMspPrivateRequest(e) {
	const method = e.request.method;
	if (method !== 'POST' && method !== 'PATCH') return;
	const match = RECORDS_PATH.exec(e.request.url.path);
	if (!match) return;
	const type = (e.request.header.get('Content-Type') || '').toLowerCase();
	if (type.indexOf('application/json') !== 0) return;
	const body = e.requestInfo().body;
	if (body) checkBody(e.app.findCachedCollectionByNameOrId(match[1]), body, method === 'POST');
}

module.exports = { checkCreate, checkUpdate, checkMspPrivateRequest };
