// Accept mode: `/portwarden allow ...` on a Portwarden issue opens (or updates) the pull
// request that adds the rule. Only people with write, maintain or admin permission may.
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { parseAcceptComment } from './accept/command.js';
import { ruleForIssue, withRule } from './accept/rule-edit.js';
import { checkAllowlist } from './check.js';
import { ConfigError, messageOf } from './errors.js';
import { createGitHub, statusOf, type GitHub, type GitHubTarget } from './github/client.js';
import { toExistingIssue } from './github/issues.js';
import { applyAcceptPullRequest, applyReply } from './issues/apply.js';
import type { Options } from './options.js';
import { renderCheckMarkdown } from './report/check-render.js';
import { markdownText } from './report/text.js';

interface CommentEvent {
  issue?: { number: number; title: string; body: string | null; state: string; state_reason?: string | null; labels: ({ name?: string } | string)[]; pull_request?: unknown };
  comment?: { body: string; user: { login: string } };
}

const MAY_ACCEPT = ['admin', 'maintain', 'write'];

export async function runAcceptAction(options: Readonly<Options>, eventPath: string | undefined): Promise<void> {
  const event = eventPath ? (JSON.parse(await readFile(eventPath, 'utf8')) as CommentEvent) : {};
  if (!event.issue || !event.comment || event.issue.pull_request) return core.notice('accept: not a comment on an issue; nothing to do.');
  const parsed = parseAcceptComment(event.comment.body);
  if (parsed.kind === 'none') return core.notice('accept: the comment holds no /portwarden command.');
  const issue = toExistingIssue({ ...event.issue, state: event.issue.state === 'closed' ? 'closed' : 'open', state_reason: (event.issue.state_reason ?? null) as never, labels: event.issue.labels as never });
  if (!issue) return core.notice(`accept: #${event.issue.number} is not a Portwarden issue.`);
  if (!options.github) throw new ConfigError('repository: accept mode needs the repository that holds the issue');
  const target: GitHubTarget = { owner: options.github.owner, repo: options.github.repo };
  const github = createGitHub(options.github.token, options.github.apiUrl, (m) => core.warning(m));
  const login = event.comment.user.login;
  const reply = (text: string) => applyReply(github, target, issue.number, text);

  const role = (await github.rest.repos.getCollaboratorPermissionLevel({ ...target, username: login })).data.role_name;
  if (!MAY_ACCEPT.includes(role)) {
    await reply(`Thanks, @${login}. Only people with write, maintain or admin permission on this repository can accept an open port; please ask one of them.`);
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

  const prGitHub: GitHub = options.prToken ? createGitHub(options.prToken, options.github.apiUrl, (m) => core.warning(m)) : github;
  const repo = (await github.rest.repos.get({ ...target })).data;
  const baseBranch = repo.default_branch;
  const baseSha = (await github.rest.git.getRef({ ...target, ref: `heads/${baseBranch}` })).data.object.sha;
  const path = options.allowlist.replace(/^\.\//, '');
  const file = await github.rest.repos.getContent({ ...target, path, ref: baseBranch });
  if (Array.isArray(file.data) || !('content' in file.data)) throw new ConfigError(`allowlist: ${path} is not a file on ${baseBranch}`);
  const baseText = Buffer.from(file.data.content, 'base64').toString('utf8');
  const text = withRule(baseText, made.rule);
  const check = checkAllowlist({ headFile: path, headText: text, baseText, lint: { today: options.today, maxPortsPerRule: options.check.maxPortsPerRule, maxExpiryDays: options.check.maxExpiryDays }, strict: false });
  if (check.errors.length > 0) {
    await reply(`The rule would make ${path} invalid, so no pull request was opened:\n\n${check.errors.map((e) => `- line ${e.line}: ${markdownText(e.message, 300)}`).join('\n')}`);
    return core.setFailed('accept: the new rule does not validate');
  }

  const branch = `portwarden/accept-issue-${issue.number}`;
  const open = await github.rest.pulls.list({ ...target, head: `${target.owner}:${branch}`, state: 'open', per_page: 1 });
  const body = [
    `Allows ${issue.identity.protocol.toUpperCase()} ${issue.material.uncovered} for #${issue.number}, as @${login} asked.`,
    '',
    'The issue stays open until the next scheduled scan, which closes it as "now allowed by rule" once this is merged.',
    options.prToken ? '' : '\n> Opened with the job token, so no workflow runs on this pull request; the allowlist check ran here instead:\n',
    renderCheckMarkdown(check, false),
  ].join('\n');
  try {
    const pull = await applyAcceptPullRequest(prGitHub, target, {
      branch,
      baseBranch,
      baseSha,
      path,
      text,
      commitMessage: `Allow ${issue.identity.protocol.toUpperCase()} ${issue.material.uncovered} for #${issue.number}`,
      title: `Allow ${issue.identity.protocol.toUpperCase()} ${issue.material.uncovered} on ${issue.identity.resourceId} (#${issue.number})`,
      body,
      ...(open.data[0] ? { existingPull: open.data[0].number } : {}),
    });
    await reply(`${pull.created ? 'Opened' : 'Updated'} #${pull.number} with rule \`${made.rule.id}\`. This issue closes after it is merged and the next scan runs.`);
    core.setOutput('pull-request', String(pull.number));
  } catch (error) {
    if (statusOf(error) === 403 && /not permitted to create or approve pull requests/i.test(messageOf(error))) {
      throw new ConfigError('accept: GitHub Actions may not open pull requests here. Enable "Allow GitHub Actions to create and approve pull requests" (Settings > Actions > General), or pass pr-token');
    }
    throw error;
  }
}
