import type { HandOff } from '$lib/domain/schemas';
import { authError } from './auth';
import { pb } from './client';

/**
 * Hands a prospect workspace over to its own owner (docs/sales-mode.md, "Hand-off API"): the MSP
 * keeps `viewer` access or `none`. Online only; the new workspace record comes back by sync.
 */
export async function handOffWorkspace(workspace: string, choice: HandOff): Promise<void> {
	try {
		await pb.send(`/api/rightseat/workspaces/${encodeURIComponent(workspace)}/handoff`, {
			method: 'POST',
			body: choice
		});
	} catch (error) {
		throw authError(error, 'The hand-off did not go through.');
	}
}
