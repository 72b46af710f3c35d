/// <reference path="../pb_data/types.d.ts" />
// MSP sales-team mode (docs/sales-mode.md): a prospect workspace is a business organization that an
// MSP organization holds (`msp`). The MSP's members reach it through the role arrays, which the hooks
// fill from the MSP's own arrays according to `msp_access` (pb_hooks/lib/workspace-access.js), so
// every existing rule keeps being one condition on one array. `stage`, `last_session` and `contacts`
// are the pipeline; `msp_access` and `handed_off` change only through the hand-off endpoint.
// Providers gain the blind-scoring round (`blind`, `blind_assessors`, `revealed`) and `msp_self`
// (this provider is the MSP itself: its self-assessment beside the incumbent).

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		const organizations = app.findCollectionByNameOrId('organizations');
		organizations.fields.add(
			new RelationField({ name: 'msp', collectionId: organizations.id, maxSelect: 1, cascadeDelete: false })
		);
		organizations.fields.add(
			new SelectField({ name: 'msp_access', maxSelect: 1, values: ['manage', 'viewer', 'none'] })
		);
		organizations.fields.add(
			new SelectField({
				name: 'stage',
				maxSelect: 1,
				values: ['first_meeting', 'assessed', 'proposal', 'won', 'lost']
			})
		);
		organizations.fields.add(new DateField({ name: 'last_session' }));
		organizations.fields.add(new JSONField({ name: 'contacts', maxSize: 16384 }));
		organizations.fields.add(new DateField({ name: 'handed_off' }));
		organizations.addIndex('idx_organizations_msp', false, 'msp', '');
		app.save(organizations);

		const providers = app.findCollectionByNameOrId('providers');
		providers.fields.add(new BoolField({ name: 'msp_self' }));
		providers.fields.add(new BoolField({ name: 'blind' }));
		providers.fields.add(
			new RelationField({ name: 'blind_assessors', collectionId: users.id, maxSelect: 20 })
		);
		providers.fields.add(new BoolField({ name: 'revealed' }));
		app.save(providers);
	},
	(app) => {
		const providers = app.findCollectionByNameOrId('providers');
		for (const name of ['msp_self', 'blind', 'blind_assessors', 'revealed'])
			providers.fields.removeByName(name);
		app.save(providers);
		const organizations = app.findCollectionByNameOrId('organizations');
		organizations.removeIndex('idx_organizations_msp');
		for (const name of ['msp', 'msp_access', 'stage', 'last_session', 'contacts', 'handed_off']) {
			organizations.fields.removeByName(name);
		}
		app.save(organizations);
	}
);
