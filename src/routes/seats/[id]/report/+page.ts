import { readAheadSeat } from '$lib/state/read-ahead';
import type { PageLoad } from './$types';

// the seat's records are read from the tap on, so the report draws whole in its first frame
export const load: PageLoad = async ({ params }) => {
	await readAheadSeat(params.id);
};
