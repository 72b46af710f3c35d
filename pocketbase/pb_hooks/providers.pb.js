/// <reference path="../pb_data/types.d.ts" />
// Providers: texts validated on every save.

onRecordValidate((e) => {
	const { validateProvider } = require(`${__hooks}/lib/providers.js`);
	validateProvider(e.record);
	e.next();
}, 'providers');
