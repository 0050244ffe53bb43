// Which new issues open first under max-new-issues: the most severe, then by fingerprint in
// plain code-unit order. Planning picks them without sorting everything; this holds the pick
// to a full sort's first N on random inputs, and every create is either made or deferred.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/allowlist/evaluate.js';
import { planIssues } from '../../src/core/issues/plan.js';
import { SEVERITIES, severityRank, type Verdict } from '../../src/core/model.js';
import { allowlist, evalOptions, exposure } from '../support/builders.js';
import { issueOptions } from '../support/issue-builders.js';

function verdicts(seed: number, count: number): Verdict[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  const exposures = Array.from({ length: count }, (_, i) =>
    exposure({
      instanceId: `i-${(next() % 50).toString(16).padStart(17, '0')}`,
      ports: { from: i, to: i },
      severity: SEVERITIES[next() % 5]!,
    }),
  );
  return evaluate(exposures, allowlist(), evalOptions()).verdicts;
}

describe('max-new-issues order', () => {
  it('opens the first N of a full (severity, fingerprint) sort, and defers every other create', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const all = verdicts(seed, 1 + (seed % 120));
      const maxNewIssues = seed % 40;
      const plan = planIssues({
        verdicts: all,
        scopes: [],
        issues: [],
        instances: new Map(),
        rules: [],
        options: issueOptions({ maxNewIssues, maxWrites: 100_000 }),
      });
      const expected = [...all]
        .sort(
          (a, b) =>
            severityRank(b.exposure.severity) - severityRank(a.exposure.severity) ||
            (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0),
        )
        .slice(0, maxNewIssues)
        .map((v) => v.fingerprint);
      const made = plan.actions.map((a) => (a.kind === 'create' ? a.fingerprint : ''));
      expect(made, `seed ${seed}`).toEqual(expected);
      const deferred = plan.deferred.map((d) => (d.action.kind === 'create' ? d.action.fingerprint : ''));
      expect(new Set([...made, ...deferred]).size).toBe(all.length);
      const ranks = plan.deferred.map((d) => (d.action.kind === 'create' ? severityRank(d.action.verdict.exposure.severity) : -1));
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    }
  });
});
