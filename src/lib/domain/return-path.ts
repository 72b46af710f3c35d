/**
 * Where to return after signing in: `candidate` when it is a path of this app (`/chart?x=1#y`),
 * otherwise null. Anything that could leave the origin (`//host`, `/\host`, `https:`) or loop back
 * to `self` (the account page) is refused.
 */
export function returnPath(candidate: string | null | undefined, self = '/account'): string | null {
	if (!candidate || !candidate.startsWith('/') || /^\/[/\\]/.test(candidate)) return null;
	if ([...candidate].some((c) => c.charCodeAt(0) < 0x20)) return null;
	const path = candidate.split(/[?#]/)[0]!;
	if (path === self || path === `${self}/`) return null;
	return candidate;
}
