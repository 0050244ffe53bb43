// Exposures + allowlist + today -> verdicts. Pure: the same inputs always give the same
// verdicts, so every rule of the allowlist contract is tested with plain data.
import {
  severityRank,
  type AllowRule,
  type Allowlist,
  type EvaluateOptions,
  type Evaluation,
  type Exposure,
  type PortRange,
  type Protocol,
  type Verdict,
} from '../model.js';
import { intersectRanges, overlaps, subtractRanges } from '../ports.js';
import { compileMatcher, hasWildcard, type TextMatcher } from '../wildcard.js';
import { fingerprintOf, identityOf } from '../findings/fingerprint.js';
import { parseTagAllow } from './tag-allow.js';
import { tagValue } from '../tags.js';

const nameOf = (e: Exposure): string | undefined => tagValue(e.resource.tags, 'Name') ?? e.resource.name;

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
  field(rule.match.name, nameOf);
  for (const [key, patterns] of Object.entries(rule.match.tags ?? {})) field(patterns, (e) => tagValue(e.resource.tags, key));
  return {
    rule,
    // `expires` is the last day the rule holds; ISO dates compare as strings.
    expired: rule.expires !== undefined && rule.expires < today,
    matches: (e) => {
      for (const check of checks) if (!check(e)) return false;
      return true;
    },
  };
}

/**
 * Rules that name literal instance ids, Name tags or accounts are looked up by the first of
 * them; only the others are scanned, and only those that allow something on the exposure's
 * protocol (or have expired, to be reported). Candidates keep allowlist order, so verdicts are
 * identical to a full scan (tested), just cheaper at 500 rules x 50,000 exposures.
 */
class RuleIndex {
  private readonly keys: {
    field: 'instanceIds' | 'name' | 'accounts';
    read: (e: Exposure) => string | undefined;
    byValue: Map<string, number[]>;
  }[] = [
    { field: 'instanceIds', read: (e) => e.resource.id, byValue: new Map() },
    { field: 'name', read: nameOf, byValue: new Map() },
    { field: 'accounts', read: (e) => e.accountId, byValue: new Map() },
  ];
  private readonly scanned: Record<Protocol, number[]> = { tcp: [], udp: [] };
  private readonly scannedRules: Record<Protocol, CompiledRule[]> = { tcp: [], udp: [] };

  constructor(private readonly rules: readonly CompiledRule[]) {
    rules.forEach((compiled, position) => {
      const key = this.keys.find((k) => {
        const values = compiled.rule.match[k.field];
        return values !== undefined && values.every((v) => !hasWildcard(v));
      });
      if (key) {
        for (const value of new Set(compiled.rule.match[key.field])) {
          const positions = key.byValue.get(value);
          if (positions) positions.push(position);
          else key.byValue.set(value, [position]);
        }
        return;
      }
      for (const protocol of ['tcp', 'udp'] as const) {
        if (!concerns(compiled, protocol)) continue;
        this.scanned[protocol].push(position);
        this.scannedRules[protocol].push(compiled);
      }
    });
  }

  candidates(exposure: Exposure): readonly CompiledRule[] {
    const hits: number[] = [];
    for (const key of this.keys) {
      const value = key.read(exposure);
      const positions = value === undefined ? undefined : key.byValue.get(value);
      if (positions) for (const position of positions) hits.push(position);
    }
    if (hits.length === 0) return this.scannedRules[exposure.protocol];
    // Merge two ascending position lists (the hits are few) back into allowlist order.
    hits.sort((a, b) => a - b);
    const scanned = this.scanned[exposure.protocol];
    const merged: CompiledRule[] = [];
    let i = 0;
    let j = 0;
    while (i < scanned.length || j < hits.length) {
      const next = j >= hits.length || (i < scanned.length && scanned[i]! < hits[j]!) ? scanned[i++]! : hits[j++]!;
      merged.push(this.rules[next]!);
    }
    return merged;
  }
}

function concerns(rule: CompiledRule, protocol: Protocol): boolean {
  return rule.expired || (rule.rule.allow[protocol] ?? []).length > 0;
}

