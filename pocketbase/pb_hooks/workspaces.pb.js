/// <reference path="../pb_data/types.d.ts" />
// MSP sales-team mode (docs/sales-mode.md): prospect workspaces held by an MSP, their blind scoring
// rounds, and the hand-off to the prospect. The MSP's access itself lives in the role arrays
// (lib/roles.js + lib/workspace-access.js); the request checks of organizations and providers run
// from lib/requests.js (one request handler per record keeps /api/batch inside the VM pool).

onRecordValidate((e) => {
	const { validateWorkspace } = require(`${__hooks}/lib/workspaces.js`);
	validateWorkspace(e.app, e.record);
	e.next();
}, 'organizations');

// A workspace gets its MSP's grant as it is created (a superuser's create makes no membership that
// would recompute it), and loses it when PocketBase clears `msp` because the MSP was deleted.
onRecordCreate((e) => {
	const { applyWorkspaceDefaults } = require(`${__hooks}/lib/workspaces.js`);
	const { saveInTransaction } = require(`${__hooks}/lib/transaction.js`);
	const { recomputeRoles } = require(`${__hooks}/lib/roles.js`);
	applyWorkspaceDefaults(e.record);
	if (e.record.getString('msp') === '') {
		e.next();
		return;
	}
	saveInTransaction(e, { after: (txApp) => recomputeRoles(txApp, e.record.id) });
}, 'organizations');

onRecordUpdate((e) => {
	if (e.record.getString('msp') === e.record.original().getString('msp')) {
		e.next();
		return;
	}
	const { saveInTransaction } = require(`${__hooks}/lib/transaction.js`);
	const { recomputeRoles } = require(`${__hooks}/lib/roles.js`);
	const { idsOf, logLostAccess } = require(`${__hooks}/lib/workspace-access.js`);
	const before = idsOf(e.record.original(), 'members');
	saveInTransaction(e, {
		after: (txApp) => {
			recomputeRoles(txApp, e.record.id);
			logLostAccess(txApp, txApp.findRecordById('organizations', e.record.id), before);
		}
	});
}, 'organizations');

routerAdd(
	'POST',
	'/api/rightseat/workspaces/{id}/handoff',
	(e) => {
		const { handOff } = require(`${__hooks}/lib/workspaces.js`);
		const { recomputeRoles } = require(`${__hooks}/lib/roles.js`);
		const body = e.requestInfo().body;
		const access = body && typeof body.msp_access === 'string' ? body.msp_access : '';
		const workspace = handOff(e.app, e.request.pathValue('id'), e.auth, access, recomputeRoles);
		return e.json(200, workspace);
	},
	$apis.requireAuth('users')
);

onRecordValidate((e) => {
	const { validateRound } = require(`${__hooks}/lib/blind.js`);
	validateRound(e.app, e.record);
	e.next();
}, 'providers');

// An assessment's save reveals a blind round once every listed assessor submitted: in Go with the
// rest of the assessments' hooks (pocketbase/cmd/rightseat/assessments.go).
