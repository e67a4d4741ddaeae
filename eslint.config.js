import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/generated/**',
      '**/dist/**',
      '**/.next/**',
      '**/.next-e2e/**',
      'dashboard/test-results/**',
      'dashboard/next-env.d.ts',
      'bench/results/**',
      'eval/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration in config.ts only (STYLE.md rule 4).',
        },
      ],
    },
  },
  {
    // The dashboard's client components run in the browser.
    files: ['dashboard/src/**/*.tsx', 'dashboard/src/components/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tooling that runs before any service config exists may read the environment directly.
    // CLIs and test helpers are entry points of their own, like a service's config.ts.
    files: [
      'scripts/**',
      '**/*.cli.ts',
      '**/cli.ts',
      '**/testing/**',
      '**/test-database.ts',
      '**/config.ts',
      '**/*.config.ts',
      '**/*.test.ts',
      '**/test/**',
      '.ci/**',
      'database/**',
      'packages/service-kit/src/config/**',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
);
