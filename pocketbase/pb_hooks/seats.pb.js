/// <reference path="../pb_data/types.d.ts" />
// Seats: content and chart structure validated on every save (API, batch and internal).

onRecordValidate((e) => {
	const { validateSeat } = require(`${__hooks}/lib/seats.js`);
	validateSeat(e.app, e.record);
	e.next();
}, 'seats');
