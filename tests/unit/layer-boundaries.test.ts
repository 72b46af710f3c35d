// The layer rules in eslint.config.js, run through ESLint's Node API on snippets: each rule must fire
// on the import it forbids and stay quiet on the one it allows.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
	cwd: process.cwd(),
	// only the layer rules: the typed rules would need the files on disk in the TS project
	ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-syntax',
	overrideConfig: { languageOptions: { parserOptions: { projectService: false } } }
});

async function layerErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer boundaries', { timeout: 60_000 }, () => {
	it('a route may not import $lib/data', async () => {
		const errors = await layerErrors(
			'src/routes/seats/new/+page.ts',
			"import { repository } from '$lib/data/local/repository';\nexport const r = repository;\n"
		);
		expect(errors).toEqual([expect.stringContaining('never import $lib/data')]);
	});

	it('a component may not import $lib/data, statically or lazily', async () => {
		const errors = await layerErrors(
			'src/lib/components/Probe.svelte',
			`<script lang="ts">
	import { pb } from '$lib/data/server/client';
	void import('$lib/data/local/repository');
	void pb;
</script>
`
		);
		expect(errors).toHaveLength(2);
		expect(errors.every((e) => e.includes('never import $lib/data'))).toBe(true);
	});

	it('a route may import actions and state', async () => {
		const errors = await layerErrors(
			'src/routes/seats/new/+page.ts',
			"import { session } from '$lib/state/session.svelte';\nimport * as seats from '$lib/actions/seats';\nexport const r = [session, seats];\n"
		);
		expect(errors).toEqual([]);
	});

	it('the domain imports only zod and the domain', async () => {
		const allowed = await layerErrors(
			'src/lib/domain/probe.ts',
			"import { z } from 'zod';\nimport { seatSchema } from './seat.schema';\nimport { recordId } from '$lib/domain/schemas';\nexport const r = [z, seatSchema, recordId];\n"
		);
		expect(allowed).toEqual([]);
		for (const forbidden of [
			'idb',
			'pocketbase',
			'$lib/data/local/repository',
			'$lib/state/session.svelte',
			'../data/errors',
			'svelte'
		]) {
			const errors = await layerErrors(
				'src/lib/domain/probe.ts',
				`import * as m from '${forbidden}';\nexport const r = m;\n`
			);
			expect(errors, forbidden).toEqual([expect.stringContaining('only zod and other domain modules')]);
		}
	});

	it('the data layer may not import state, actions or components', async () => {
		for (const forbidden of [
			'$lib/state/session.svelte',
			'$lib/actions/seats',
			'$lib/components/Field.svelte',
			'../../state/sync.svelte'
		]) {
			const errors = await layerErrors(
				'src/lib/data/local/probe.ts',
				`import * as m from '${forbidden}';\nexport const r = m;\n`
			);
			expect(errors, forbidden).toEqual([expect.stringContaining('may not import state, actions')]);
		}
		expect(
			await layerErrors(
				'src/lib/data/local/probe.ts',
				"import { z } from 'zod';\nimport { COLLECTION_NAMES } from '$lib/domain/schemas';\nexport const r = [z, COLLECTION_NAMES];\n"
			)
		).toEqual([]);
	});
});
