// @ts-check
/**
 * ESLint: typescript-eslint's type-checked recommended rules on every TypeScript file, and
 * eslint-plugin-astro's recommended rules on components. `npm run lint` runs it with no warning allowed.
 */
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', 'node_modules/', '.astro/', 'src/content/', 'public/', 'tests/fixtures/', 'test-results/', 'playwright-report/'] },
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
			globals: { ...globals.node, ...globals.browser },
		},
	},
	{
		rules: {
			// `const { a: _a, ...rest } = x` drops fields on purpose (myth titles, test environments).
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }],
		},
	},
	{
		// Tests read JSON reports, JSON-LD and built HTML whose shape is exactly what they assert: typing
		// each parsed document first would restate the assertion. Source code gets no such allowance.
		files: ['tests/**/*.ts'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
		},
	},
	{
		// These modules re-export .astro components; ESLint's TypeScript service cannot resolve .astro
		// imports (they type as errors), while `astro check` types them fully.
		files: ['src/components/**/index.ts'],
		rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
	},
	{
		// The query layer's entries are typed by the collection types Astro generates (.astro/), which
		// ESLint's TypeScript service sees differently from `astro check`: an assertion `astro check`
		// needs looks unnecessary to ESLint. `astro check` is the judge of types here.
		files: ['src/data/**/*.ts'],
		rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
	},
	...astro.configs['flat/recommended'],
	// Components are checked by `astro check` for types; ESLint's type-aware rules cannot see into them.
	{ files: ['**/*.astro', '**/*.astro/*.ts'], ...tseslint.configs.disableTypeChecked },
	{ files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
