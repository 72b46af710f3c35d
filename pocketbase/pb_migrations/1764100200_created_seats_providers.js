/// <reference path="../pb_data/types.d.ts" />
// Seats on the Accountability Chart and the providers that may fill them. Members read, editors and
// owners write; content is validated by pb_hooks/seats.pb.js and pb_hooks/providers.pb.js.

const signedIn = '@request.auth.id != ""';
const member = `${signedIn} && organization.members.id ?= @request.auth.id`;
const writer = `${signedIn} && organization.writers.id ?= @request.auth.id`;

migrate(
	(app) => {
		const organizations = app.findCollectionByNameOrId('organizations');
		const organization = {
			name: 'organization',
			type: 'relation',
			collectionId: organizations.id,
			maxSelect: 1,
			required: true,
			cascadeDelete: true
		};
		const seats = new Collection({
			type: 'base',
			name: 'seats',
			listRule: member,
			viewRule: member,
			createRule: writer,
			updateRule: writer,
			deleteRule: writer,
			fields: [
				organization,
				{ name: 'name', type: 'text', required: true, max: 120 },
				{ name: 'purpose', type: 'text', max: 500 },
				{ name: 'kind', type: 'select', maxSelect: 1, values: ['team', 'service_provider'] },
				{ name: 'accountable_owner', type: 'text', max: 120 },
				{ name: 'responsibilities', type: 'json', maxSize: 8192 },
				{ name: 'metrics', type: 'json', maxSize: 16384 },
				{ name: 'created', type: 'autodate', onCreate: true },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			]
		});
		app.save(seats);
		// A self-relation needs the collection's id, known once it is saved.
		seats.fields.add(new RelationField({ name: 'parent', collectionId: seats.id, maxSelect: 1 }));
		app.save(seats);

		const providers = new Collection({
			type: 'base',
			name: 'providers',
			listRule: member,
			viewRule: member,
			createRule: writer,
			updateRule: writer,
			deleteRule: writer,
			fields: [
				organization,
				{ name: 'name', type: 'text', required: true, max: 120 },
				{ name: 'website', type: 'url' },
				{
					name: 'status',
					type: 'select',
					maxSelect: 1,
					values: ['current', 'prospective', 'former']
				},
				{ name: 'contact', type: 'text', max: 200 },
				{ name: 'notes', type: 'text', max: 2000 },
				{ name: 'created', type: 'autodate', onCreate: true },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			]
		});
		app.save(providers);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('providers'));
		app.delete(app.findCollectionByNameOrId('seats'));
	}
);
