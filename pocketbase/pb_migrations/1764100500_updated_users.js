/// <reference path="../pb_data/types.d.ts" />
// Users: `name` ≤ 120, passwords ≥ 10 characters, open sign-up. A user sees their own record and
// the records of people who share an organization with them (names in member lists; emails stay
// hidden unless the user made them visible).

const ownOrCoMember =
	'@request.auth.id != "" && (id = @request.auth.id || memberships_via_user.organization.members.id ?= @request.auth.id)';

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.fields.getByName('name').max = 120;
		users.fields.getByName('password').min = 10;
		users.listRule = ownOrCoMember;
		users.viewRule = ownOrCoMember;
		users.createRule = '';
		users.updateRule = 'id = @request.auth.id';
		users.deleteRule = 'id = @request.auth.id';
		app.save(users);
	},
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.fields.getByName('name').max = 255;
		users.fields.getByName('password').min = 8;
		users.listRule = 'id = @request.auth.id';
		users.viewRule = 'id = @request.auth.id';
		app.save(users);
	}
);
