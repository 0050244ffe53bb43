// The run's limits on the plan: max-new-issues (most severe first), the mass-close guard, and
// the write budget spent strictly in order of urgency.
import { severityRank, type Plan, type PlanAction } from '../model.js';
import type { PlanInput } from './plan.js';

export function applyGuards(actions: PlanAction[], held: Plan['held'], input: PlanInput): Plan {
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
    .forEach((action) => plan.deferred.push({ action, limit: 'max-new-issues', why: `max-new-issues (${options.maxNewIssues}) reached` }));

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
    if (full) plan.deferred.push({ action, limit: 'max-writes', why: `max-writes (${options.maxWrites}) reached` });
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
