// Reading RightSeat's environment variables in hooks, one way for every hook.

/** The trimmed value of `name`, or '' when unset. */
function envString(name) {
	return String($os.getenv(name) || '').trim();
}

/** A whole number ≥ 0 from `name`, or `fallback` when unset or not such a number. */
function envCount(name, fallback) {
	const text = envString(name);
	if (!/^\d+$/.test(text)) return fallback;
	return Number(text);
}

module.exports = { envString, envCount };
