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
  type SourceName,
  type Verdict,
} from '../model.js';
import { formatRanges } from '../ports.js';
import { boundMaterial } from './marker.js';

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

/**
 * Security Hub relays Inspector's findings: its scope speaks for ports Inspector reported, so
 * issues opened from Inspector can close when a team moves to reading Security Hub.
 */
const RELAYED: Partial<Record<SourceName, readonly SourceName[]>> = { securityhub: ['inspector2', 'inspector-classic'] };

function speaksFor(scope: Scope, sources: readonly string[]): boolean {
  return sources.includes(scope.source) || (RELAYED[scope.source] ?? []).some((origin) => sources.includes(origin));
}

/** Scopes this run looked at for a place and sources that can prove a port gone there. */
function scopesFor(input: PlanInput, accountId: string, region: string, sources: readonly string[]): Scope[] {
  return input.scopes.filter((s) => s.accountId === accountId && s.region === region && s.provesAbsence !== false && speaksFor(s, sources));
}

function partialScopes(input: PlanInput, accountId: string, region: string, sources: readonly string[]): Scope[] {
  // Any scope of the place that is not complete taints what we know there (EC2 facts failed,
  // one of two sources failed): it must not close or rewrite an issue.
  return input.scopes.filter(
    (s) => s.accountId === accountId && s.region === region && s.status !== 'complete' && (s.source === 'file' || speaksFor(s, sources)),
  );
}

const partialDetail = (scopes: Scope[]) => scopes.map((s) => `${s.source} ${s.accountId}/${s.region} is ${s.status}`).join('; ');

export function planIssues(input: PlanInput): Plan {
  const { options } = input;
  const verdicts = new Map(input.verdicts.map((v) => [v.fingerprint, v]));
  const issuesByPrint = groupIssues(input.issues);
  const actions: PlanAction[] = [];
  const held: Plan['held'] = [];

  // Earlier failures can leave two issues for one port: keep the oldest open one.
  for (const [, [, ...extra]] of issuesByPrint) {
    for (const issue of extra.filter((i) => i.state === 'open')) {
      actions.push({
        kind: 'close',
        issue,
        reason: 'duplicate',
        detail: `duplicate of #${issuesByPrint.get(issue.fingerprint)![0]!.number}`,
      });
    }
  }

  for (const verdict of input.verdicts) {
    if (verdict.status !== 'unexpected') continue;
    const issue = issuesByPrint.get(verdict.fingerprint)?.[0];
    if (!issue) {
      actions.push({ kind: 'create', fingerprint: verdict.fingerprint, verdict, reason: 'new' });
    } else if (issue.state === 'open') {
      const changes = materialChanges(issue.material, materialOf(verdict));
      const partial = partialScopes(input, verdict.exposure.accountId, verdict.exposure.region, [
        ...issue.sources,
        ...verdict.exposure.sources,
      ]);
      if (input.pushedFinding && changes.length > 0 && severityRank(verdict.exposure.severity) <= severityRank(issue.material.severity))
        continue;
      if (changes.length > 0 && partial.length > 0)
        held.push({ issue, reason: 'scope-incomplete', detail: `not updated (${changes.join('; ')}): ${partialDetail(partial)}` });
      else if (changes.length > 0) actions.push({ kind: 'update', issue, verdict, reason: 'changed', changes });
      else if (issue.markerFrom === 'comment') actions.push({ kind: 'update', issue, verdict, reason: 'marker-missing', changes: [] });
      else if (!issue.labels.includes(PORTWARDEN_LABEL))
        actions.push({ kind: 'update', issue, verdict, reason: 'label-missing', changes: [] });
    } else if (issue.stateReason === 'not_planned' && !options.reopenManuallyClosed) {
      held.push({ issue, reason: 'acknowledged', detail: 'closed as not planned; reopen-manually-closed is false' });
    } else {
      actions.push({
        kind: 'reopen',
        issue,
        verdict,
        reason: issue.stateReason === 'not_planned' ? 'reappeared-after-manual-close' : 'reappeared',
      });
    }
  }

  const rulesById = new Map(input.rules.map((r) => [r.id, r]));
  for (const [fingerprint, [issue]] of issuesByPrint) {
    if (!issue || issue.state !== 'open') continue;
    const verdict = verdicts.get(fingerprint);
    if (verdict?.status === 'unexpected') continue;
    if (verdict) {
      const partial = partialScopes(input, issue.identity.accountId, issue.identity.region, [
        ...issue.sources,
        ...verdict.exposure.sources,
      ]);
      if (partial.length > 0) {
        held.push({ issue, reason: 'scope-incomplete', detail: `now ${verdict.status}, but ${partialDetail(partial)}` });
        continue;
      }
    }
    if (verdict?.status === 'expected') {
      const why = verdict.rules.map((id) => `rule \`${id}\` (${rulesById.get(id)?.reason ?? 'no reason'})`);
      if (verdict.allowedByTag) why.push('the instance allow tag');
      actions.push({ kind: 'close', issue, reason: 'now-allowed', detail: `now allowed by ${why.join(' and ')}` });
      continue;
    }
    if (verdict?.status === 'ignored') {
      actions.push({ kind: 'close', issue, reason: 'now-ignored', detail: `no longer counted: ${verdict.ignoredReason}` });
      continue;
    }
    const closeOrHold = absentPortDecision(issue, input);
    if (closeOrHold?.kind === 'close') actions.push(closeOrHold);
    else if (closeOrHold) held.push(closeOrHold.hold);
  }

  return applyGuards(input.pushedFinding ? actions.filter((a) => a.kind !== 'close') : actions, held, input);
}

