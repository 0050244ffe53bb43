// The functional core (see shared/DESIGN.md and STYLE.md #1) must stay free of I/O:
// no SDKs, no Actions toolkit, no file system, no clock. This config makes that a build error.
import tseslint from 'typescript-eslint';

const corePaths = [
  'src/model.ts',
  'src/ports.ts',
  'src/wildcard.ts',
  'src/exposures/**/*.ts',
  'src/enrich/apply-facts.ts',
  'src/allowlist/evaluate.ts',
  'src/allowlist/validate.ts',
  'src/allowlist/tag-allow.ts',
  'src/allowlist/expiry.ts',
  'src/allowlist/lint.ts',
  'src/allowlist/diff.ts',
  'src/sources/normalize-*.ts',
  'src/sources/security-group-exposures.ts',
  'src/sources/known-exposures.ts',
  'src/sources/dispatch-event.ts',
  'src/port-risk.ts',
  'src/dates.ts',
  'src/issues/fingerprint.ts',
  'src/issues/plan.ts',
  'src/securityhub/workflow.ts',
  'src/issues/render.ts',
  'src/issues/marker.ts',
  'src/report/*.ts',
  'src/check.ts',
  'src/accept/command.ts',
  'src/accept/rule-edit.ts',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: corePaths,
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
              group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:child_process', 'node:net', 'node:http', 'node:https'],
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
