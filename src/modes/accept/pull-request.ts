// The pull request that adds an accepted rule: the allowlist on the default branch with the
// rule inserted, checked as check mode would, on the issue's own branch.
import { withRule, type RuleJson } from '../../core/accept/rule-edit.js';
import { checkAllowlist, type CheckResult } from '../../core/allowlist/check.js';
import { ConfigError, messageOf } from '../../core/errors.js';
import type { Options } from '../../core/options/parse.js';
import { renderCheckMarkdown } from '../../core/report/check-render.js';
import { clip, markdownText, plainText } from '../../core/text.js';
import { createGitHub, statusOf } from '../../github/client.js';
import { resolveOwnAccounts } from '../../github/identity.js';
import { openOrUpdatePullRequest } from '../../github/pull-requests.js';
import { defaultBranchHead, readFileAt } from '../../github/repository.js';
import type { AcceptOutcome, AcceptRequest } from './accept-mode.js';
import { branchPlan, headRecord, mergeAccounts } from './branch.js';

export async function proposePullRequest(
  request: AcceptRequest,
  made: { rule: RuleJson; note?: string },
  options: Readonly<Options>,
  warn: (m: string) => void,
): Promise<AcceptOutcome> {
  const { session, issue, reply } = request;
  const { github, target, own } = session;
  const prGitHub = options.github?.prToken ? createGitHub(options.github.prToken, options.github.apiUrl, warn) : github;
  const writers = prGitHub === github ? own : mergeAccounts(own, await resolveOwnAccounts(prGitHub, options.github?.botLogins ?? []));
  const base = await defaultBranchHead(github, target);
  const path = options.allowlist.replace(/^\.\//, '');
  const file = await readFileAt(github, target, path, base.branch);
  if (!file) throw new ConfigError(`allowlist: ${path} is not a file on ${base.branch}`);
  const text = withRule(file.text, made.rule);
  const check = checkAllowlist({ headFile: path, headText: text, baseText: file.text, lint: options.lint, strict: false });
  if (check.errors.length > 0) {
    const errors = check.errors.map((e) => `- line ${e.line}: ${markdownText(e.message, 300)}`).join('\n');
    await reply(`The rule would make ${path} invalid, so no pull request was opened:\n\n${errors}`);
    return { kind: 'refused', failure: 'accept: the new rule does not validate' };
  }
  const branch = `portwarden/accept-issue-${issue.number}`;
  const plan = await branchPlan({ ...session, github }, branch, writers);
  if (plan.kind === 'refuse') {
    await reply(
      `I did not touch \`${branch}\`: ${markdownText(plan.why, 400)}. Delete the branch (or close that pull request) and comment again.`,
    );
    return { kind: 'refused', failure: `accept: ${plan.why}` };
  }
  // Titles are cut at 256 characters by GitHub's refusal; say the ports short, and cut.
  const uncovered = issue.material.uncovered;
  const ports = `${issue.identity.protocol.toUpperCase()} ${uncovered.length <= 60 ? uncovered : `${uncovered.split(', ').length} ranges`}`;
  const note = made.note ? ` Note: ${made.note}.` : '';
  try {
    const pull = await openOrUpdatePullRequest(prGitHub, target, {
      branch,
      branchAction: plan.kind,
      baseBranch: base.branch,
      baseSha: base.sha,
      path,
      text,
      commitMessage: clip(`Allow ${ports} for #${issue.number}`, 256),
      title: clip(`Allow ${ports} on ${plainText(issue.identity.resourceId, 64)} (#${issue.number})`, 256),
      body: (head) => pullBody({ ports, issue: issue.number, login: request.login, note, check, jobToken: !options.github?.prToken, head }),
      ...(plan.kind === 'update' ? { existingPull: plan.pull } : {}),
    });
    const verb = pull.created ? 'Opened' : 'Updated';
    await reply(
      `${verb} #${pull.number} with rule \`${made.rule.id}\`.${note} This issue closes after it is merged and the next scan runs.`,
    );
    return { kind: 'opened', pull: pull.number };
  } catch (error) {
    if (statusOf(error) === 403 && /not permitted to create or approve pull requests/i.test(messageOf(error))) {
      throw new ConfigError(
        'accept: GitHub Actions may not open pull requests here. Enable "Allow GitHub Actions to create and approve pull requests" (Settings > Actions > General), or pass pr-token',
      );
    }
    throw error;
  }
}

function pullBody(p: {
  ports: string;
  issue: number;
  login: string;
  note: string;
  check: CheckResult;
  jobToken: boolean;
  head: string;
}): string {
  return [
    `Allows ${p.ports} for #${p.issue}, as @${p.login} asked.${p.note}`,
    '',
    'The issue stays open until the next scheduled scan, which closes it as "now allowed by rule" once this is merged.',
    p.jobToken ? '\n> Opened with the job token, so no workflow runs on this pull request; the allowlist check ran here instead:\n' : '',
    renderCheckMarkdown(p.check, false),
    '',
    headRecord(p.issue, p.head),
  ].join('\n');
}
