/// <reference path="../pb_data/types.d.ts" />
// Share links (not synced, so not in lib/collections.js): the author is the caller and the JSON body
// is type-checked on create; the server always picks the token; the public report answers
// GET /api/rightseat/share/{token} without an account (lib/share-links.js).

onRecordCreateRequest((e) => {
	const { assignCaller } = require(`${__hooks}/lib/scope.js`);
	const { checkRequestBody } = require(`${__hooks}/lib/body.js`);
	assignCaller(e, 'created_by');
	checkRequestBody(e);
	e.next();
}, 'share_links');

onRecordUpdateRequest((e) => {
	const { checkRequestBody } = require(`${__hooks}/lib/body.js`);
	checkRequestBody(e);
	e.next();
}, 'share_links');

onRecordCreate((e) => {
	const { newToken } = require(`${__hooks}/lib/share-links.js`);
	e.record.set('token', newToken());
	e.next();
}, 'share_links');

onRecordValidate((e) => {
	const { validateShareLink } = require(`${__hooks}/lib/share-links.js`);
	validateShareLink(e.app, e.record);
	e.next();
}, 'share_links');

routerAdd('GET', '/api/rightseat/share/{token}', (e) => {
	const { sharedReport } = require(`${__hooks}/lib/share-links.js`);
	const report = sharedReport(e.app, e.request.pathValue('token'));
	e.response.header().set('Cache-Control', 'no-store');
	e.response.header().set('X-Robots-Tag', 'noindex');
	return e.json(200, report);
});
