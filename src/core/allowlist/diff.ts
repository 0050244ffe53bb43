// Base vs head allowlist: which rules changed and which ports they newly allow or stop
// allowing; and, against the latest known exposures, what the change would do to the inbox.
import type { AllowRule, Allowlist, EvaluateOptions, Exposure, PortRange, Protocol } from '../model.js';
import { formatRanges, subtractRanges, unionRanges } from '../ports.js';
import { evaluate } from './evaluate.js';

export interface RuleChange {
  ruleId: string;
  kind: 'added' | 'removed' | 'changed';
  /** Per protocol, e.g. { tcp: "8080-8100" } */
  newlyAllowed: Partial<Record<Protocol, string>>;
  noLongerAllowed: Partial<Record<Protocol, string>>;
  otherChanges: string[];
}

export function diffAllowlists(base: Allowlist, head: Allowlist): RuleChange[] {
  const before = new Map(base.rules.map((r) => [r.id, r]));
  const after = new Map(head.rules.map((r) => [r.id, r]));
  const changes: RuleChange[] = [];
  for (const rule of head.rules) {
    const old = before.get(rule.id);
    if (!old) changes.push({ ruleId: rule.id, kind: 'added', newlyAllowed: portsOf(rule), noLongerAllowed: {}, otherChanges: [] });
    else {
      const change = compare(old, rule);
      if (change) changes.push(change);
    }
  }
  for (const rule of base.rules)
    if (!after.has(rule.id))
      changes.push({ ruleId: rule.id, kind: 'removed', newlyAllowed: {}, noLongerAllowed: portsOf(rule), otherChanges: [] });
  return changes;
}

function portsOf(rule: AllowRule): Partial<Record<Protocol, string>> {
  const out: Partial<Record<Protocol, string>> = {};
  for (const p of ['tcp', 'udp'] as const) if (rule.allow[p]?.length) out[p] = formatRanges(unionRanges(rule.allow[p]!));
  return out;
}

function minus(a: PortRange[] | undefined, b: PortRange[] | undefined): string {
  return formatRanges(unionRanges(a ?? []).flatMap((r) => subtractRanges(r, b ?? [])));
}

function compare(old: AllowRule, rule: AllowRule): RuleChange | undefined {
  const newlyAllowed: Partial<Record<Protocol, string>> = {};
  const noLongerAllowed: Partial<Record<Protocol, string>> = {};
  for (const p of ['tcp', 'udp'] as const) {
    const added = minus(rule.allow[p], old.allow[p]);
    const removed = minus(old.allow[p], rule.allow[p]);
    if (added) newlyAllowed[p] = added;
    if (removed) noLongerAllowed[p] = removed;
  }
  const otherChanges: string[] = [];
  if (JSON.stringify(old.match) !== JSON.stringify(rule.match)) otherChanges.push('match changed');
  if (old.expires !== rule.expires) otherChanges.push(`expires ${old.expires ?? '(none)'} -> ${rule.expires ?? '(none)'}`);
  if (old.reason !== rule.reason) otherChanges.push('reason changed');
  if (old.owner !== rule.owner) otherChanges.push(`owner ${old.owner ?? '(none)'} -> ${rule.owner ?? '(none)'}`);
  if (Object.keys(newlyAllowed).length + Object.keys(noLongerAllowed).length + otherChanges.length === 0) return undefined;
  return { ruleId: rule.id, kind: 'changed', newlyAllowed, noLongerAllowed, otherChanges };
}

export interface ImpactItem {
  fingerprint: string;
  what: string;
  rules: string[];
}

export interface Impact {
  /** Unexpected under the base allowlist, expected under the head: their issues would close. */
  wouldClose: ImpactItem[];
  /** Expected under the base, unexpected under the head: new issues after the merge. */
  wouldOpen: ImpactItem[];
  exposuresConsidered: number;
}

export function impactOf(exposures: readonly Exposure[], base: Allowlist, head: Allowlist, options: EvaluateOptions): Impact {
  const before = new Map(evaluate(exposures, base, options).verdicts.map((v) => [v.fingerprint, v]));
  const after = evaluate(exposures, head, options).verdicts;
  const item = (v: (typeof after)[number], rules: string[]): ImpactItem => ({
    fingerprint: v.fingerprint,
    what: `${v.exposure.accountId}/${v.exposure.region} ${v.exposure.resource.id}${v.exposure.resource.name ? ` (${v.exposure.resource.name})` : ''} ${v.exposure.protocol.toUpperCase()} ${formatRanges([v.exposure.ports])}`,
    rules,
  });
  const wouldClose: ImpactItem[] = [];
  const wouldOpen: ImpactItem[] = [];
  for (const v of after) {
    const old = before.get(v.fingerprint);
    if (old?.status === 'unexpected' && v.status === 'expected') wouldClose.push(item(v, v.rules));
    if (old?.status === 'expected' && v.status === 'unexpected') wouldOpen.push(item(v, old.rules));
  }
  return { wouldClose, wouldOpen, exposuresConsidered: exposures.length };
}
