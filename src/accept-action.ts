// Accept mode: `/portwarden allow ...` on a Portwarden issue opens (or updates) the pull
// request that adds the rule. Only people with write, maintain or admin permission may, only
// on issues Portwarden's own account opened, and only on a branch Portwarden alone wrote.
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { parseAcceptComment } from './accept/command.js';
import { ruleForIssue, withRule } from './accept/rule-edit.js';
import { scopeProblem } from './accept/rule-scope.js';
import { checkAllowlist } from './check.js';
import { ConfigError, messageOf } from './errors.js';
import { createGitHub, statusOf, type GitHub, type GitHubTarget } from './github/client.js';
import { isOwn, resolveOwnAccounts, type OwnAccounts } from './github/identity.js';
import { listPortwardenIssues, readIssue } from './github/issues.js';
import { exposuresFromIssues } from './sources/known-exposures.js';
import { latestReportExposures } from './github/report-artifact.js';
import { applyAcceptPullRequest, applyReply, type AcceptChange } from './issues/apply.js';
import type { Options } from './options.js';
import { renderCheckMarkdown } from './report/check-render.js';
import { clip, markdownText, plainText } from './report/text.js';

interface CommentEvent {
  issue?: {
    number: number;
    title: string;
    body: string | null;
    state: string;
    state_reason?: string | null;
    labels: ({ name?: string } | string)[];
    pull_request?: unknown;
    user?: { id?: number; login?: string } | null;
  };
  comment?: { body: string; user: { login: string } };
}

const MAY_ACCEPT = ['admin', 'maintain', 'write'];
const ACCEPT_MARKER = '<!-- portwarden-accept:';

