import { repository } from '$lib/data/local/repository';
import { readAheadWith } from './tap-ahead';

/** How long a navigation waits for reads started ahead before it draws the screen without them. */
const WAIT_AT_MOST_MS = 100;

/**
 * Reads what a seat's comparison and report show, from the local store, so the screen is drawn
 * whole in its first frame: started by the press on a link to it (`readAheadPath`), the reads run
 * while the router waits for the tap's frame, and the organization's start as soon as the seat is
 * read instead of after a render. The route's `load` waits for them (sharing the reads in flight).
 * The screens' live reads take these answers (see the shared reads in repository.ts) and follow
 * changes as before. A store slower than a moment does not hold the navigation up: the screen
 * then shows its loading state and reads as it always did.
 */
export function readAheadSeat(seatId: string): Promise<void> {
	return Promise.race([readSeat(seatId), new Promise<void>((done) => setTimeout(done, WAIT_AT_MOST_MS))]);
}

// what a seat's comparison and report read, read in one trip to the store
const SEAT_COLLECTIONS = [
	'seats',
	'organizations',
	'memberships',
	'providers',
	'checklists',
	'assessments',
	'decisions'
] as const;

// the screens a tap can open whose records are read ahead, by path
const SEAT_SCREEN = /^\/seats\/([^/]+)\/(?:compare|report)$/;

/**
 * Starts the reads of the screen a pressed link opens (a pointer down, before the click; see
 * tap-ahead.ts). SvelteKit preloads on the same press, but its `load` only runs once the route's
 * module import resolves, which Chromium answers after the next frame: about 15 ms the reads use.
 */
function readAheadPath(path: string): void {
	const seat = SEAT_SCREEN.exec(path)?.[1];
	if (seat) void readSeat(decodeURIComponent(seat));
}

readAheadWith(readAheadPath);

// the reads of a seat under way, so the press and the route's load share one
const reading = new Map<string, Promise<void>>();

function readSeat(seatId: string): Promise<void> {
	let reads = reading.get(seatId);
	if (!reads) {
		reads = repository.shared
			.together(SEAT_COLLECTIONS, (ask) => {
				ask.list('assessments', { seat: seatId });
				ask.list('decisions', { seat: seatId });
				const organization = ask.get('seats', seatId)?.organization;
				if (!organization) return;
				ask.list('memberships', { organization });
				ask.list('providers', { organization });
				ask.list('checklists', { organization });
				// a workspace's report names the MSP that runs it
				const msp = ask.get('organizations', organization)?.msp;
				if (msp) ask.get('organizations', msp);
			})
			.catch(() => {})
			.finally(() => reading.delete(seatId));
		reading.set(seatId, reads);
	}
	return reads;
}
