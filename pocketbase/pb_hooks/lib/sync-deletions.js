// Who must hear about a deleted record, and the log row that tells them.

/** The ids in a multiple relation field of `record`. */
function idsOf(record, field) {
	const ids = record.get(field);
	return ids ? Array.from(ids, String) : [];
}

/**
 * The users who could see `record` before it went: an organization's members; for a record of an
 * organization, that organization's members (read before the delete, so a cascade still finds
 * them); for a membership, its user too (they lose the organization and must drop it); for a shared
 * two-way fit, the workspace's members too.
 */
function audienceOf(app, record) {
	const collection = record.collection().name;
	if (collection === 'organizations') return idsOf(record, 'members');
	const audience = [];
	try {
		audience.push(...idsOf(app.findRecordById('organizations', record.getString('organization')), 'members'));
	} catch (_) {
		// the organization is gone already: its own deletion row tells everyone
	}
	if (collection === 'memberships') audience.push(record.getString('user'));
	// a shared two-way fit was readable by the workspace's members too
	if (collection === 'msp_fits' && record.getBool('shared')) {
		try {
			audience.push(...idsOf(app.findRecordById('organizations', record.getString('workspace')), 'members'));
		} catch (_) {
			// no workspace (deleted): nobody there holds it
		}
	}
	return Array.from(new Set(audience.filter((id) => id !== '')));
}

/** Writes the deletions log row of `record`. */
function logDeletion(app, record, audience) {
	if (audience.length === 0) return;
	const row = new Record(app.findCollectionByNameOrId('sync_deletions'));
	const collection = record.collection().name;
	row.set('record_collection', collection);
	row.set('record_id', record.id);
	row.set('organization', collection === 'organizations' ? record.id : record.getString('organization'));
	row.set('audience', audience);
	app.save(row);
}

module.exports = { audienceOf, logDeletion };
