// Optimistic concurrency for the sync engine: an update may name the `updated` value of the server
// version it was based on (`sync_base_updated`, not a field, never stored). If the record changed
// since, the update is refused, and the engine pulls, merges field by field and pushes again —
// so a device that was offline can never silently overwrite a co-assessor's newer answers.

/** Refuses an update request whose `sync_base_updated` is not the stored record's `updated`. */
function checkSyncBase(e) {
	const base = e.requestInfo().body['sync_base_updated'];
	if (base && base !== e.record.original().getString('updated')) {
		throw new BadRequestError('Changed on the server since this edit was made.', {
			sync_base_updated: new ValidationError('sync_stale', 'Changed on the server since this edit was made.')
		});
	}
}

module.exports = { checkSyncBase };
