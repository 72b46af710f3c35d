/// <reference path="../pb_data/types.d.ts" />
/* eslint-disable @typescript-eslint/no-require-imports -- goja loads shared hook code with require() */
// Providers: texts validated on every save.

onRecordValidate((e) => {
	const { validateProvider } = require(`${__hooks}/lib/providers.js`);
	validateProvider(e.record);
	e.next();
}, 'providers');
