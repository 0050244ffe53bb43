// Risky allowlist rules: valid JSON that would quietly widen the attack surface. Each finding
// has a stable id, says why it is risky and what to write instead, and points at the rule.
import { addDays } from '../dates.js';
import type { AllowRule, Allowlist, Protocol } from '../model.js';
import { SENSITIVE_PORTS, sensitivePortsIn } from '../port-risk.js';
import { contains, formatRanges, portCount, unionRanges } from '../ports.js';
import { hasWildcard } from '../wildcard.js';

export const LINT_RULES = {
  'PW001-all-ports': 'a rule allows every port, or more ports than max-ports-per-rule',
  'PW002-empty-match': 'a rule matches every resource in every account and region',
  'PW003-sensitive-wildcard': 'a sensitive port is allowed for a wildcard match',
  'PW004-expiry': 'expires is missing, past, or further ahead than max-expiry-days',
  'PW005-shadowed': 'a rule is fully covered by another rule',
  'PW006-owner': 'owner is not a GitHub user or team handle',
} as const;
export type LintId = keyof typeof LINT_RULES;

export interface LintFinding {
  id: LintId;
  ruleId: string;
  line: number;
  message: string;
}

export interface LintOptions {
  today: string;
  maxPortsPerRule: number;
  maxExpiryDays: number;
}

type Add = (id: LintId, rule: AllowRule, message: string) => void;

export function lintAllowlist(allowlist: Allowlist, options: LintOptions): LintFinding[] {
  const findings: LintFinding[] = [];
  const add: Add = (id, rule, message) =>
    findings.push({ id, ruleId: rule.id, line: rule.line, message: `${id}: rule "${rule.id}": ${message}` });
  for (const rule of allowlist.rules) lintRule(rule, options, add);
  lintShadowing(allowlist.rules, add);
  return findings.sort((a, b) => a.line - b.line || a.id.localeCompare(b.id));
}

function lintRule(rule: AllowRule, options: LintOptions, add: Add): void {
  const ports = totalPorts(rule);
  if (ports.all)
    add(
      'PW001-all-ports',
      rule,
      'allows every port of a protocol: nothing on the matched instances can ever alert. Allow the ports the service listens on.',
    );
  else if (ports.count > options.maxPortsPerRule) {
    add(
      'PW001-all-ports',
      rule,
      `allows ${ports.count} ports, more than max-ports-per-rule (${options.maxPortsPerRule}). Narrow the ranges, or split the rule with a reason for each range.`,
    );
  }
  const fields = matchValues(rule);
  if (fields.length === 0)
    add(
      'PW002-empty-match',
      rule,
      'has an empty match, so it applies to every instance in every account and region. Name the accounts, regions, instances, Name or tags it is for.',
    );
  const wildcard = fields.length === 0 || fields.some((v) => hasWildcard(v));
  const sensitive = sensitiveAllowed(rule);
  if (wildcard && sensitive.length > 0) {
    add(
      'PW003-sensitive-wildcard',
      rule,
      `allows ${sensitive.map((p) => `${p} (${SENSITIVE_PORTS[p]})`).join(', ')} for a wildcard match: every instance that ever matches gets it. List the instance ids or exact names instead.`,
    );
  }
  const expiry = expiryProblem(rule, options);
  if (expiry) add('PW004-expiry', rule, expiry);
  if (rule.owner !== undefined && !/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/.test(rule.owner)) {
    add('PW006-owner', rule, `owner "${rule.owner}" is not a GitHub handle: write "@user" or "@org/team".`);
  }
}

/**
 * Only rules with the same match can shadow each other: compare within those groups, not
 * every pair (an allowlist of 100,000 rules would take hours).
 */
function lintShadowing(rules: readonly AllowRule[], add: Add): void {
  const sameMatch = new Map<string, { rule: AllowRule; index: number }[]>();
  for (const [index, rule] of rules.entries()) {
    const key = JSON.stringify(normalizedMatch(rule));
    const group = sameMatch.get(key);
    if (group) group.push({ rule, index });
    else sameMatch.set(key, [{ rule, index }]);
  }
  for (const group of sameMatch.values()) {
    if (group.length < 2) continue;
    for (const { rule, index } of group) {
      const shadow = group.find(
        ({ rule: other, index: j }) => j !== index && shadows(other, rule) && (j < index || !shadows(rule, other)),
      )?.rule;
      if (shadow)
        add('PW005-shadowed', rule, `is fully covered by rule "${shadow.id}" (same match, its ports include these): remove one of them.`);
    }
  }
}

function totalPorts(rule: AllowRule): { all: boolean; count: number } {
  let count = 0;
  let all = false;
  for (const protocol of ['tcp', 'udp'] as const) {
    const union = unionRanges(rule.allow[protocol] ?? []);
    count += union.reduce((n, r) => n + portCount(r), 0);
    if (union.some((r) => r.from === 0 && r.to === 65535)) all = true;
  }
  return { all, count };
}

function matchValues(rule: AllowRule): string[] {
  const m = rule.match;
  return [...(m.accounts ?? []), ...(m.regions ?? []), ...(m.instanceIds ?? []), ...(m.name ?? []), ...Object.values(m.tags ?? {}).flat()];
}

function sensitiveAllowed(rule: AllowRule): number[] {
  const ports = new Set<number>();
  for (const protocol of ['tcp', 'udp'] as const)
    for (const range of rule.allow[protocol] ?? []) for (const p of sensitivePortsIn(range)) ports.add(p);
  return [...ports].sort((a, b) => a - b);
}

function expiryProblem(rule: AllowRule, options: LintOptions): string | undefined {
  if (rule.expires === undefined)
    return `has no "expires": every exception should be reviewed again. Add "expires": "${addDays(options.today, 90)}" (at most ${options.maxExpiryDays} days ahead).`;
  if (rule.expires < options.today) return `expired on ${rule.expires} and allows nothing: renew it with a new date, or remove it.`;
  const limit = addDays(options.today, options.maxExpiryDays);
  if (rule.expires > limit)
    return `expires ${rule.expires}, more than max-expiry-days (${options.maxExpiryDays}) ahead: use ${limit} or earlier.`;
  return undefined;
}

function shadows(wide: AllowRule, narrow: AllowRule): boolean {
  if (JSON.stringify(normalizedMatch(wide)) !== JSON.stringify(normalizedMatch(narrow))) return false;
  if ((wide.expires ?? '9999-12-31') < (narrow.expires ?? '9999-12-31')) return false;
  return (['tcp', 'udp'] as Protocol[]).every((protocol) => {
    const covered = unionRanges(wide.allow[protocol] ?? []);
    return (narrow.allow[protocol] ?? []).every((range) => covered.some((c) => contains(c, range)));
  });
}

function normalizedMatch(rule: AllowRule): unknown {
  const m = rule.match;
  const sorted = (v?: string[]) => (v ? [...new Set(v)].sort() : null);
  return {
    accounts: sorted(m.accounts),
    regions: sorted(m.regions),
    instanceIds: sorted(m.instanceIds),
    name: sorted(m.name),
    tags: m.tags
      ? Object.fromEntries(
          Object.entries(m.tags)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sorted(v)]),
        )
      : null,
  };
}

export function describePorts(rule: AllowRule): string {
  return (['tcp', 'udp'] as const)
    .filter((p) => rule.allow[p])
    .map((p) => `${p.toUpperCase()} ${formatRanges(unionRanges(rule.allow[p]!))}`)
    .join('; ');
}
