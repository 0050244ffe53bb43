// Applies an issue plan item by item; a failed item is recorded and the rest go on, and every
// step is safe to repeat, so the next run converges to one issue per port whatever failed
// half-way.
import { messageOf } from '../core/errors.js';
import { statusOf, type GitHub, type GitHubTarget } from './client.js';
import { isOwn, type OwnAccounts } from './identity.js';
import { createOnce, NO_BLIND_RETRY, postCommentOnce } from './comments.js';
import { decodeMarker } from '../core/issues/marker.js';
import { PORTWARDEN_LABEL, writeCost } from '../core/issues/plan.js';
import { labelsFor, renderBody, renderClosedBody, renderTitle, SEVERITY_COLORS } from '../core/issues/render.js';
import { closingNoteFor, renderActionComment, renderIdentityComment } from '../core/issues/comments.js';
import type { ApplyResult, IssueOptions, Plan, PlanAction } from '../core/model.js';

export type { ApplyResult };

export async function applyPlan(
  plan: Plan,
  github: GitHub,
  target: GitHubTarget,
  options: IssueOptions,
  sleep: (ms: number) => Promise<void>,
  own: OwnAccounts,
): Promise<ApplyResult[]> {
  const results: ApplyResult[] = [];
  if (plan.actions.length === 0) return results;
  // The plan fits max-writes; labels it could not foresee are spent from the same budget, and
  // an action is started only when all of its writes still fit, never cut half-way.
  let remaining = options.maxWrites;
  try {
    remaining -= await ensureLabels(github, target, plan, options, remaining);
  } catch (error) {
    return plan.actions.map((action) => ({ action, ok: false, error: `could not create labels: ${messageOf(error)}` }));
  }
  for (const action of plan.actions) {
    if (writeCost(action) > remaining) remaining = 0;
    if (remaining === 0) {
      results.push({ action, ok: false, deferred: `max-writes (${options.maxWrites}) reached` });
      continue;
    }
    remaining -= writeCost(action);
    try {
      results.push({ action, ok: true, issueNumber: await applyOne(action, github, target, options, sleep, own) });
    } catch (error) {
      results.push({ action, ok: false, error: `${statusOf(error) ?? ''} ${messageOf(error)}`.trim() });
    }
  }
  return results;
}

async function applyOne(
  action: PlanAction,
  github: GitHub,
  target: GitHubTarget,
  options: IssueOptions,
  sleep: (ms: number) => Promise<void>,
  own: OwnAccounts,
): Promise<number> {
  switch (action.kind) {
    case 'create': {
      const params = {
        ...target,
        title: renderTitle(action.verdict),
        body: renderBody(action.verdict, options),
        labels: labelsFor(action.verdict, options),
        assignees: [...options.assignees],
      };
      const number = await createOnce(
        () => github.rest.issues.create({ ...params, ...NO_BLIND_RETRY }).then((r) => r.data.number),
        () => findRecentIssue(github, target, action.fingerprint, own),
        sleep,
      );
      await postCommentOnce(github, target, number, renderIdentityComment(action.verdict), sleep);
      return number;
    }
    case 'update':
    case 'reopen':
      await github.rest.issues.update({
        ...target,
        issue_number: action.issue.number,
        ...(action.kind === 'reopen' ? { state: 'open' as const } : {}),
        title: renderTitle(action.verdict),
        body: renderBody(action.verdict, options, undefined, action.issue.sources),
        labels: labelsFor(action.verdict, options, action.issue.labels),
      });
      if (action.kind === 'reopen') await comment(github, target, action, sleep);
      return action.issue.number;
    case 'close':
      // The state and the reason land in one idempotent PATCH; the comment only notifies.
      await github.rest.issues.update({
        ...target,
        issue_number: action.issue.number,
        state: 'closed',
        state_reason: action.reason === 'duplicate' ? 'duplicate' : 'completed',
        body: renderClosedBody(action.issue, closingNoteFor(action)),
      });
      await comment(github, target, action, sleep);
      return action.issue.number;
  }
}

async function comment(
  github: GitHub,
  target: GitHubTarget,
  action: PlanAction & { kind: 'close' | 'reopen' },
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  const body = renderActionComment(action);
  if (body) await postCommentOnce(github, target, action.issue.number, body, sleep);
}

/** Only an issue our own account created can be the one a failed response hid: anyone can paste a marker. */
async function findRecentIssue(github: GitHub, target: GitHubTarget, fingerprint: string, own: OwnAccounts): Promise<number | undefined> {
  const recent = await github.rest.issues.listForRepo({
    ...target,
    labels: PORTWARDEN_LABEL,
    state: 'all',
    sort: 'created',
    direction: 'desc',
    per_page: 30,
  });
  return recent.data.find((i) => isOwn(i.user, own) && decodeMarker(i.body)?.fingerprint === fingerprint)?.number;
}

/** Creates the labels the plan uses that the repository lacks; returns the writes it made. */
async function ensureLabels(github: GitHub, target: GitHubTarget, plan: Plan, options: IssueOptions, budget: number): Promise<number> {
  const wanted = new Set<string>();
  for (const action of plan.actions) if (action.kind !== 'close') for (const label of labelsFor(action.verdict, options)) wanted.add(label);
  if (wanted.size === 0) return 0;
  const existing = new Set((await github.paginate(github.rest.issues.listLabelsForRepo, { ...target, per_page: 100 })).map((l) => l.name));
  let writes = 0;
  for (const name of wanted) {
    if (existing.has(name)) continue;
    // Out of budget: issues can still be created with the label, which GitHub then creates plainly.
    if (writes >= budget) break;
    writes += 1;
    const color = name === PORTWARDEN_LABEL ? '5319e7' : (SEVERITY_COLORS[name.replace('severity:', '')] ?? 'ededed');
    try {
      await github.rest.issues.createLabel({
        ...target,
        name,
        color,
        description: name === PORTWARDEN_LABEL ? 'Unexpected open port found by Portwarden' : '',
      });
    } catch (error) {
      // Another run created it meanwhile: that is what we wanted.
      if (statusOf(error) !== 422) throw error;
    }
  }
  return writes;
}
