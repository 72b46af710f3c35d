// The app's synced collections, named once for every hook that covers them all.
const APP_COLLECTIONS = [
	'organizations',
	'memberships',
	'invitations',
	'seats',
	'providers',
	'checklists',
	'assessments',
	'decisions',
	'msp_notes',
	'msp_fits'
];

/** The app collections whose record request checks are JS hooks (assessments': Go, assessments.go). */
const JS_REQUEST_COLLECTIONS = APP_COLLECTIONS.filter((name) => name !== 'assessments');

module.exports = { APP_COLLECTIONS, JS_REQUEST_COLLECTIONS };
