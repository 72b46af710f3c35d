/// <reference path="../pb_data/types.d.ts" />
// What the MSP keeps to itself about a prospect (docs/sales-mode.md). Both collections belong to the
// MSP organization, never to the workspace, so a hand-off cannot move them and the prospect's people
// (never members of the MSP) cannot reach them:
// - `msp_notes`: the rep's private note on one question (or the whole assessment) of a workspace;
// - `msp_fits`: the two-way fit, the MSP rating the prospect as a client; readable by the
//   workspace's members only once the MSP sets `shared`.
// `workspace` and `assessment` are optional and not cascading: the prospect may delete its workspace
// (PocketBase then clears the reference) and the MSP keeps its notes.

const signedIn = '@request.auth.id != ""';
const mspMember = `${signedIn} && organization.members.id ?= @request.auth.id`;
const mspWriter = `${signedIn} && organization.writers.id ?= @request.auth.id`;

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		const organizations = app.findCollectionByNameOrId('organizations');
		const assessments = app.findCollectionByNameOrId('assessments');
		const organization = {
			name: 'organization',
			type: 'relation',
			collectionId: organizations.id,
			maxSelect: 1,
			required: true,
			cascadeDelete: true
		};
		const workspace = { name: 'workspace', type: 'relation', collectionId: organizations.id, maxSelect: 1 };
		const stamps = [
			{ name: 'created', type: 'autodate', onCreate: true },
			{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
		];

		const notes = new Collection({
			type: 'base',
			name: 'msp_notes',
			listRule: mspMember,
			viewRule: mspMember,
			createRule: mspWriter,
			updateRule: mspWriter,
			deleteRule: mspWriter,
			fields: [
				organization,
				workspace,
				{ name: 'assessment', type: 'relation', collectionId: assessments.id, maxSelect: 1 },
				{ name: 'question', type: 'text', max: 40 },
				{ name: 'text', type: 'text', required: true, max: 2000 },
				{ name: 'author', type: 'relation', collectionId: users.id, maxSelect: 1, required: true },
				...stamps
			],
			indexes: ['CREATE INDEX idx_msp_notes_workspace ON msp_notes (workspace)']
		});
		app.save(notes);

		const fits = new Collection({
			type: 'base',
			name: 'msp_fits',
			listRule: `${mspMember} || (${signedIn} && shared = true && workspace.members.id ?= @request.auth.id)`,
			viewRule: `${mspMember} || (${signedIn} && shared = true && workspace.members.id ?= @request.auth.id)`,
			createRule: mspWriter,
			updateRule: mspWriter,
			deleteRule: mspWriter,
			fields: [
				organization,
				workspace,
				{ name: 'criteria', type: 'json', maxSize: 16384 },
				{ name: 'summary', type: 'text', max: 2000 },
				{ name: 'shared', type: 'bool' },
				{ name: 'rated_by', type: 'relation', collectionId: users.id, maxSelect: 1, required: true },
				...stamps
			],
			indexes: [
				"CREATE UNIQUE INDEX idx_msp_fits_workspace ON msp_fits (organization, workspace) WHERE workspace != ''"
			]
		});
		app.save(fits);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('msp_fits'));
		app.delete(app.findCollectionByNameOrId('msp_notes'));
	}
);
