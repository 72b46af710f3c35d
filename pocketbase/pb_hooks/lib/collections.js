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

module.exports = { APP_COLLECTIONS };
