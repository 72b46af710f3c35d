// Prospect workspaces (docs/sales-mode.md): a business organization held by an MSP organization.
// Validation of the pipeline fields, who may open a workspace for an MSP, the fields only the
// hand-off changes, and the hand-off itself.

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
const { checkText } = require(`${__hooks}/lib/text.js`);
const { readJson, isObject, unknownKeys } = require(`${__hooks}/lib/json.js`);
const { findRecord } = require(`${__hooks}/lib/scope.js`);
const { idsOf, logLostAccess } = require(`${__hooks}/lib/workspace-access.js`);

/** The same address pattern as invitations (INVITATION_EMAIL in src/lib/domain/organization.schema.ts). */
const EMAIL =
	/^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const MAX_CONTACTS = 10;
/** Changed only by the hand-off endpoint. */
const HANDOFF_FIELDS = ['msp_access', 'handed_off'];

/** Checks `contacts`: up to ten { name, role, email, phone }, a name each. */
function checkContacts(errors, contacts) {
	if (contacts === null) return;
	const field = 'contacts';
	if (!Array.isArray(contacts)) {
		errors.add(field, 'validation_invalid_type', 'Must be a list of contacts.');
		return;
	}
	if (contacts.length > MAX_CONTACTS) {
		errors.add(field, 'validation_length', `At most ${MAX_CONTACTS} contacts.`);
		return;
	}
	contacts.forEach((contact, index) => {
		const label = `Contact ${index + 1}`;
		if (!isObject(contact) || unknownKeys(contact, ['name', 'role', 'email', 'phone']).length > 0) {
			errors.add(field, 'validation_invalid_shape', `${label}: must be { name, role, email, phone }.`);
			return;
		}
		checkText(errors, field, contact.name, { required: true, max: 120, label });
		checkText(errors, field, contact.role === undefined ? '' : contact.role, { max: 120, label });
		checkText(errors, field, contact.phone === undefined ? '' : contact.phone, { max: 40, label });
		const email = contact.email === undefined ? '' : contact.email;
		if (typeof email !== 'string' || (email !== '' && !EMAIL.test(email))) {
			errors.add(field, 'validation_invalid_email', `${label}: enter an email address.`);
		}
	});
}

/**
 * Validates the sales fields of an organization: a workspace is a business held by an organization
 * of kind `msp` that is no workspace itself; an MSP that holds workspaces stays an MSP.
 */
function validateWorkspace(app, record) {
	const errors = fieldErrors();
	const mspId = record.getString('msp');
	if (mspId !== '') {
		const msp = findRecord(app, 'organizations', mspId);
		if (mspId === record.id) errors.add('msp', 'validation_self', 'An organization cannot hold itself.');
		else if (msp !== null && (msp.getString('kind') !== 'msp' || msp.getString('msp') !== '')) {
			errors.add('msp', 'validation_not_msp', 'Must be an MSP organization.');
		}
		if (record.getString('kind') === 'msp') {
			errors.add('kind', 'validation_workspace_kind', 'A prospect workspace is a business.');
		}
	}
	if (
		!record.isNew() &&
		record.original().getString('kind') === 'msp' &&
		record.getString('kind') !== 'msp'
	) {
		const held = app.findRecordsByFilter('organizations', 'msp = {:id}', '', 1, 0, { id: record.id });
		if (held.length > 0) {
			errors.add(
				'kind',
				'validation_holds_workspaces',
				'This MSP holds prospect workspaces: it stays an MSP.'
			);
		}
	}
	checkContacts(errors, readJson(record, 'contacts'));
	errors.throwIfAny();
}

/** A new workspace starts at the first meeting, run by its MSP. */
function applyWorkspaceDefaults(record) {
	if (record.getString('msp') === '') return;
	if (record.getString('stage') === '') record.set('stage', 'first_meeting');
	if (record.getString('msp_access') === '') record.set('msp_access', 'manage');
}

