// What an MSP lends the prospect workspaces it holds (docs/sales-mode.md). The workspace's role arrays
// are its own memberships plus this grant, so every rule stays one condition on one array:
// - `manage` (before hand-off): the MSP's members are members, its editors and owners are writers and
//   owners (the rep runs the workspace: pipeline, invitations, the blind round);
// - `viewer` (after hand-off, if the prospect keeps the MSP): the MSP's members are members only;
// - `none`, empty, or no MSP: nothing.
// Only memberships decide who is in the MSP itself, so a workspace never lends access onwards.

const EMPTY = { members: [], writers: [], owners: [] };

/** The ids in multiple relation `field` of `record`, as a plain JS array. */
function idsOf(record, field) {
	return Array.from(record.getStringSlice(field), String);
}

/** The users the workspace's MSP lends it, per role array. */
function mspGrant(app, organization) {
	const mspId = organization.getString('msp');
	const access = organization.getString('msp_access');
	if (mspId === '' || (access !== 'manage' && access !== 'viewer')) return EMPTY;
	let msp;
	try {
		msp = app.findRecordById('organizations', mspId);
	} catch (_) {
		return EMPTY; // the MSP is being deleted: PocketBase clears `msp` next
	}
	const members = idsOf(msp, 'members');
	if (access === 'viewer') return { members, writers: [], owners: [] };
	const writers = idsOf(msp, 'writers');
	return { members, writers, owners: writers };
}

/** `own` followed by the ids of `lent` it does not hold yet. */
function union(own, lent) {
	const seen = {};
	const out = [];
	for (const id of own.concat(lent)) {
		if (seen[id]) continue;
		seen[id] = true;
		out.push(id);
	}
	return out;
}

/**
 * Logs an `organizations` row in `sync_deletions` for users who were members of `workspace` and are
 * no more (left the MSP, or the prospect took the MSP's access away), so their devices drop the
 * workspace and its records (src/lib/data/pull.ts: an organization deletion takes its records).
 */
function logLostAccess(app, workspace, before) {
	const now = idsOf(workspace, 'members');
	const lost = before.filter((id) => now.indexOf(id) === -1);
	if (lost.length === 0) return;
	const row = new Record(app.findCollectionByNameOrId('sync_deletions'));
	row.set('record_collection', 'organizations');
	row.set('record_id', workspace.id);
	row.set('organization', workspace.id);
	row.set('audience', lost);
	app.save(row);
}

/**
 * After the role arrays of MSP `msp` changed: recomputes those of every workspace it holds.
 * `recompute` is roles.js's recomputeRoles (passed in: the two modules would otherwise require each
 * other).
 */
function recomputeWorkspaces(app, msp, recompute) {
	if (msp.getString('kind') !== 'msp') return;
	const workspaces = app.findRecordsByFilter('organizations', 'msp = {:msp}', '', 0, 0, { msp: msp.id });
	for (const workspace of workspaces) {
		const before = idsOf(workspace, 'members');
		recompute(app, workspace.id);
		logLostAccess(app, app.findRecordById('organizations', workspace.id), before);
	}
}

module.exports = { idsOf, mspGrant, union, recomputeWorkspaces, logLostAccess };
