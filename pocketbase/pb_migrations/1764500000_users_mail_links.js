/// <reference path="../pb_data/types.d.ts" />
// The links in the verification and password reset mails open the app's own pages
// (src/routes/account/verify, src/routes/account/reset) instead of PocketBase's admin UI.

const LINKS = [
	[
		'verificationTemplate',
		'{APP_URL}/_/#/auth/confirm-verification/{TOKEN}',
		'{APP_URL}/account/verify?token={TOKEN}'
	],
	[
		'resetPasswordTemplate',
		'{APP_URL}/_/#/auth/confirm-password-reset/{TOKEN}',
		'{APP_URL}/account/reset?token={TOKEN}'
	]
];

function relink(app, from, to) {
	const users = app.findCollectionByNameOrId('users');
	for (const link of LINKS) {
		const template = users[link[0]];
		template.body = template.body.split(link[from]).join(link[to]);
	}
	app.save(users);
}

migrate(
	(app) => relink(app, 1, 2),
	(app) => relink(app, 2, 1)
);
