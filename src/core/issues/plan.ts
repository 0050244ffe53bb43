// Verdicts + scopes + existing issues + EC2 facts -> the changes to make, each with its reason.
// Pure, so every row of the lifecycle table is a plain-data test, and `--dry-run` shows
// exactly what a real run would do.
import {
  severityRank,
  type AllowRule,
  type ExistingIssue,
  type InstanceFacts,
  type IssueOptions,
  type MaterialFacts,
  type Plan,
  type PlanAction,
  type Scope,
  type Verdict,
} from '../model.js';
import { formatRanges } from '../ports.js';
import { boundMaterial } from './marker.js';
import { applyGuards, writeCost } from './guards.js';
import { partialDetail, partialScopes, scopesFor } from './scopes.js';

export { writeCost };

export interface PlanInput {
  verdicts: readonly Verdict[];
  /** The scopes this run looked at; issues outside them are never touched. */
  scopes: readonly Scope[];
  issues: readonly ExistingIssue[];
  /** EC2 facts by instance id, including the instances of open issues whose port is absent. */
  instances: ReadonlyMap<string, InstanceFacts>;
  rules: readonly AllowRule[];
  options: IssueOptions;
  /**
   * A single pushed finding (repository_dispatch) is untrusted and partial: it proves nothing
   * about other ports or about absence, so it never closes; and it may raise an issue's
   * severity but never rewrite what a scan wrote (Name, tags, path, a lower severity).
   */
  pushedFinding?: boolean;
}

export const PORTWARDEN_LABEL = 'portwarden';

/** The facts as the marker holds them (bounded), so what is compared is what was stored. */
export function materialOf(verdict: Verdict): MaterialFacts {
  const e = verdict.exposure;
  return boundMaterial({
    severity: e.severity,
    uncovered: formatRanges(verdict.uncovered),
    name: e.resource.name ?? null,
    reachability: e.reachability,
    path: [...e.path],
  });
}

export function materialChanges(before: MaterialFacts, after: MaterialFacts): string[] {
  const changes: string[] = [];
  if (before.severity !== after.severity) changes.push(`severity ${before.severity} -> ${after.severity}`);
  if (before.uncovered !== after.uncovered) changes.push(`unexpected ports ${before.uncovered} -> ${after.uncovered}`);
  if (before.name !== after.name) changes.push(`Name ${before.name ?? '(none)'} -> ${after.name ?? '(none)'}`);
  // Path order carries no meaning across runs and sources; compare the set of components.
  const pathKey = (path: string[]) => [...new Set(path)].sort().join(' ');
  if (before.reachability !== after.reachability || pathKey(before.path) !== pathKey(after.path)) changes.push('network path changed');
  return changes;
}

export function planIssues(input: PlanInput): Plan {
  const issuesByPrint = groupIssues(input.issues);
  const decisions: Decision[] = [...duplicateCloses(issuesByPrint)];
  // Only the verdicts of existing issues are looked up later: index those, not all 50,000.
  const verdicts = new Map<string, Verdict>();
  for (const verdict of input.verdicts) {
    const group = issuesByPrint.get(verdict.fingerprint);
    if (group) verdicts.set(verdict.fingerprint, verdict);
    if (verdict.status === 'unexpected') decisions.push(unexpectedDecision(verdict, group?.[0], input));
  }
  const rulesById = new Map(input.rules.map((r) => [r.id, r]));
  for (const [fingerprint, [issue]] of issuesByPrint) {
    const verdict = verdicts.get(fingerprint);
    if (issue?.state === 'open' && verdict?.status !== 'unexpected') decisions.push(openIssueDecision(issue, verdict, input, rulesById));
  }
  const actions: PlanAction[] = [];
  const held: Plan['held'] = [];
  for (const decision of decisions) {
    if (decision?.kind === 'hold') held.push(decision.hold);
    else if (decision) actions.push(decision);
  }
  return applyGuards(input.pushedFinding ? actions.filter((a) => a.kind !== 'close') : actions, held, input);
}

type Decision = PlanAction | { kind: 'hold'; hold: Plan['held'][number] } | undefined;

/** Earlier failures can leave two issues for one port: keep the oldest open one. */
function duplicateCloses(issuesByPrint: Map<string, ExistingIssue[]>): Decision[] {
  const closes: Decision[] = [];
  for (const [first, ...extra] of issuesByPrint.values()) {
    for (const issue of extra.filter((i) => i.state === 'open'))
      closes.push({ kind: 'close', issue, reason: 'duplicate', detail: `duplicate of #${first!.number}` });
  }
  return closes;
}

