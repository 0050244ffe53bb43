// Stages "GitHub state" and "plan -> apply": the issues Portwarden opened, read once before any
// AWS call (a public repository or a bad token stops the run early), then the plan made from
// the verdicts and written within the run's write budget.
import { ConfigError, messageOf } from '../../core/errors.js';
import { planIssues } from '../../core/issues/plan.js';
import type { AllowRule, ApplyResult, ExistingIssue, InstanceFacts, IssueOptions, Plan, Scope, Verdict } from '../../core/model.js';
import type { GitHubOptions } from '../../core/options/parse.js';
import { deferralNotes, type RunNote } from '../../core/report/notes.js';
import { applyPlan } from '../../github/apply-plan.js';
import { listingWarnings, listPortwardenIssues } from '../../github/issues.js';
import { openSession, type GitHubSession } from '../../github/session.js';

export interface Inbox {
  session: GitHubSession;
  issues: ExistingIssue[];
  notes: RunNote[];
}

export async function openInbox(options: GitHubOptions, warn: (message: string) => void): Promise<Inbox> {
  const session = await openSession(options, warn, true);
  const { target } = session;
  try {
    const listing = await listPortwardenIssues(session.github, target, session.own);
    return { session, issues: listing.issues, notes: listingWarnings(listing).map((text) => ({ kind: 'message', text })) };
  } catch (error) {
    throw new ConfigError(`repository: cannot list the issues of ${target.owner}/${target.repo}: ${messageOf(error)}. Nothing was changed`);
  }
}

export interface IssueSync {
  plan: Plan;
  /** Absent in a dry run. */
  applied?: ApplyResult[];
  notes: RunNote[];
}

export async function syncIssues(
  inbox: Inbox,
  found: { verdicts: Verdict[]; scopes: Scope[]; instances: Map<string, InstanceFacts>; rules: readonly AllowRule[] },
  options: { issues: IssueOptions; dryRun: boolean },
  sleep: (ms: number) => Promise<void>,
): Promise<IssueSync> {
  const plan = planIssues({ ...found, issues: inbox.issues, options: options.issues });
  const notes: RunNote[] = [];
  let applied: ApplyResult[] | undefined;
  if (!options.dryRun) {
    const { github, target, own } = inbox.session;
    applied = await applyPlan(plan, github, target, options.issues, sleep, own);
    const late = applied.filter((r) => r.deferred).length;
    if (late > 0) notes.push({ kind: 'writes-ran-out', count: late, maxWrites: options.issues.maxWrites });
  }
  return { plan, ...(applied ? { applied } : {}), notes: [...notes, ...deferralNotes(plan)] };
}
