// Roles live in `memberships`; each organization carries them again as three user arrays so that an
// API rule tests the caller's role in *that* organization with one condition
// (`organization.writers.id ?= @request.auth.id`). These functions keep the arrays equal to the
// memberships and keep at least one owner.

const { throwFieldErrors } = require(`${__hooks}/lib/errors.js`);
const { idsOf, mspGrant, union, recomputeWorkspaces } = require(`${__hooks}/lib/workspace-access.js`);

const WRITER_ROLES = ['owner', 'editor'];

/** Recomputes members/writers/owners of organization `orgId` from its memberships. */
function recomputeRoles(app, orgId) {
	let organization;
	try {
		organization = app.findRecordById('organizations', orgId);
	} catch (_) {
		return; // the organization is being deleted (cascade): nothing to maintain
	}
	const rows = app.findRecordsByFilter('memberships', 'organization = {:org}', 'created,id', 0, 0, {
		org: orgId
	});
	const members = [];
	const writers = [];
	const owners = [];
	for (const row of rows) {
		const user = row.getString('user');
		const role = row.getString('role');
		members.push(user);
		if (WRITER_ROLES.indexOf(role) !== -1) writers.push(user);
		if (role === 'owner') owners.push(user);
	}
	// a prospect workspace also holds what its MSP lends it (lib/workspace-access.js)
	const lent = mspGrant(app, organization);
	organization.set('members', union(members, lent.members));
	organization.set('writers', union(writers, lent.writers));
	organization.set('owners', union(owners, lent.owners));
	app.saveNoValidate(organization);
	recomputeWorkspaces(app, organization, recomputeRoles);
	return {
		members: idsOf(organization, 'members'),
		writers: idsOf(organization, 'writers'),
		owners: idsOf(organization, 'owners')
	};
}

/** Number of owners of `orgId` other than membership `exceptId`. */
function otherOwners(app, orgId, exceptId) {
	const rows = app.findRecordsByFilter(
		'memberships',
		'organization = {:org} && role = "owner" && id != {:id}',
		'',
		1,
		0,
		{ org: orgId, id: exceptId }
	);
	return rows.length;
}

/** True when the organization still exists (false while its deletion cascades). */
function organizationExists(app, orgId) {
	try {
		app.findRecordById('organizations', orgId);
		return true;
	} catch (_) {
		return false;
	}
}

/**
 * Refuses to delete or demote the last owner of an organization. `membership` is the record as
 * stored; `nextRole` is its new role, or null for a delete.
 */
function guardLastOwner(app, membership, nextRole) {
	const orgId = membership.getString('organization');
	if (membership.getString('role') !== 'owner' || nextRole === 'owner') return;
	if (!organizationExists(app, orgId)) return;
	if (otherOwners(app, orgId, membership.id) > 0) return;
	const message =
		nextRole === null
			? 'The last owner cannot leave: make someone else an owner first, or delete the organization.'
			: 'The last owner cannot be demoted: make someone else an owner first.';
	throwFieldErrors({ role: { code: 'validation_last_owner', message } });
}

module.exports = { recomputeRoles, guardLastOwner, WRITER_ROLES };
