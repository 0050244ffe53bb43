// Exposures + allowlist + today -> verdicts. Pure: the same inputs always give the same
// verdicts, so every rule of the allowlist contract is tested with plain data.
import {
  severityRank,
  type AllowRule,
  type Allowlist,
  type EvaluateOptions,
  type Evaluation,
  type IgnoredReason,
  type Exposure,
  type PortRange,
  type Verdict,
} from '../model.js';
import { intersectRanges, overlaps, subtractRanges } from '../ports.js';
import { exposureFingerprint } from '../findings/fingerprint.js';
import { parseTagAllow } from './tag-allow.js';
import { compileRule, nameOf, RuleIndex, type CompiledRule } from './compiled-rules.js';
import { tagValue } from '../tags.js';

export function evaluate(
  exposures: readonly Exposure[],
  allowlist: Allowlist,
  options: EvaluateOptions,
  strategy: { indexed: boolean } = { indexed: true },
): Evaluation {
  const rules = allowlist.rules.map((rule) => compileRule(rule, options.today));
  const matching = strategy.indexed ? resourceMatcher(rules, allowlist.rules) : undefined;
  const usedRules = new Set<string>();
  const verdicts = exposures.map((exposure) => {
    // Plain scan: every rule, matched per exposure (the reference the memoised path is tested against).
    const verdict = matching ? judge(exposure, matching(exposure), options, true) : judge(exposure, rules, options, false);
    for (const id of verdict.rules) usedRules.add(id);
    return verdict;
  });
  return {
    verdicts,
    expiredRules: rules.filter((r) => r.expired).map(({ rule }) => ({ id: rule.id, expires: rule.expires ?? '', line: rule.line })),
    staleRules: rules.filter((r) => !r.expired && !usedRules.has(r.rule.id)).map(({ rule }) => ({ id: rule.id, line: rule.line })),
  };
}

/**
 * Whether a rule applies depends on the resource alone (account, region, id, Name, tags), not
 * on the port: each distinct resource is matched once, and its exposures (10 ports of one
 * instance, 200 of an ECS host) only do port arithmetic. The memo key is everything a rule can
 * read, so two resources share an entry only when no rule could tell them apart.
 */
function resourceMatcher(
  rules: readonly CompiledRule[],
  allowRules: readonly AllowRule[],
): (exposure: Exposure) => readonly CompiledRule[] {
  const index = new RuleIndex(rules);
  const tagKeys = [...new Set(allowRules.flatMap((r) => Object.keys(r.match.tags ?? {})))];
  // By instance id first, then every other fact compared in place: no key string is built
  // per exposure (that alone cost more than the matching it saves).
  const byId = new Map<string, ResourceEntry[]>();
  return (exposure) => {
    const name = nameOf(exposure);
    const entries = byId.get(exposure.resource.id);
    // Loops, not find/every: no closure is made per exposure on this path.
    if (entries) {
      for (const entry of entries) if (sameResource(entry, exposure, name, tagKeys)) return entry.matched;
    }
    const entry: ResourceEntry = {
      type: exposure.resource.type,
      accountId: exposure.accountId,
      region: exposure.region,
      name,
      tags: tagKeys.map((key) => tagValue(exposure.resource.tags, key)),
      matched: index.candidates(exposure).filter((compiled) => compiled.matches(exposure)),
    };
    if (entries) entries.push(entry);
    else byId.set(exposure.resource.id, [entry]);
    return entry.matched;
  };
}

function sameResource(entry: ResourceEntry, exposure: Exposure, name: string | undefined, tagKeys: readonly string[]): boolean {
  if (
    entry.type !== exposure.resource.type ||
    entry.accountId !== exposure.accountId ||
    entry.region !== exposure.region ||
    entry.name !== name
  )
    return false;
  for (let i = 0; i < tagKeys.length; i++) if (entry.tags[i] !== tagValue(exposure.resource.tags, tagKeys[i]!)) return false;
  return true;
}

interface ResourceEntry {
  type: string;
  accountId: string;
  region: string;
  name: string | undefined;
  tags: (string | undefined)[];
  matched: readonly CompiledRule[];
}

/** One shared, frozen empty list for the verdicts that have none (most): 200,000 verdicts x 3 lists add up. */
const NONE = Object.freeze([]) as unknown as never[];

/** `matched`: the rules are known to match the resource (memoised); else each is matched here. */
function judge(exposure: Exposure, rules: readonly CompiledRule[], options: EvaluateOptions, matched: boolean): Verdict {
  // One pass, and lists made only when something goes in them: this runs for every exposure
  // (200,000 in a large export), and most exposures have no expired rule, many no rule at all.
  let covering: string[] | undefined;
  let expiredRules: string[] | undefined;
  let allowedRanges: PortRange[] | undefined;
  const ports = exposure.ports;
  for (const compiled of rules) {
    if (compiled.expired) {
      if (matched || compiled.matches(exposure)) (expiredRules ??= []).push(compiled.rule.id);
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
    if (first < 0 || !(matched || compiled.matches(exposure))) continue;
    allowedRanges ??= [];
    for (let i = first; i < allowed.length; i++) if (overlaps(allowed[i]!, ports)) allowedRanges.push(allowed[i]!);
    (covering ??= []).push(compiled.rule.id);
  }
  const tag = tagAllowance(exposure, options.allowTagKey);
  for (const range of tag.ranges) (allowedRanges ??= []).push(range);

  const { uncovered, allowed } = coverage(ports, allowedRanges ?? NONE);
  const ignoredReason: IgnoredReason | undefined =
    exposure.reachability === 'private' && !options.includePrivatePaths
      ? 'private-path'
      : severityRank(exposure.severity) < severityRank(options.minSeverity)
        ? 'below-min-severity'
        : undefined;
  const verdict = {
    exposure,
    fingerprint: exposureFingerprint(exposure),
    allowed,
    uncovered,
    rules: covering ?? NONE,
    expiredRules: expiredRules ?? NONE,
    allowedByTag: tag.ranges.length > 0,
    status: ignoredReason ? 'ignored' : uncovered.length === 0 ? 'expected' : 'unexpected',
  } as Verdict;
  if (tag.problem !== undefined) verdict.tagProblem = tag.problem;
  if (ignoredReason && verdict.status === 'ignored') verdict.ignoredReason = ignoredReason;
  return verdict;
}

function coverage(ports: PortRange, allowedRanges: readonly PortRange[]): { uncovered: PortRange[]; allowed: PortRange[] } {
  // The common cases, nothing or one range covering the port: no range arithmetic, and the
  // exposure's own (never mutated) range object shared instead of copied.
  if (allowedRanges.length === 0) return { uncovered: [ports], allowed: NONE };
  const only = allowedRanges.length === 1 ? allowedRanges[0]! : undefined;
  if (only && only.from <= ports.from && only.to >= ports.to) return { uncovered: NONE, allowed: [ports] };
  return { uncovered: subtractRanges(ports, allowedRanges), allowed: intersectRanges(ports, allowedRanges) };
}

const NO_TAG: { ranges: PortRange[]; problem?: string } = Object.freeze({ ranges: NONE });

function tagAllowance(exposure: Exposure, key: string | undefined): { ranges: PortRange[]; problem?: string } {
  const value = key === undefined ? undefined : tagValue(exposure.resource.tags, key);
  if (value === undefined) return NO_TAG;
  const parsed = parseTagAllow(value);
  if (!parsed.ok) return { ranges: [], problem: `tag ${key}: ${parsed.problem}` };
  return { ranges: (parsed.allow[exposure.protocol] ?? []).filter((r) => overlaps(r, exposure.ports)) };
}
