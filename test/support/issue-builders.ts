import { evaluate } from '../../src/core/allowlist/evaluate.js';
import { identityOf } from '../../src/core/findings/fingerprint.js';
import { materialOf } from '../../src/core/issues/plan.js';
import type { ExistingIssue, Exposure, InstanceFacts, IssueOptions, Scope, Verdict } from '../../src/core/model.js';
import { allowlist, evalOptions, exposure, rule } from './builders.js';

/** An unexpected verdict (no rule covers it) for the exposure described by the overrides. */
export function unexpected(overrides: Parameters<typeof exposure>[0] = {}): Verdict {
  return evaluate([exposure(overrides)], allowlist(), evalOptions()).verdicts[0]!;
}

export function allowedBy(ruleId: string, overrides: Parameters<typeof exposure>[0] = {}): Verdict {
  const e = exposure(overrides);
  return evaluate([e], allowlist(rule({ id: ruleId, reason: 'reviewed in SEC-1', allow: { [e.protocol]: [e.ports] } })), evalOptions())
    .verdicts[0]!;
}

let issueNumber = 100;

/** The issue Portwarden would have written for this verdict. */
export function issueFor(verdict: Verdict, overrides: Partial<ExistingIssue> = {}): ExistingIssue {
  issueNumber += 1;
  return {
    number: issueNumber,
    state: 'open',
    stateReason: null,
    title: 't',
    body: 'b',
    labels: ['portwarden', `severity:${verdict.exposure.severity}`],
    fingerprint: verdict.fingerprint,
    identity: identityOf(verdict.exposure),
    sources: verdict.exposure.sources,
    material: materialOf(verdict),
    ...overrides,
  };
}

export function completeScope(overrides: Partial<Scope> = {}): Scope {
  return { source: 'inspector2', accountId: '111122223333', region: 'eu-west-1', status: 'complete', ...overrides };
}

export function instance(id: string, state: InstanceFacts['state']): [string, InstanceFacts] {
  return [id, { id, state, tags: {}, publicIps: [] }];
}

export function issueOptions(overrides: Partial<IssueOptions> = {}): IssueOptions {
  return {
    maxNewIssues: 25,
    maxWrites: 1000,
    maxCloses: 20,
    allowMassClose: false,
    reopenManuallyClosed: true,
    labels: [],
    assignees: [],
    today: '2026-11-23',
    ...overrides,
  };
}

export type { Exposure };
