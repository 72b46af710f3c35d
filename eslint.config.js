import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
