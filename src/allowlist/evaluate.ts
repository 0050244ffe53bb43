// Exposures + allowlist + today -> verdicts. Pure: the same inputs always give the same
// verdicts, so every rule of the allowlist contract is tested with plain data.
import { severityRank, type AllowRule, type Allowlist, type EvaluateOptions, type Evaluation, type Exposure, type PortRange, type Verdict } from '../model.js';
import { intersectRanges, overlaps, subtractRanges } from '../ports.js';
import { compileMatcher, type TextMatcher } from '../wildcard.js';
import { fingerprintOf, identityOf } from '../issues/fingerprint.js';
import { parseTagAllow } from './tag-allow.js';

interface CompiledRule {
  rule: AllowRule;
  expired: boolean;
  matches: (exposure: Exposure) => boolean;
}

export function compileRule(rule: AllowRule, today: string): CompiledRule {
  const checks: ((e: Exposure) => boolean)[] = [];
  const field = (patterns: string[] | undefined, read: (e: Exposure) => string | undefined) => {
    if (patterns === undefined) return;
    const matcher: TextMatcher = compileMatcher(patterns);
    checks.push((e) => matcher(read(e)));
  };
  field(rule.match.accounts, (e) => e.accountId);
  field(rule.match.regions, (e) => e.region);
  field(rule.match.instanceIds, (e) => e.resource.id);
  field(rule.match.name, (e) => e.resource.tags.Name ?? e.resource.name);
  for (const [key, patterns] of Object.entries(rule.match.tags ?? {})) field(patterns, (e) => e.resource.tags[key]);
  return {
    rule,
    // `expires` is the last day the rule holds; ISO dates compare as strings.
    expired: rule.expires !== undefined && rule.expires < today,
    matches: (e) => checks.every((check) => check(e)),
  };
}

export function evaluate(exposures: readonly Exposure[], allowlist: Allowlist, options: EvaluateOptions): Evaluation {
  const rules = allowlist.rules.map((rule) => compileRule(rule, options.today));
  const usedRules = new Set<string>();
  const verdicts = exposures.map((exposure) => {
    const verdict = judge(exposure, rules, options);
    for (const id of verdict.rules) usedRules.add(id);
    return verdict;
  });
  return {
    verdicts,
    expiredRules: rules.filter((r) => r.expired).map(({ rule }) => ({ id: rule.id, expires: rule.expires ?? '', line: rule.line })),
    staleRules: rules.filter((r) => !r.expired && !usedRules.has(r.rule.id)).map(({ rule }) => ({ id: rule.id, line: rule.line })),
  };
}

function judge(exposure: Exposure, rules: readonly CompiledRule[], options: EvaluateOptions): Verdict {
  const applying = rules.filter((r) => r.matches(exposure));
  const covering: string[] = [];
  const allowedRanges: PortRange[] = [];
  for (const { rule } of applying.filter((r) => !r.expired)) {
    const ranges = (rule.allow[exposure.protocol] ?? []).filter((r) => overlaps(r, exposure.ports));
    if (ranges.length > 0) {
      covering.push(rule.id);
      allowedRanges.push(...ranges);
    }
  }
  const tag = tagAllowance(exposure, options.allowTagKey);
  allowedRanges.push(...tag.ranges);

  const facts = {
    exposure,
    fingerprint: fingerprintOf(identityOf(exposure)),
    allowed: intersectRanges(exposure.ports, allowedRanges),
    uncovered: subtractRanges(exposure.ports, allowedRanges),
    rules: covering,
    expiredRules: applying.filter((r) => r.expired).map((r) => r.rule.id),
    allowedByTag: tag.ranges.length > 0,
    ...(tag.problem === undefined ? {} : { tagProblem: tag.problem }),
  };
  if (exposure.reachability === 'private' && !options.includePrivatePaths) {
    return { ...facts, status: 'ignored', ignoredReason: 'private-path' };
  }
  if (severityRank(exposure.severity) < severityRank(options.minSeverity)) {
    return { ...facts, status: 'ignored', ignoredReason: 'below-min-severity' };
  }
  return { ...facts, status: facts.uncovered.length === 0 ? 'expected' : 'unexpected' };
}

function tagAllowance(exposure: Exposure, key: string | undefined): { ranges: PortRange[]; problem?: string } {
  const value = key === undefined ? undefined : exposure.resource.tags[key];
  if (value === undefined) return { ranges: [] };
  const parsed = parseTagAllow(value);
  if (!parsed.ok) return { ranges: [], problem: `tag ${key}: ${parsed.problem}` };
  return { ranges: (parsed.allow[exposure.protocol] ?? []).filter((r) => overlaps(r, exposure.ports)) };
}
