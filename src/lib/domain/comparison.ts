import { buildConsensus } from './consensus';
import {
	decisionOverride,
	type Assessment,
	type ChecklistInput,
	type Decision,
	type Organization,
	type Provider
} from './schemas';
import { rankProviders, type RankedProvider } from './ranking';

/**
 * Ranks the providers assessed in one seat: each provider's submitted assessments become a consensus
 * (the newest decision's consensus score overrides the median when it gives one), then the domain
 * ranking orders them and says why.
 */
export function compareProviders(
	assessments: readonly Assessment[],
	providers: readonly Provider[],
	decisions: readonly Decision[],
	checklistOf: (id: string) => ChecklistInput | undefined,
	organization: Organization
): RankedProvider[] {
	const candidates = providers.flatMap((provider) => {
		const mine = assessments.filter((a) => a.provider === provider.id && a.status === 'submitted');
		const checklist = mine[0] ? checklistOf(mine[0].checklist) : undefined;
		if (!checklist) return [];
		const decision = decisions
			.filter((d) => d.provider === provider.id)
			.sort((a, b) => b.decided_at.localeCompare(a.decided_at))[0];
		const consensus = buildConsensus(
			mine.filter((a) => a.checklist === mine[0]?.checklist),
			checklist,
			organization,
			{ override: decision ? decisionOverride(decision) : null }
		);
		return [
			{
				providerId: provider.id,
				name: provider.name,
				verdict: consensus.verdict.verdict,
				score: consensus.headline.score,
				fit: consensus.fit
			}
		];
	});
	return rankProviders(candidates);
}
