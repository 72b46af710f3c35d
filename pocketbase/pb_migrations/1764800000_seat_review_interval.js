/// <reference path="../pb_data/types.d.ts" />
// `seats.review_interval_months`: how often the providers in this seat are re-assessed, 1–24 months.
// Empty (PocketBase stores 0) means the default, quarterly (src/lib/domain/seat-review.ts); the
// interval is per seat because the seat, not the provider, sets the pace of its reviews.

migrate(
	(app) => {
		const seats = app.findCollectionByNameOrId('seats');
		seats.fields.add(new NumberField({ name: 'review_interval_months', onlyInt: true, min: 1, max: 24 }));
		app.save(seats);
	},
	(app) => {
		const seats = app.findCollectionByNameOrId('seats');
		seats.fields.removeByName('review_interval_months');
		app.save(seats);
	}
);
