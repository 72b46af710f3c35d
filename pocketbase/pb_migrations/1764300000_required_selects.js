/// <reference path="../pb_data/types.d.ts" />
// The selects the contract (docs/data-model.md) gives exactly one value are required, as the app's
// zod schemas require them: an organization's `kind`, a seat's `kind`, a provider's `status` and an
// assessment's `status`. Records saved before without a value get the default the app would choose,
// so that a later update of them is not refused for a field the user never touched.

const REQUIRED_SELECTS = [
	{ collection: 'organizations', field: 'kind', fallback: 'business' },
	{ collection: 'seats', field: 'kind', fallback: 'team' },
	{ collection: 'providers', field: 'status', fallback: 'prospective' },
	{ collection: 'assessments', field: 'status', fallback: 'draft' }
];

migrate(
	(app) => {
		for (const { collection, field, fallback } of REQUIRED_SELECTS) {
			const target = app.findCollectionByNameOrId(collection);
			target.fields.getByName(field).required = true;
			app.save(target);
			app
				.db()
				.newQuery(`UPDATE {{${collection}}} SET [[${field}]] = {:fallback} WHERE [[${field}]] = ''`)
				.bind({ fallback })
				.execute();
		}
	},
	(app) => {
		for (const { collection, field } of REQUIRED_SELECTS) {
			const target = app.findCollectionByNameOrId(collection);
			target.fields.getByName(field).required = false;
			app.save(target);
		}
	}
);
