// The run's limits on the plan: max-new-issues (most severe first), the mass-close guard, and
// the write budget spent strictly in order of urgency.
import { SEVERITIES, severityRank, type Plan, type PlanAction } from '../model.js';
import type { PlanInput } from './plan.js';

export function applyGuards(actions: PlanAction[], held: Plan['held'], input: PlanInput): Plan {
  const { options } = input;
  const plan: Plan = { actions: [], deferred: [], held };
  const creates = mostSevereFirst(
    actions.filter((a): a is Create => a.kind === 'create'),
    options.maxNewIssues,
  );
  const tooMany = `max-new-issues (${options.maxNewIssues}) reached`;
  for (let i = options.maxNewIssues; i < creates.length; i++)
    plan.deferred.push({ action: creates[i]!, limit: 'max-new-issues', why: tooMany });

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
  const heldBack = new Set(closes);
  const order = { create: 0, reopen: 1, update: 2, close: 3 } as const;
  const ordered = [
    ...creates.slice(0, options.maxNewIssues),
    ...actions.filter((a) => a.kind !== 'create' && !(massClose && heldBack.has(a))),
  ].sort((a, b) => order[a.kind] - order[b.kind]);
  // The write budget, spent in that order: a missed alert costs more than a late close.
  const outOfWrites = `max-writes (${options.maxWrites}) reached`;
  let spent = 0;
  let full = false;
  for (const action of ordered) {
    const cost = writeCost(action);
    // Strictly in order: once one change does not fit, no later (less urgent) one jumps ahead.
    full ||= spent + cost > options.maxWrites;
    if (full) plan.deferred.push({ action, limit: 'max-writes', why: outOfWrites });
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

type Create = PlanAction & { kind: 'create' };

/**
 * The `limit` creates that go first: most severe, then by fingerprint as plain code units (hex,
 * the same in every locale); then every other create, most severe first and otherwise in the
 * order found. Only the chosen few are sorted by fingerprint (a full sort of 35,000 strings
 * was most of planning's time): the deferred rest need a stable order, not a ranking.
 */
function mostSevereFirst(creates: readonly Create[], limit: number): Create[] {
  const buckets: Create[][] = SEVERITIES.map(() => []);
  // An unknown severity (never planned today: evaluate ignores it) ranks lowest rather than failing.
  for (const create of creates) buckets[Math.max(0, severityRank(create.verdict.exposure.severity))]!.push(create);
  const chosen: Create[] = [];
  const rest: Create[] = [];
  for (let rank = buckets.length - 1; rank >= 0; rank--) {
    const bucket = buckets[rank]!;
    const room = limit - chosen.length;
    const first = smallestByFingerprint(bucket, room);
    const taken = new Set(first);
    for (const create of first) chosen.push(create);
    for (const create of bucket) if (!taken.has(create)) rest.push(create);
  }
  return [...chosen, ...rest];
}

/** The `count` creates with the lowest fingerprints, in order (ties keep their order). */
function smallestByFingerprint(bucket: readonly Create[], count: number): Create[] {
  const kept: Create[] = [];
  if (count <= 0) return kept;
  for (const create of bucket) {
    const last = kept[kept.length - 1];
    if (kept.length >= count && last && create.fingerprint >= last.fingerprint) continue;
    // Binary search for the first kept fingerprint greater than this one (after equal ones).
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (kept[middle]!.fingerprint <= create.fingerprint) low = middle + 1;
      else high = middle;
    }
    kept.splice(low, 0, create);
    if (kept.length > count) kept.pop();
  }
  return kept;
}
