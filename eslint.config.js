// The functional core (README#layout) must stay free of I/O: no SDKs, no Actions toolkit, no
// file system, no clock. The core is the folder src/core/, so a new pure file is protected by
// where it is put; test/unit/layers.test.ts keeps the imports between folders one-way.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Small units are what lets the next engineer read the shell as the pipeline it is.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 250 }],
      'max-lines-per-function': ['error', { max: 60 }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '@aws-sdk/*', '@smithy/*', '@octokit/*'],
              message: 'The core takes data, not clients: move this to an adapter.',
            },
            {
              group: [
                'node:fs',
                'node:fs/*',
                'fs',
                'fs/*',
                'node:child_process',
                'node:net',
                'node:http',
                'node:https',
                'node:events',
                'node:stream',
              ],
              message: 'The core does no I/O: pass the data in.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The core never reads the clock: take `today`/`now` as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The core never reads the clock: take `now` as a parameter.',
        },
      ],
    },
  },
);
