/// <reference path="../pb_data/types.d.ts" />
// Blind scoring (docs/sales-mode.md): while a provider's round is blind and not yet revealed, an
// assessment of it is readable, changeable and deletable only by its assessor. The role test stays
// one condition on one array; the blind test reads the stored provider, which only the
// organization's owners may switch (pb_hooks/lib/blind.js), and which the last listed assessor's
// submission reveals.

const signedIn = '@request.auth.id != ""';
const member = `${signedIn} && organization.members.id ?= @request.auth.id`;
const writer = `${signedIn} && organization.writers.id ?= @request.auth.id`;
const open = '(assessor = @request.auth.id || provider.blind = false || provider.revealed = true)';

migrate(
	(app) => {
		const assessments = app.findCollectionByNameOrId('assessments');
		assessments.listRule = `${member} && ${open}`;
		assessments.viewRule = `${member} && ${open}`;
		assessments.updateRule = `${writer} && ${open}`;
		assessments.deleteRule = `${writer} && ${open}`;
		app.save(assessments);
	},
	(app) => {
		const assessments = app.findCollectionByNameOrId('assessments');
		assessments.listRule = member;
		assessments.viewRule = member;
		assessments.updateRule = writer;
		assessments.deleteRule = writer;
		app.save(assessments);
	}
);
