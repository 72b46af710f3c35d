import { formatScore } from './consensus';
import type { Verdict } from './verdict';

/** A provider's standing in a seat, usually taken from its consensus. */
export interface RankingCandidate {
	providerId: string;
	name: string;
	verdict: Verdict;
	score: number | null;
	fit: number | null;
}

/** A candidate with its place and the sentence that explains it. */
export interface RankedProvider extends RankingCandidate {
	/** 1-based; tied candidates share a rank (1, 2, 2, 4). */
	rank: number;
	/** Names of the candidates tied with this one on verdict, score and fit. */
	tiedWith: string[];
	why: string;
}

const VERDICT_ORDER: Record<Verdict, number> = { right_seat: 0, undecided: 1, wrong_seat: 2 };
const VERDICT_WORDS: Record<Verdict, string> = {
	right_seat: 'right seat',
	undecided: 'undecided',
	wrong_seat: 'wrong seat'
};

/** Higher first, null (not scored) last. */
function byNumberDesc(a: number | null, b: number | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return b - a;
}

/** The ranking order: verdict (right seat, undecided, wrong seat), then score, then fit. */
export function compareCandidates(a: RankingCandidate, b: RankingCandidate): number {
	return (
		VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
		byNumberDesc(a.score, b.score) ||
		byNumberDesc(a.fit, b.fit)
	);
}

function show(value: number | null): string {
	return value === null ? 'not scored' : formatScore(value);
}

function describe(candidate: RankingCandidate): string {
	return `${VERDICT_WORDS[candidate.verdict]}, score ${show(candidate.score)}, fit ${show(candidate.fit)}`;
}

/** Why `candidate` sits below `above`: the first criterion on which they differ. */
function belowBecause(candidate: RankingCandidate, above: RankingCandidate): string {
	if (candidate.verdict !== above.verdict) {
		const pair = `${VERDICT_WORDS[above.verdict]} vs ${VERDICT_WORDS[candidate.verdict]}`;
		return `Below ${above.name} on verdict (${pair})`;
	}
	const key = byNumberDesc(above.score, candidate.score) !== 0 ? 'score' : 'fit';
	return `Below ${above.name} on ${key} (${show(above[key])} vs ${show(candidate[key])})`;
}

/**
 * Ranks providers for one seat. The sort is stable, so ties keep the input order; every entry
 * explains its place, and tied entries name whom they are tied with.
 */
export function rankProviders(candidates: readonly RankingCandidate[]): RankedProvider[] {
	const sorted = [...candidates].sort(compareCandidates);
	return sorted.map((candidate, index) => {
		const tied = sorted.filter((other, at) => at !== index && compareCandidates(other, candidate) === 0);
		const firstOfGroup = sorted.findIndex((other) => compareCandidates(other, candidate) === 0);
		const above = sorted[firstOfGroup - 1];
		const place = above ? belowBecause(candidate, above) : 'Ranked first';
		const tie =
			tied.length === 0
				? ''
				: ` Tied with ${tied.map((t) => t.name).join(', ')} on verdict, score and fit; kept in the order given.`;
		return {
			...candidate,
			rank: firstOfGroup + 1,
			tiedWith: tied.map((t) => t.name),
			why: `${place}: ${describe(candidate)}.${tie}`
		};
	});
}
