/// <reference path="../pb_data/types.d.ts" />
// `providers.website` becomes a text field checked by the hook (pb_hooks/lib/providers.js) with the
// same pattern as the app's zod schema. PocketBase's url field refuses some ordinary addresses the
// app accepts (`http://a.b.example`, `HTTPS://…` aside) with a validator of its own, so the two
// sides could not agree. Values are kept: copied to a new field, the old one removed, the new renamed.

/** Replaces `website` with a field made by `make`, keeping every stored value. */
function replaceWebsite(app, make) {
	let providers = app.findCollectionByNameOrId('providers');
	providers.fields.add(make('website_next'));
	app.save(providers);
	app.db().newQuery('UPDATE {{providers}} SET [[website_next]] = [[website]]').execute();
	providers = app.findCollectionByNameOrId('providers');
	providers.fields.removeByName('website');
	app.save(providers);
	providers = app.findCollectionByNameOrId('providers');
	providers.fields.getByName('website_next').name = 'website';
	app.save(providers);
}

migrate(
	(app) => replaceWebsite(app, (name) => new TextField({ name, max: 2000 })),
	(app) => replaceWebsite(app, (name) => new URLField({ name }))
);