type Absent = (PlanAction & { kind: 'close' }) | { kind: 'hold'; hold: Plan['held'][number] } | undefined;

/** An open issue whose port this run did not report. */
function absentPortDecision(issue: ExistingIssue, input: PlanInput): Absent {
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
  return {
    kind: 'close',
    issue,
    reason: 'gone',
    detail: `no longer reported by ${relevant.map((s) => s.source).join(', ')} in a complete scan of ${accountId}/${region}`,
  };
}

function applyGuards(actions: PlanAction[], held: Plan['held'], input: PlanInput): Plan {
  const { options } = input;
  const plan: Plan = { actions: [], deferred: [], held };
  const creates = actions
    .filter((a): a is PlanAction & { kind: 'create' } => a.kind === 'create')
    .sort(
      (a, b) =>
        severityRank(b.verdict.exposure.severity) - severityRank(a.verdict.exposure.severity) || a.fingerprint.localeCompare(b.fingerprint),
    );
  creates
    .slice(options.maxNewIssues)
    .forEach((action) => plan.deferred.push({ action, why: `max-new-issues (${options.maxNewIssues}) reached` }));

  const openCount = input.issues.filter((i) => i.state === 'open').length;
  const closes = actions.filter((a) => a.kind === 'close' && a.reason !== 'duplicate');
  const massClose = closes.length > options.maxCloses && closes.length > openCount / 2 && !options.allowMassClose;
  if (massClose) {
    plan.guard =
      `refusing to close ${closes.length} of ${openCount} open issues in one run (more than max-closes ${options.maxCloses} and more than half): ` +
      'this usually means a broken or partial scan. Check the scopes; if the closes are right, run once with allow-mass-close: true';
    for (const action of closes)
      if (action.kind === 'close') held.push({ issue: action.issue, reason: 'mass-close-guard', detail: action.detail });
  }
  const order = { create: 0, reopen: 1, update: 2, close: 3 } as const;
  const ordered = [
    ...creates.slice(0, options.maxNewIssues),
    ...actions.filter((a) => a.kind !== 'create' && !(massClose && closes.includes(a))),
  ].sort((a, b) => order[a.kind] - order[b.kind]);
  // The write budget, spent in that order: a missed alert costs more than a late close.
  let spent = 0;
  let full = false;
  for (const action of ordered) {
    const cost = writeCost(action);
    // Strictly in order: once one change does not fit, no later (less urgent) one jumps ahead.
    full ||= spent + cost > options.maxWrites;
    if (full) plan.deferred.push({ action, why: `max-writes (${options.maxWrites}) reached` });
    else {
      spent += cost;
      plan.actions.push(action);
    }
  }
  return plan;
}

/**
 * The GitHub write requests an action makes: its PATCH or POST, and its comment (a close's or
 * a reopen's notice; a new issue's identity comment).
 */
export function writeCost(action: PlanAction): number {
  return action.kind === 'update' ? 1 : 2;
}

function groupIssues(issues: readonly ExistingIssue[]): Map<string, ExistingIssue[]> {
  const groups = new Map<string, ExistingIssue[]>();
  for (const issue of issues) groups.set(issue.fingerprint, [...(groups.get(issue.fingerprint) ?? []), issue]);
  for (const group of groups.values()) group.sort((a, b) => Number(b.state === 'open') - Number(a.state === 'open') || a.number - b.number);
  return groups;
}
