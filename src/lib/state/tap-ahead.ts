/**
 * The press on a link, in the app shell: `readAheadOfTap` hands the link's path to the reader
 * that read-ahead.ts registers when it loads (with the first screen that shows records, through
 * live.svelte.ts), so the shell carries a few lines, not the data layer (first-visit JS, issue 10).
 * A press before then loads it, a frame later.
 */
type Reader = (path: string) => void;

let reader: Reader | undefined;

export function readAheadWith(read: Reader): void {
	reader = read;
}

export function readAheadOfTap(event: Event): void {
	const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
	if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return;
	const path = link.pathname;
	if (reader) reader(path);
	else if (path.startsWith('/seats/')) void import('./read-ahead').then(() => reader?.(path));
}
