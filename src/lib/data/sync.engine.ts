import type { CollectionName } from '$lib/domain/schemas';

/** Placeholder until the engine lands: keeps the status API callable. */
export const syncEngine = {
	start(): void {},
	stop(): void {},
	async runCycle(): Promise<void> {}
};

/** Applies a conflict choice (engine pending). */
export async function resolveConflict(
	_collection: CollectionName,
	_id: string,
	_choices: Record<string, 'local' | 'server'>
): Promise<void> {}
