// Runs a model hook's save together with its checks and follow-up writes in one transaction.
// Nested calls join the outer transaction (PocketBase's runInTransaction reuses an open one), so a
// batch request or a request hook that already opened one stays atomic.

/**
 * Calls `steps.before(txApp)`, e.next() and `steps.after(txApp)` inside one transaction; either
 * step may be omitted.
 */
function saveInTransaction(e, steps) {
	const original = e.app;
	try {
		original.runInTransaction((txApp) => {
			e.app = txApp;
			if (steps.before) steps.before(txApp);
			e.next();
			if (steps.after) steps.after(txApp);
		});
	} finally {
		// later hooks (after-success, realtime) must not use a finished transaction
		e.app = original;
	}
}

module.exports = { saveInTransaction };