function unexpectedDecision(verdict: Verdict, issue: ExistingIssue | undefined, input: PlanInput): Decision {
  if (!issue) return { kind: 'create', fingerprint: verdict.fingerprint, verdict, reason: 'new' };
  if (issue.state !== 'open') {
    if (issue.stateReason === 'not_planned' && !input.options.reopenManuallyClosed)
      return { kind: 'hold', hold: { issue, reason: 'acknowledged', detail: 'closed as not planned; reopen-manually-closed is false' } };
    const reason = issue.stateReason === 'not_planned' ? 'reappeared-after-manual-close' : 'reappeared';
    return { kind: 'reopen', issue, verdict, reason };
  }
  const changes = materialChanges(issue.material, materialOf(verdict));
  const partial = partialScopes(input, verdict.exposure.accountId, verdict.exposure.region, [
    ...issue.sources,
    ...verdict.exposure.sources,
  ]);
  if (input.pushedFinding && changes.length > 0 && severityRank(verdict.exposure.severity) <= severityRank(issue.material.severity))
    return undefined;
  if (changes.length > 0 && partial.length > 0)
    return {
      kind: 'hold',
      hold: { issue, reason: 'scope-incomplete', detail: `not updated (${changes.join('; ')}): ${partialDetail(partial)}` },
    };
  if (changes.length > 0) return { kind: 'update', issue, verdict, reason: 'changed', changes };
  if (issue.markerFrom === 'comment') return { kind: 'update', issue, verdict, reason: 'marker-missing', changes: [] };
  if (!issue.labels.includes(PORTWARDEN_LABEL)) return { kind: 'update', issue, verdict, reason: 'label-missing', changes: [] };
  return undefined;
}

/** An open issue whose port is now allowed, ignored, or not reported at all. */
function openIssueDecision(
  issue: ExistingIssue,
  verdict: Verdict | undefined,
  input: PlanInput,
  rulesById: Map<string, AllowRule>,
): Decision {
  if (verdict) {
    const partial = partialScopes(input, issue.identity.accountId, issue.identity.region, [...issue.sources, ...verdict.exposure.sources]);
    if (partial.length > 0)
      return { kind: 'hold', hold: { issue, reason: 'scope-incomplete', detail: `now ${verdict.status}, but ${partialDetail(partial)}` } };
  }
  if (verdict?.status === 'expected') {
    const why = verdict.rules.map((id) => `rule \`${id}\` (${rulesById.get(id)?.reason ?? 'no reason'})`);
    if (verdict.allowedByTag) why.push('the instance allow tag');
    return { kind: 'close', issue, reason: 'now-allowed', detail: `now allowed by ${why.join(' and ')}` };
  }
  if (verdict?.status === 'ignored')
    return { kind: 'close', issue, reason: 'now-ignored', detail: `no longer counted: ${verdict.ignoredReason}` };
  return absentPortDecision(issue, input);
}

/** An open issue whose port this run did not report. */
function absentPortDecision(issue: ExistingIssue, input: PlanInput): Decision {
  const { accountId, region, resourceId } = issue.identity;
  const relevant = scopesFor(input, accountId, region, issue.sources);
  // Another job's account or region, or a source this run did not read: not ours to judge.
  if (relevant.length === 0) return undefined;
  const state = input.instances.get(resourceId)?.state;
  if (state === 'terminated' || state === 'shutting-down' || state === 'missing') {
    return {
      kind: 'close',
      issue,
      reason: 'terminated',
      detail: `instance ${resourceId} is ${state === 'missing' ? 'gone (EC2 no longer knows it)' : state}`,
    };
  }
  if (state === 'stopped' || state === 'stopping') {
    return {
      kind: 'hold',
      hold: { issue, reason: 'instance-stopped', detail: `instance ${resourceId} is ${state}; its ports return when it starts` },
    };
  }
  const partial = partialScopes(input, accountId, region, issue.sources);
  if (partial.length > 0) return { kind: 'hold', hold: { issue, reason: 'scope-incomplete', detail: partialDetail(partial) } };
  if (state === undefined && !stillReported(input, issue.identity)) {
    // No facts (another account without member-role): a stopped instance drops out of a scan
    // exactly as a closed port does, and closing would reopen it at the next start.
    return {
      kind: 'hold',
      hold: {
        issue,
        reason: 'state-unknown',
        detail: `the state of instance ${resourceId} in ${accountId} is unknown, and it may only be stopped: set member-role to read it (README#member-role), or close this issue by hand if the instance is gone`,
      },
    };
  }
  return {
    kind: 'close',
    issue,
    reason: 'gone',
    detail: `no longer reported by ${relevant.map((s) => s.source).join(', ')} in a complete scan of ${accountId}/${region}`,
  };
}

/** The instance still has other ports in this run: it is running, so this port did close. */
function stillReported(input: PlanInput, identity: ExistingIssue['identity']): boolean {
  let reported = reportedResources.get(input.verdicts);
  if (!reported) {
    reported = new Set(input.verdicts.map((v) => placeKey(v.exposure.accountId, v.exposure.region, v.exposure.resource.id)));
    reportedResources.set(input.verdicts, reported);
  }
  return reported.has(placeKey(identity.accountId, identity.region, identity.resourceId));
}

const reportedResources = new WeakMap<readonly Verdict[], Set<string>>();
const placeKey = (accountId: string, region: string, resourceId: string) => `${accountId}\u0000${region}\u0000${resourceId}`;

function groupIssues(issues: readonly ExistingIssue[]): Map<string, ExistingIssue[]> {
  const groups = new Map<string, ExistingIssue[]>();
  for (const issue of issues) groups.set(issue.fingerprint, [...(groups.get(issue.fingerprint) ?? []), issue]);
  for (const group of groups.values()) group.sort((a, b) => Number(b.state === 'open') - Number(a.state === 'open') || a.number - b.number);
  return groups;
}