/**
 * Request checks (API and batch): only a writer of the MSP opens a workspace for it; `msp` never
 * changes through the API; `msp_access` and `handed_off` change only by hand-off (a body repeating
 * the stored values is accepted, as the sync engine sends whole records back).
 */
function checkWorkspaceRequest(e) {
	if (e.hasSuperuserAuth()) return;
	const errors = fieldErrors();
	const record = e.record;
	if (record.isNew()) {
		const mspId = record.getString('msp');
		const msp = mspId === '' ? null : findRecord(e.app, 'organizations', mspId);
		if (mspId !== '' && (msp === null || !e.auth || idsOf(msp, 'writers').indexOf(e.auth.id) === -1)) {
			errors.add(
				'msp',
				'validation_not_msp_writer',
				'Only an editor or owner of the MSP opens a workspace for it.'
			);
		}
		for (const field of HANDOFF_FIELDS) {
			const allowed = field === 'msp_access' && mspId !== '' ? ['', 'manage'] : [''];
			if (allowed.indexOf(record.getString(field)) === -1) {
				errors.add(field, 'validation_read_only', 'Set by the hand-off.');
			}
		}
	} else {
		const original = record.original();
		if (record.getString('msp') !== original.getString('msp')) {
			errors.add('msp', 'validation_immutable', 'Cannot be changed once saved.');
		}
		for (const field of HANDOFF_FIELDS) {
			if (record.getString(field) !== original.getString(field)) {
				errors.add(field, 'validation_read_only', 'Set by the hand-off.');
			}
		}
	}
	errors.throwIfAny();
}

function membershipsOf(app, orgId) {
	return app.findRecordsByFilter('memberships', 'organization = {:org}', '', 0, 0, { org: orgId });
}

/**
 * Hands workspace `id` over to its prospect, or changes what the MSP keeps afterwards. The caller
 * must be an owner of the workspace by their own membership (an invited prospect owner), not a
 * member of the MSP: the prospect decides. `access` is what the MSP keeps: `viewer` or `none`. The
 * MSP people's own memberships of the workspace go (the rep who opened it was made its owner); the
 * MSP's notes and two-way fit stay in the MSP organization. One transaction.
 */
function handOff(app, id, user, access, recompute) {
	if (access !== 'viewer' && access !== 'none') {
		throw new BadRequestError('Choose what the MSP keeps: viewer or none.', {
			msp_access: new ValidationError('validation_invalid_value', 'Choose viewer or none.')
		});
	}
	const workspace = findRecord(app, 'organizations', id);
	if (workspace === null || idsOf(workspace, 'members').indexOf(user.id) === -1) {
		throw new NotFoundError('This workspace does not exist.');
	}
	const mspId = workspace.getString('msp');
	const own = membershipsOf(app, id).filter((m) => m.getString('user') === user.id)[0];
	const msp = mspId === '' ? null : findRecord(app, 'organizations', mspId);
	if (msp === null) throw new BadRequestError('This organization is no prospect workspace.');
	if (!own || own.getString('role') !== 'owner' || idsOf(msp, 'members').indexOf(user.id) !== -1) {
		throw new ForbiddenError(
			'Only the prospect’s owner takes the workspace over: accept the invitation first.'
		);
	}
	const mspMembers = idsOf(msp, 'members');
	app.runInTransaction((txApp) => {
		const before = idsOf(txApp.findRecordById('organizations', id), 'members');
		for (const membership of membershipsOf(txApp, id)) {
			if (mspMembers.indexOf(membership.getString('user')) !== -1) txApp.delete(membership);
		}
		const fresh = txApp.findRecordById('organizations', id);
		fresh.set('msp_access', access);
		if (fresh.getString('handed_off') === '') fresh.set('handed_off', new DateTime());
		txApp.saveNoValidate(fresh);
		recompute(txApp, id);
		logLostAccess(txApp, txApp.findRecordById('organizations', id), before);
	});
	return app.findRecordById('organizations', id);
}

module.exports = { validateWorkspace, applyWorkspaceDefaults, checkWorkspaceRequest, handOff };
