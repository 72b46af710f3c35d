// Request checks of the MSP's private collections beyond what every app collection gets
// (record-requests.pb.js: author = caller, body types, stale base): a note or fit never moves to
// another workspace.

const { failField } = require(`${__hooks}/lib/errors.js`);

/** Update request of `msp_notes` / `msp_fits`: the workspace stays. */
function checkWorkspaceKept(e) {
	if (e.record.getString('workspace') !== e.record.original().getString('workspace')) {
		failField('workspace', 'validation_immutable', 'Cannot be changed once saved.');
	}
}

module.exports = { checkWorkspaceKept };
