// Accept mode: `/portwarden allow ...` on a Portwarden issue opens (or updates) the pull
// request that adds the rule. Only people with write, maintain or admin permission may, only
// on issues Portwarden's own account opened, and only on a branch Portwarden alone wrote.
import { parseAcceptComment, type AcceptCommand } from '../../core/accept/command.js';
import { ruleForIssue, type RuleJson } from '../../core/accept/rule-edit.js';
import { scopeProblem } from '../../core/accept/rule-scope.js';
import { ConfigError } from '../../core/errors.js';
import { exposuresFromIssues } from '../../core/findings/known-exposures.js';
import type { ExistingIssue } from '../../core/model.js';
import type { Options } from '../../core/options/parse.js';
import { markdownText } from '../../core/text.js';
import { postCommentOnce } from '../../github/comments.js';
import { listPortwardenIssues, readIssue } from '../../github/issues.js';
import { latestReportExposures } from '../../github/report-artifact.js';
import { roleOf } from '../../github/repository.js';
import { openSession, type GitHubSession } from '../../github/session.js';
import { proposePullRequest } from './pull-request.js';

export interface CommentEvent {
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

/** `notice`: nothing to do; `refused`: replied on the issue, and the step fails. */
export type AcceptOutcome = { kind: 'notice'; text: string } | { kind: 'refused'; failure: string } | { kind: 'opened'; pull: number };

const MAY_ACCEPT = ['admin', 'maintain', 'write'];

export interface AcceptRequest {
  session: GitHubSession;
  issue: ExistingIssue;
  login: string;
  reply: (text: string) => Promise<void>;
}

export async function runAccept(options: Readonly<Options>, event: CommentEvent, warn: (m: string) => void): Promise<AcceptOutcome> {
  if (!event.issue || !event.comment || event.issue.pull_request)
    return { kind: 'notice', text: 'accept: not a comment on an issue; nothing to do.' };
  const parsed = parseAcceptComment(event.comment.body);
  if (parsed.kind === 'none') return { kind: 'notice', text: 'accept: the comment holds no /portwarden command.' };
  if (!options.github) throw new ConfigError('repository: accept mode needs the repository that holds the issue');
  const session = await openSession(options.github, warn, false);
  const fields = {
    ...event.issue,
    state: event.issue.state === 'closed' ? 'closed' : 'open',
    state_reason: event.issue.state_reason ?? null,
  };
  const read = await readIssue(session.github, session.target, fields as never, session.own);
  // Anyone can open an issue with a marker in it: only Portwarden's own issues can be accepted.
  if (read.kind !== 'issue') {
    const author = read.kind === 'foreign' ? ` (it was opened by ${read.author}, not by Portwarden)` : '';
    return { kind: 'notice', text: `accept: #${event.issue.number} is not a Portwarden issue${author}; nothing changed.` };
  }
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const request: AcceptRequest = {
    session,
    issue: read.issue,
    login: event.comment.user.login,
    reply: (text) => postCommentOnce(session.github, session.target, read.issue.number, text, sleep),
  };
  const role = await roleOf(session.github, session.target, request.login);
  if (!MAY_ACCEPT.includes(role)) {
    await request.reply(
      `Thanks, @${request.login}. Only people with write, maintain or admin permission on this repository can accept an open port; please ask one of them.`,
    );
    return { kind: 'notice', text: `accept: ${request.login} has role ${role}; nothing changed.` };
  }
  if (parsed.kind === 'invalid')
    return refuse(request, `I could not read that command: ${markdownText(parsed.problem, 400)}`, parsed.problem);
  const made = await ruleFor(request, parsed.command, options);
  if (!made.ok) return refuse(request, made.reply, made.failure);
  return proposePullRequest(request, made, options, warn);
}

async function refuse(request: AcceptRequest, reply: string, problem: string): Promise<AcceptOutcome> {
  await request.reply(reply);
  return { kind: 'refused', failure: `accept: ${problem}` };
}

type MadeRule = { ok: true; rule: RuleJson; note?: string } | { ok: false; reply: string; failure: string };

/** The rule, checked against the latest trusted report (else the open issues) for its reach. */
async function ruleFor(request: AcceptRequest, command: AcceptCommand, options: Readonly<Options>): Promise<MadeRule> {
  const { issue, session } = request;
  const settings = { commenter: request.login, today: options.today, maxExpiryDays: options.lint.maxExpiryDays };
  const made = ruleForIssue(issue, command, settings);
  if (!made.ok) return { ok: false, reply: `I could not make that rule: ${markdownText(made.problem, 400)}`, failure: made.problem };
  const report = await latestReportExposures(session.github, session.target, options.check.reportArtifact, new Date());
  const known = report.ok
    ? report.list
    : exposuresFromIssues((await listPortwardenIssues(session.github, session.target, session.own)).issues);
  const tooWide = scopeProblem(made.rule, issue, known, options.today);
  if (tooWide)
    return { ok: false, reply: `I did not open a pull request: ${markdownText(tooWide, 400)}. Use \`scope: instance\`.`, failure: tooWide };
  return made;
}