export async function runAcceptAction(options: Readonly<Options>, eventPath: string | undefined): Promise<void> {
  const event = eventPath ? (JSON.parse(await readFile(eventPath, 'utf8')) as CommentEvent) : {};
  if (!event.issue || !event.comment || event.issue.pull_request) return core.notice('accept: not a comment on an issue; nothing to do.');
  const parsed = parseAcceptComment(event.comment.body);
  if (parsed.kind === 'none') return core.notice('accept: the comment holds no /portwarden command.');
  if (!options.github) throw new ConfigError('repository: accept mode needs the repository that holds the issue');
  const target: GitHubTarget = { owner: options.github.owner, repo: options.github.repo };
  const github = createGitHub(options.github.token, options.github.apiUrl, (m) => core.warning(m));
  const own = await resolveOwnAccounts(github, options.github.botLogins);
  const read = await readIssue(
    github,
    target,
    {
      ...event.issue,
      state: event.issue.state === 'closed' ? 'closed' : 'open',
      state_reason: (event.issue.state_reason ?? null) as never,
      labels: event.issue.labels as never,
    },
    own,
  );
  // Anyone can open an issue with a marker in it: only Portwarden's own issues can be accepted.
  if (read.kind !== 'issue')
    return core.notice(
      `accept: #${event.issue.number} is not a Portwarden issue${read.kind === 'foreign' ? ` (it was opened by ${read.author}, not by Portwarden)` : ''}; nothing changed.`,
    );
  const issue = read.issue;
  const login = event.comment.user.login;
  const reply = (text: string) => applyReply(github, target, issue.number, text);

  const role = (await github.rest.repos.getCollaboratorPermissionLevel({ ...target, username: login })).data.role_name;
  if (!MAY_ACCEPT.includes(role)) {
    await reply(
      `Thanks, @${login}. Only people with write, maintain or admin permission on this repository can accept an open port; please ask one of them.`,
    );
    return core.notice(`accept: ${login} has role ${role}; nothing changed.`);
  }
  if (parsed.kind === 'invalid') {
    await reply(`I could not read that command: ${markdownText(parsed.problem, 400)}`);
    return core.setFailed(`accept: ${parsed.problem}`);
  }
  const made = ruleForIssue(issue, parsed.command, { commenter: login, today: options.today, maxExpiryDays: options.check.maxExpiryDays });
  if (!made.ok) {
    await reply(`I could not make that rule: ${markdownText(made.problem, 400)}`);
    return core.setFailed(`accept: ${made.problem}`);
  }
  // The rule's reach is checked against the latest trusted report, else the open issues.
  const report = await latestReportExposures(github, target, options.check.reportArtifact, new Date());
  const known = report.ok ? report.list : exposuresFromIssues((await listPortwardenIssues(github, target, own)).issues);
  const tooWide = scopeProblem(made.rule, issue, known, options.today);
  if (tooWide) {
    await reply(`I did not open a pull request: ${markdownText(tooWide, 400)}. Use \`scope: instance\`.`);
    return core.setFailed(`accept: ${tooWide}`);
  }

  const prGitHub: GitHub = options.prToken ? createGitHub(options.prToken, options.github.apiUrl, (m) => core.warning(m)) : github;
  const writers = prGitHub === github ? own : mergeAccounts(own, await resolveOwnAccounts(prGitHub, options.github.botLogins));
  const repo = (await github.rest.repos.get({ ...target })).data;
  const baseBranch = repo.default_branch;
  const baseSha = (await github.rest.git.getRef({ ...target, ref: `heads/${baseBranch}` })).data.object.sha;
  const path = options.allowlist.replace(/^\.\//, '');
  const file = await github.rest.repos.getContent({ ...target, path, ref: baseBranch });
  if (Array.isArray(file.data) || !('content' in file.data)) throw new ConfigError(`allowlist: ${path} is not a file on ${baseBranch}`);
  const baseText = Buffer.from(file.data.content, 'base64').toString('utf8');
  const text = withRule(baseText, made.rule);
  const check = checkAllowlist({
    headFile: path,
    headText: text,
    baseText,
    lint: { today: options.today, maxPortsPerRule: options.check.maxPortsPerRule, maxExpiryDays: options.check.maxExpiryDays },
    strict: false,
  });
  if (check.errors.length > 0) {
    await reply(
      `The rule would make ${path} invalid, so no pull request was opened:\n\n${check.errors.map((e) => `- line ${e.line}: ${markdownText(e.message, 300)}`).join('\n')}`,
    );
    return core.setFailed('accept: the new rule does not validate');
  }

  const branch = `portwarden/accept-issue-${issue.number}`;
  const plan = await branchPlan(github, target, branch, writers);
  if (plan.kind === 'refuse') {
    await reply(
      `I did not touch \`${branch}\`: ${markdownText(plan.why, 400)}. Delete the branch (or close that pull request) and comment again.`,
    );
    return core.setFailed(`accept: ${plan.why}`);
  }
  // Titles are cut at 256 characters by GitHub's refusal; say the ports short, and cut.
  const ports = `${issue.identity.protocol.toUpperCase()} ${issue.material.uncovered.length <= 60 ? issue.material.uncovered : `${issue.material.uncovered.split(', ').length} ranges`}`;
  const body = (head: string) =>
    [
      `Allows ${ports} for #${issue.number}, as @${login} asked.${made.note ? ` Note: ${made.note}.` : ''}`,
      '',
      'The issue stays open until the next scheduled scan, which closes it as "now allowed by rule" once this is merged.',
      options.prToken
        ? ''
        : '\n> Opened with the job token, so no workflow runs on this pull request; the allowlist check ran here instead:\n',
      renderCheckMarkdown(check, false),
      '',
      `${ACCEPT_MARKER}${JSON.stringify({ issue: issue.number, head })} -->`,
    ].join('\n');
  try {
    const change: AcceptChange = {
      branch,
      branchAction: plan.kind,
      baseBranch,
      baseSha,
      path,
      text,
      commitMessage: clip(`Allow ${ports} for #${issue.number}`, 256),
      title: clip(`Allow ${ports} on ${plainText(issue.identity.resourceId, 64)} (#${issue.number})`, 256),
      body,
      ...(plan.kind === 'update' ? { existingPull: plan.pull } : {}),
    };
    const pull = await applyAcceptPullRequest(prGitHub, target, change);
    await reply(
      `${pull.created ? 'Opened' : 'Updated'} #${pull.number} with rule \`${made.rule.id}\`.${made.note ? ` Note: ${made.note}.` : ''} This issue closes after it is merged and the next scan runs.`,
    );
    core.setOutput('pull-request', String(pull.number));
  } catch (error) {
    if (statusOf(error) === 403 && /not permitted to create or approve pull requests/i.test(messageOf(error))) {
      throw new ConfigError(
        'accept: GitHub Actions may not open pull requests here. Enable "Allow GitHub Actions to create and approve pull requests" (Settings > Actions > General), or pass pr-token',
      );
    }
    throw error;
  }
}

type BranchPlan = { kind: 'create' } | { kind: 'reset' } | { kind: 'update'; pull: number } | { kind: 'refuse'; why: string };

/**
 * A branch is reused only when Portwarden's account opened its pull request and the branch's
 * head is the commit Portwarden recorded there when it last pushed: commit author names and
 * e-mails can be forged, the account that opened a pull request cannot.
 */
async function branchPlan(github: GitHub, target: GitHubTarget, branch: string, own: OwnAccounts): Promise<BranchPlan> {
  const pulls = (await github.rest.pulls.list({ ...target, head: `${target.owner}:${branch}`, state: 'all', per_page: 100 })).data;
  const open = pulls.find((p) => p.state === 'open');
  if (open) {
    if (!isOwn(open.user, own))
      return {
        kind: 'refuse',
        why: `its open pull request #${open.number} was opened by ${open.user?.login ?? 'another account'}, not by Portwarden`,
      };
    const pushed = recordedHead(open.body);
    if (open.head.sha !== pushed)
      return {
        kind: 'refuse',
        why: `pull request #${open.number} has commits Portwarden did not make (its head is ${open.head.sha.slice(0, 12)}, Portwarden last pushed ${pushed?.slice(0, 12) ?? 'nothing it recorded'})`,
      };
    return { kind: 'update', pull: open.number };
  }
  let head: string;
  try {
    head = (await github.rest.git.getRef({ ...target, ref: `heads/${branch}` })).data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return { kind: 'create' };
    throw error;
  }
  // A branch left by Portwarden's own closed pull request is started again from the base.
  const left = pulls.some((p) => isOwn(p.user, own) && recordedHead(p.body) === head);
  return left
    ? { kind: 'reset' }
    : { kind: 'refuse', why: `the branch exists and its last commit ${head.slice(0, 12)} is not one Portwarden pushed` };
}

function recordedHead(body: string | null | undefined): string | undefined {
  const start = body?.lastIndexOf(ACCEPT_MARKER) ?? -1;
  if (!body || start < 0) return undefined;
  try {
    const value = JSON.parse(body.slice(start + ACCEPT_MARKER.length, body.indexOf(' -->', start))) as { head?: unknown };
    return typeof value.head === 'string' ? value.head : undefined;
  } catch {
    return undefined;
  }
}

function mergeAccounts(a: OwnAccounts, b: OwnAccounts): OwnAccounts {
  return { ids: new Set([...a.ids, ...b.ids]), logins: [...new Set([...a.logins, ...b.logins])] };
}