export function evaluate(
  exposures: readonly Exposure[],
  allowlist: Allowlist,
  options: EvaluateOptions,
  strategy: { indexed: boolean } = { indexed: true },
): Evaluation {
  const rules = allowlist.rules.map((rule) => compileRule(rule, options.today));
  const index = strategy.indexed ? new RuleIndex(rules) : undefined;
  const usedRules = new Set<string>();
  const verdicts = exposures.map((exposure) => {
    const verdict = judge(exposure, index ? index.candidates(exposure) : rules, options);
    for (const id of verdict.rules) usedRules.add(id);
    return verdict;
  });
  return {
    verdicts,
    expiredRules: rules.filter((r) => r.expired).map(({ rule }) => ({ id: rule.id, expires: rule.expires ?? '', line: rule.line })),
    staleRules: rules.filter((r) => !r.expired && !usedRules.has(r.rule.id)).map(({ rule }) => ({ id: rule.id, line: rule.line })),
  };
}

/** One shared, frozen empty list for the verdicts that have none (most): 200,000 verdicts x 3 lists add up. */
const NONE = Object.freeze([]) as unknown as never[];

function judge(exposure: Exposure, rules: readonly CompiledRule[], options: EvaluateOptions): Verdict {
  // One pass, no intermediate arrays: this runs for every exposure against every candidate rule.
  const covering: string[] = [];
  const expiredRules: string[] = [];
  const allowedRanges: PortRange[] = [];
  const ports = exposure.ports;
  for (const compiled of rules) {
    if (compiled.expired) {
      if (compiled.matches(exposure)) expiredRules.push(compiled.rule.id);
      continue;
    }
    // A rule that allows nothing overlapping these ports cannot change the verdict: its
    // (regex) match is skipped. Plain loops: this runs millions of times at scale.
    const allowed = compiled.rule.allow[exposure.protocol];
    if (allowed === undefined) continue;
    let first = -1;
    for (let i = 0; i < allowed.length; i++) {
      if (overlaps(allowed[i]!, ports)) {
        first = i;
        break;
      }
    }
    if (first < 0 || !compiled.matches(exposure)) continue;
    for (let i = first; i < allowed.length; i++) if (overlaps(allowed[i]!, ports)) allowedRanges.push(allowed[i]!);
    covering.push(compiled.rule.id);
  }
  const tag = tagAllowance(exposure, options.allowTagKey);
  for (const range of tag.ranges) allowedRanges.push(range);

  const uncovered = allowedRanges.length === 0 ? [{ ...exposure.ports }] : subtractRanges(exposure.ports, allowedRanges);
  const status: Verdict['status'] =
    exposure.reachability === 'private' && !options.includePrivatePaths
      ? 'ignored'
      : severityRank(exposure.severity) < severityRank(options.minSeverity)
        ? 'ignored'
        : uncovered.length === 0
          ? 'expected'
          : 'unexpected';
  const facts = {
    exposure,
    fingerprint: fingerprintOf(identityOf(exposure)),
    allowed: allowedRanges.length === 0 ? NONE : intersectRanges(exposure.ports, allowedRanges),
    uncovered,
    rules: covering.length === 0 ? NONE : covering,
    expiredRules: expiredRules.length === 0 ? NONE : expiredRules,
    allowedByTag: tag.ranges.length > 0,
    ...(tag.problem === undefined ? {} : { tagProblem: tag.problem }),
  };
  if (status !== 'ignored') return { ...facts, status };
  return {
    ...facts,
    status,
    ignoredReason: exposure.reachability === 'private' && !options.includePrivatePaths ? 'private-path' : 'below-min-severity',
  };
}

function tagAllowance(exposure: Exposure, key: string | undefined): { ranges: PortRange[]; problem?: string } {
  const value = key === undefined ? undefined : tagValue(exposure.resource.tags, key);
  if (value === undefined) return { ranges: [] };
  const parsed = parseTagAllow(value);
  if (!parsed.ok) return { ranges: [], problem: `tag ${key}: ${parsed.problem}` };
  return { ranges: (parsed.allow[exposure.protocol] ?? []).filter((r) => overlaps(r, exposure.ports)) };
}
