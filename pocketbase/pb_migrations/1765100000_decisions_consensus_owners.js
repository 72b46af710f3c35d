/// <reference path="../pb_data/types.d.ts" />
// Only an organization's owners record a consensus override (a decision's `consensus_score` with
// its `consensus_reason`). The hook (pb_hooks/lib/decisions.js) already refuses a score other than
// 0 without a reason, so a decision overrides the median exactly when its `consensus_reason` is
// not empty (src/lib/domain/decision.schema.ts, `decisionOverride`). These rules therefore let an
// editor write a decision only without a consensus reason, and touch (update or delete) only a
// decision that carries none; owners keep every right they had.

const signedIn = '@request.auth.id != ""';
const writer = `${signedIn} && organization.writers.id ?= @request.auth.id`;
const owner = 'organization.owners.id ?= @request.auth.id';
const noNewReason = '(@request.body.consensus_reason:isset = false || @request.body.consensus_reason = "")';

migrate(
	(app) => {
		const decisions = app.findCollectionByNameOrId('decisions');
		decisions.createRule = `${writer} && (${owner} || ${noNewReason})`;
		decisions.updateRule = `${writer} && (${owner} || (consensus_reason = "" && ${noNewReason}))`;
		decisions.deleteRule = `${writer} && (${owner} || consensus_reason = "")`;
		app.save(decisions);
	},
	(app) => {
		const decisions = app.findCollectionByNameOrId('decisions');
		decisions.createRule = writer;
		decisions.updateRule = writer;
		decisions.deleteRule = writer;
		app.save(decisions);
	}
);
