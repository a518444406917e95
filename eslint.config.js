import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One-way imports: lib/api/components/state never import features or app; features never import each other.
const FEATURES = ['sentiment', 'cost', 'top-students'];
const layerRule = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'playwright-report', 'test-results', 'bench/.tmp'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/lib/**', 'src/api/**', 'src/components/**', 'src/state/**'],
    rules: {
      'no-restricted-imports': layerRule([
        { group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or the app.' },
      ]),
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': layerRule([
        {
          group: [...FEATURES.filter((other) => other !== feature).map((other) => `**/${other}/**`), '**/app/**'],
          message: 'Features never import each other or the app.',
        },
      ]),
    },
  })),
);
