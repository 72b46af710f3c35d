import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Screens read state and call actions; only actions and state reach the data layer. */
export const SCREENS_NO_DATA = {
	regex: String.raw`(^\$lib/data(/|$))|(/lib/data(/|$))`,
	message: 'Routes and components call $lib/actions and read $lib/state; they never import $lib/data.'
};
/** The domain is pure: zod and other domain modules, nothing else. */
export const DOMAIN_PURE = {
	regex: String.raw`^(?!zod$|\./|\$lib/domain/)`,
	message: 'src/lib/domain imports only zod and other domain modules (no I/O, no Svelte, no data).'
};
/** The data layer knows nothing of the screens above it. */
export const DATA_BELOW_UI = {
	regex: String.raw`(^\$lib/(state|actions|components)(/|$))|(/(state|actions|components|routes)/)|(\.svelte$)|(^\$app/)`,
	message: 'src/lib/data may not import state, actions, components or routes.'
};
/**
 * The sync lab is a test harness, not a screen: it hands the data layer itself to Playwright. It is
 * built only for the e2e tests (see vite.config.ts) and is the one route allowed to import data.
 */
const LAYER_EXCEPTIONS = ['src/routes/(dev)/**'];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'dev-dist/',
			'pocketbase/bin/',
			'pocketbase/pb_data/',
			'test-results/',
			'playwright-report/',
			'bench/.out/',
			// the benchmark's empty baseline app, built with its own kit config
			'bench/floor/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: { 'no-undef': 'off' }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	// The layers (docs/architecture.md): what each folder may import. eslint-rules.test.ts proves they fire.
	{
		files: ['src/routes/**', 'src/lib/components/**'],
		ignores: LAYER_EXCEPTIONS,
		rules: {
			'no-restricted-imports': ['error', { patterns: [SCREENS_NO_DATA] }],
			// import('$lib/data/...') too: a lazy import is still a dependency
			'no-restricted-syntax': [
				'error',
				{
					selector: 'ImportExpression[source.value=/lib\\u002Fdata(\\u002F|$)/]',
					message: SCREENS_NO_DATA.message
				}
			]
		}
	},
	{
		files: ['src/lib/domain/**'],
		ignores: ['src/lib/domain/**/*.test.ts', 'src/lib/domain/**/*.testing.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [DOMAIN_PURE] }] }
	},
	{
		files: ['src/lib/data/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [DATA_BELOW_UI] }] }
	},
	{
		// PocketBase JSVM files run in goja with its own globals (migrate, Collection, $app, ...).
		files: ['pocketbase/**/*.js'],
		languageOptions: { globals: { ...globals.es2021 } },
		rules: {
			'@typescript-eslint/no-unused-vars': 'off',
			'@typescript-eslint/triple-slash-reference': 'off',
			// goja loads shared hook code with require()
			'@typescript-eslint/no-require-imports': 'off'
		}
	}
);
