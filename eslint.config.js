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
      // Leaving props out by destructuring them away is how a component passes on the rest.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
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
  {
    // Code the browser and the server both run: it knows neither of them.
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': layerRule([
        { group: ['**/src/**', '**/server/**', '../*', '!../shared/**'], message: 'shared/ imports neither src/ nor server/.' },
        { group: ['node:*'], message: 'shared/ runs in the browser too: no Node modules.' },
      ]),
    },
  },
  {
    // The server may use shared/ and nothing else of the client.
    files: ['server/**'],
    rules: {
      'no-restricted-imports': layerRule([{ group: ['**/src/**', '**/e2e/**'], message: 'server/ imports shared/, never src/.' }]),
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
