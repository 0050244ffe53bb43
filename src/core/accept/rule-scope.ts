// The last check on a rule that accept mode is about to propose: it must match the issue's
// own resource, and in the latest trusted report nothing the issue's scope did not name.
// Accept mode writes only literal values, so this holds by construction today; the check
// keeps it true if the rule builder ever changes.
import { compileRule } from '../allowlist/compiled-rules.js';
import type { AllowRule, ExistingIssue, Exposure } from '../model.js';
import { exposuresFromIssues } from '../findings/known-exposures.js';
import { tagValue } from '../tags.js';
import type { RuleJson } from './rule-edit.js';

export function scopeProblem(rule: RuleJson, issue: ExistingIssue, known: readonly Exposure[], today: string): string | undefined {
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : undefined);
  const m = rule.match;
  const tags =
    m.tags && typeof m.tags === 'object' ? Object.fromEntries(Object.entries(m.tags).map(([k, v]) => [k, [String(v)]])) : undefined;
  const allowRule: AllowRule = {
    id: rule.id,
    match: {
      ...(list(m.accounts) ? { accounts: list(m.accounts)! } : {}),
      ...(list(m.regions) ? { regions: list(m.regions)! } : {}),
      ...(list(m.instanceIds) ? { instanceIds: list(m.instanceIds)! } : {}),
      ...(list(m.name) ? { name: list(m.name)! } : {}),
      ...(tags ? { tags } : {}),
    },
    allow: {},
    reason: rule.reason,
    line: 0,
  };
  const compiled = compileRule(allowRule, today);
  const self = exposuresFromIssues([{ ...issue, state: 'open' }])[0]!;
  if (!compiled.matches(self)) return `the rule would not match ${issue.identity.resourceId} itself`;
  const same = (e: Exposure) =>
    e.accountId === issue.identity.accountId &&
    e.region === issue.identity.region &&
    (allowRule.match.instanceIds ? e.resource.id === issue.identity.resourceId : true) &&
    (allowRule.match.name ? (tagValue(e.resource.tags, 'Name') ?? e.resource.name) === issue.material.name : true) &&
    Object.entries(tags ?? {}).every(([key, [value]]) => tagValue(e.resource.tags, key) === value);
  const broader = [
    ...new Set(known.filter((e) => compiled.matches(e) && !same(e)).map((e) => `${e.accountId}/${e.region}/${e.resource.id}`)),
  ];
  return broader.length > 0
    ? `the rule would also match ${broader.length} other resource(s) in the latest report, such as ${broader[0]}`
    : undefined;
}
