/// <reference path="../pb_data/types.d.ts" />
// A blind round's reveal (an owner's update, or the Go hook after the last listed submission)
// makes assessments readable that did not change: devices pull by `updated` and would never fetch
// them. Stamping them with the reveal's time, in the same transaction, sends them with the next pull.
// An owner's change of who is listed reveals the round too when everyone left has submitted.

onRecordUpdate((e) => {
	const before = e.record.original().getBool('revealed');
	// an owner's new list may leave only people who submitted: then it reveals now (lib/blind.js)
	require(`${__hooks}/lib/blind.js`).revealIfListedSubmitted(e.app, e.record);
	e.next();
	if (before || !e.record.getBool('revealed')) return;
	e.app
		.db()
		.newQuery('UPDATE assessments SET updated = {:now} WHERE provider = {:provider}')
		.bind({ now: new DateTime().string(), provider: e.record.id })
		.execute();
}, 'providers');
