// The request-level checks of a record create or update, run from ONE hook per action
// (record-requests.pb.js). Inside /api/batch PocketBase runs request i+1 from within request i's
// request hooks, and every JS handler keeps its pooled VM until it returns: one handler per record
// instead of three keeps a batch inside the VM pool (see pocketbase/start.sh, --hooksPool).

const { assignCaller } = require(`${__hooks}/lib/scope.js`);
const { checkRequestBody } = require(`${__hooks}/lib/body.js`);
const { checkSyncBase } = require(`${__hooks}/lib/sync-base.js`);
const { checkWorkspaceRequest } = require(`${__hooks}/lib/workspaces.js`);
const { checkRoundRequest } = require(`${__hooks}/lib/blind.js`);
const { checkWorkspaceKept } = require(`${__hooks}/lib/msp-private-requests.js`);

/** Sales mode's request checks (docs/sales-mode.md), here to stay one handler per record. */
const SALES_CHECKS = { organizations: checkWorkspaceRequest, providers: checkRoundRequest };

/** The relation to users that names a record's author, per collection; set to the caller on create. */
const AUTHOR_FIELDS = {
	assessments: 'assessor',
	decisions: 'decided_by',
	invitations: 'invited_by',
	msp_notes: 'author',
	msp_fits: 'rated_by'
};

/** Update-only checks: the MSP's private records never move to another workspace. */
const UPDATE_CHECKS = { msp_notes: checkWorkspaceKept, msp_fits: checkWorkspaceKept };

/** Create request: the author is the caller, then the JSON body's types. */
function checkCreateRequest(e) {
	const author = AUTHOR_FIELDS[e.collection.name];
	if (author) assignCaller(e, author);
	checkRequestBody(e);
	if (SALES_CHECKS[e.collection.name]) SALES_CHECKS[e.collection.name](e);
}

/** Update request: the JSON body's types, then the sync engine's stale-base check. */
function checkUpdateRequest(e) {
	checkRequestBody(e);
	checkSyncBase(e);
	if (SALES_CHECKS[e.collection.name]) SALES_CHECKS[e.collection.name](e);
	if (UPDATE_CHECKS[e.collection.name]) UPDATE_CHECKS[e.collection.name](e);
}

module.exports = { checkCreateRequest, checkUpdateRequest };
