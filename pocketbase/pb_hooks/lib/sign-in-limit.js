// Sign-in limits: per account (the identity typed, whether or not it exists, so the limiter reveals
// nothing) and per client IP. After `max` failures in a row the key is locked for `lockSeconds`;
// every further failure after a lock doubles it, up to `maxLockSeconds`. While locked every attempt,
// right password or not, is refused with 429. A success clears the account's count (not the IP's:
// an attacker's own account must not reset their address). Counts live in $app.store() (this
// process's memory; a restart forgets them) as JSON strings, updated under the store's lock.

const { envCount } = require(`${__hooks}/lib/env.js`);

const PREFIX = 'rightseat.signin.';

/** The limits in force: RIGHTSEAT_SIGNIN_* or the defaults (0 failures = that limit is off). */
function limits() {
	const lockSeconds = Math.max(1, envCount('RIGHTSEAT_SIGNIN_LOCK_SECONDS', 30));
	const maxLockSeconds = Math.max(lockSeconds, envCount('RIGHTSEAT_SIGNIN_MAX_LOCK_SECONDS', 900));
	return {
		account: envCount('RIGHTSEAT_SIGNIN_ACCOUNT_FAILURES', 5),
		ip: envCount('RIGHTSEAT_SIGNIN_IP_FAILURES', 20),
		lockSeconds,
		maxLockSeconds,
		// a count older than this since its last failure (and not locked) starts again from 0
		forgetMs: Math.max(maxLockSeconds, 900) * 1000
	};
}

/** The counters one attempt touches: [{ key, max }], limits that are off left out. */
function keysOf(collection, identity, ip) {
	const l = limits();
	const keys = [];
	if (l.account > 0) {
		keys.push({
			key: `${PREFIX}account.${collection}.${String(identity).trim().toLowerCase()}`,
			max: l.account
		});
	}
	if (l.ip > 0 && ip) keys.push({ key: `${PREFIX}ip.${collection}.${ip}`, max: l.ip });
	return keys;
}

function read(value) {
	if (typeof value !== 'string') return null;
	try {
		return JSON.parse(value);
	} catch (_) {
		return null;
	}
}

/** Seconds until the longest lock among `keys` ends (0 = none locked). */
function lockedSeconds(keys, now) {
	let until = 0;
	for (const { key } of keys) {
		const state = read($app.store().get(key));
		if (state && state.until > until) until = state.until;
	}
	return until > now ? Math.ceil((until - now) / 1000) : 0;
}

/** Counts one failure on every key, locking those at or past their limit. */
function recordFailure(keys, now) {
	const l = limits();
	for (const { key, max } of keys) {
		$app.store().setFunc(key, (old) => {
			let state = read(old);
			if (!state || (state.until <= now && now - state.last > l.forgetMs)) state = { failures: 0, until: 0 };
			state.failures += 1;
			state.last = now;
			if (state.failures >= max) {
				const doublings = Math.min(state.failures - max, 20);
				state.until = now + Math.min(l.maxLockSeconds, l.lockSeconds * Math.pow(2, doublings)) * 1000;
			}
			return JSON.stringify(state);
		});
	}
}

/** Clears the account counter after a successful sign-in. */
function recordSuccess(keys) {
	for (const { key } of keys) if (key.indexOf(`${PREFIX}account.`) === 0) $app.store().remove(key);
}

/** Drops counters that are neither locked nor recent (a cron job, so the store stays small). */
function prune(now) {
	const l = limits();
	for (const key of $app.store().keys()) {
		if (String(key).indexOf(PREFIX) !== 0) continue;
		const state = read($app.store().get(key));
		if (!state || (state.until <= now && now - state.last > l.forgetMs)) $app.store().remove(key);
	}
}

/** The refusal for a locked key: 429 with Retry-After and a message a person can act on. */
function refuse(e, seconds) {
	// the auth event embeds the request event twice over; its writer is reached through requestEvent
	e.requestEvent.response.header().set('Retry-After', String(seconds));
	const wait = seconds > 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
	throw new TooManyRequestsError(
		`Too many failed sign-in attempts. Try again in ${wait}, or reset your password.`
	);
}

module.exports = { keysOf, lockedSeconds, recordFailure, recordSuccess, prune, refuse };
