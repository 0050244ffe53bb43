// The only file that writes to GitHub. It executes a plan item by item; a failed item is
// recorded and the rest go on, and every step is safe to repeat, so the next run converges
// to one issue per port whatever failed half-way.
import { messageOf } from '../errors.js';
import { statusOf, type GitHub, type GitHubTarget } from '../github/client.js';
import { isOwn, type OwnAccounts } from '../github/identity.js';
import { decodeMarker } from './marker.js';
import { PORTWARDEN_LABEL, writeCost } from './plan.js';
import {
  closingNoteFor,
  labelsFor,
  renderActionComment,
  renderBody,
  renderClosedBody,
  renderIdentityComment,
  renderTitle,
  SEVERITY_COLORS,
} from './render.js';
import type { IssueOptions, Plan, PlanAction } from '../model.js';

export interface ApplyResult {
  action: PlanAction;
  ok: boolean;
  issueNumber?: number;
  error?: string;
  /** Not attempted: the write budget ran out (label creation spent part of it). */
  deferred?: string;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** POSTs that create something are not idempotent: never retried blindly. */
const NO_BLIND_RETRY = { request: { retries: 0 } };
const CREATE_ATTEMPTS = 3;

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
      await postOnce(github, target, number, renderIdentityComment(action.verdict), sleep);
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
  if (body) await postOnce(github, target, action.issue.number, body, sleep);
}

async function postOnce(
  github: GitHub,
  target: GitHubTarget,
  issue_number: number,
  body: string,
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  // Reopen and close comments repeat word for word across cycles: only a comment made since
  // this attempt began can be the one a failed response hid.
  const since = new Date(Date.now() - 60_000).toISOString();
  await createOnce(
    () => github.rest.issues.createComment({ ...target, issue_number, body, ...NO_BLIND_RETRY }).then((r) => r.data.id),
    async () => {
      const recent = await github.rest.issues.listComments({ ...target, issue_number, since, per_page: 100 });
      return recent.data.find((c) => c.body === body)?.id;
    },
    sleep,
  );
}

/**
 * A 5xx or a dropped connection after a POST does not say whether GitHub created the thing.
 * Look before trying again, so a retry never makes a duplicate issue or comment.
 */
async function createOnce(
  post: () => Promise<number>,
  existing: () => Promise<number | undefined>,
  sleep: (ms: number) => Promise<void>,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await post();
    } catch (error) {
      const status = statusOf(error);
      if (attempt >= CREATE_ATTEMPTS) throw error;
      if (status === 429) {
        // Refused, so certainly not created: wait as told and send it again.
        await sleep(retryAfterMs(error));
        continue;
      }
      if (status !== undefined && status < 500) throw error;
      await sleep(1000 * attempt);
      const found = await existing();
      if (found !== undefined) return found;
    }
  }
}

function retryAfterMs(error: unknown): number {
  const header = (error as { response?: { headers?: Record<string, string> } }).response?.headers?.['retry-after'];
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 120) * 1000 : 1000;
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

/**
 * Check mode's one sticky pull-request comment: found by its marker, edited in place, never
 * duplicated. A fork's pull request gets a read-only token whatever the workflow asks for,
 * so a 403 is reported as `skipped`, not as a failure of the check.
 */
export async function applyStickyComment(
  github: GitHub,
  target: GitHubTarget,
  pullNumber: number,
  marker: string,
  body: string,
  own: OwnAccounts,
): Promise<{ outcome: 'created' | 'updated' | 'unchanged' | 'skipped'; detail?: string }> {
  try {
    const comments = await github.paginate(github.rest.issues.listComments, { ...target, issue_number: pullNumber, per_page: 100 });
    // The pull request's author can post a comment that starts with the marker too.
    const mine = comments.find((c) => isOwn(c.user, own) && c.body?.startsWith(marker));
    if (mine?.body === body) return { outcome: 'unchanged' };
    if (mine) {
      await github.rest.issues.updateComment({ ...target, comment_id: mine.id, body });
      return { outcome: 'updated' };
    }
    await createOnce(
      () => github.rest.issues.createComment({ ...target, issue_number: pullNumber, body, ...NO_BLIND_RETRY }).then((r) => r.data.id),
      async () =>
        (await github.rest.issues.listComments({ ...target, issue_number: pullNumber, per_page: 100 })).data.find((c) => c.body === body)
          ?.id,
      realSleep,
    );
    return { outcome: 'created' };
  } catch (error) {
    if (statusOf(error) === 403)
      return { outcome: 'skipped', detail: `the token may not comment (${messageOf(error)}); fork pull requests get a read-only token` };
    throw error;
  }
}

export interface AcceptChange {
  branch: string;
  /** `create`: a new branch; `reset`: a branch Portwarden left, started again from the base; `update`: the branch of the open pull request. */
  branchAction: 'create' | 'reset' | 'update';
  baseBranch: string;
  baseSha: string;
  path: string;
  text: string;
  commitMessage: string;
  title: string;
  /** The pull request's description, given the commit Portwarden pushed (recorded in it). */
  body: (head: string) => string;
  /** The open pull request for this issue, when `update`. */
  existingPull?: number;
}

/** Accept mode's pull request: the branch, the edited allowlist committed there, one pull request per issue. */
export async function applyAcceptPullRequest(
  github: GitHub,
  target: GitHubTarget,
  change: AcceptChange,
): Promise<{ number: number; url: string; created: boolean }> {
  const ref = `heads/${change.branch}`;
  if (change.branchAction === 'create') await github.rest.git.createRef({ ...target, ref: `refs/${ref}`, sha: change.baseSha });
  if (change.branchAction === 'reset') await github.rest.git.updateRef({ ...target, ref, sha: change.baseSha, force: true });
  const current = await github.rest.repos.getContent({ ...target, path: change.path, ref: change.branch });
  const sha = !Array.isArray(current.data) && 'sha' in current.data ? current.data.sha : undefined;
  const commit = await github.rest.repos.createOrUpdateFileContents({
    ...target,
    path: change.path,
    branch: change.branch,
    message: change.commitMessage,
    content: Buffer.from(change.text).toString('base64'),
    ...(sha ? { sha } : {}),
  });
  const body = change.body(commit.data.commit.sha ?? '');
  if (change.existingPull !== undefined) {
    const pull = await github.rest.pulls.update({ ...target, pull_number: change.existingPull, title: change.title, body });
    return { number: pull.data.number, url: pull.data.html_url, created: false };
  }
  try {
    const pull = await github.rest.pulls.create({ ...target, title: change.title, head: change.branch, base: change.baseBranch, body });
    return { number: pull.data.number, url: pull.data.html_url, created: true };
  } catch (error) {
    // A branch with Portwarden's commit but no pull request would be refused next time (its
    // head is recorded nowhere): take it away, so the command can simply be repeated.
    await github.rest.git.deleteRef({ ...target, ref }).catch(() => undefined);
    throw error;
  }
}

/** A reply on an issue (accept mode); replies are not retried blindly either. */
export async function applyReply(github: GitHub, target: GitHubTarget, issueNumber: number, body: string): Promise<void> {
  await createOnce(
    () => github.rest.issues.createComment({ ...target, issue_number: issueNumber, body, ...NO_BLIND_RETRY }).then((r) => r.data.id),
    async () =>
      (
        await github.rest.issues.listComments({
          ...target,
          issue_number: issueNumber,
          since: new Date(Date.now() - 60_000).toISOString(),
          per_page: 100,
        })
      ).data.find((c) => c.body === body)?.id,
    realSleep,
  );
}
