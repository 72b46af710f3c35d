/// <reference path="../pb_data/types.d.ts" />
// Sign-in attempts with a password are limited per account and per IP, with a lock that grows
// (lib/sign-in-limit.js; RIGHTSEAT_SIGNIN_* in docs/operations.md). PocketBase's own per-IP rate
// limit on `*:auth` (migration 1764100600) stays as the coarse outer bound.

onRecordAuthWithPasswordRequest(
	(e) => {
		const limiter = require(`${__hooks}/lib/sign-in-limit.js`);
		const keys = limiter.keysOf(e.collection.name, e.identity, e.realIP());
		const locked = limiter.lockedSeconds(keys, Date.now());
		if (locked > 0) limiter.refuse(e, locked);
		try {
			e.next();
		} catch (error) {
			limiter.recordFailure(keys, Date.now());
			throw error;
		}
		limiter.recordSuccess(keys);
	},
	'users',
	'_superusers'
);

cronAdd('rightseat-signin-prune', '*/10 * * * *', () => {
	require(`${__hooks}/lib/sign-in-limit.js`).prune(Date.now());
});
