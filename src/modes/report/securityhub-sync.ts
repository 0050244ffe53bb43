// Stage "Security Hub sync": each finding's workflow status follows Portwarden's decision
// (NOTIFIED with its issue's link, SUPPRESSED with the rule), after the issues are written.
import type { SecurityHubRead } from '../../aws/sources/securityhub.js';
import type { AwsContext } from '../../aws/clients.js';
import { applyWorkflowUpdates } from '../../aws/securityhub-write-back.js';
import type { AllowRule, ApplyResult, ExistingIssue, Plan, Verdict } from '../../core/model.js';
import type { GitHubOptions } from '../../core/options/parse.js';
import type { Report } from '../../core/report/report.js';
import { planWorkflowSync, type TrackingIssue } from '../../core/securityhub/workflow.js';
import { webUrlOf } from '../../github/client.js';
import type { IssueSync } from './issues.js';

export async function syncSecurityHub(
  securityHub: SecurityHubRead,
  context: AwsContext,
  decided: { verdicts: Verdict[]; rules: readonly AllowRule[]; existing: readonly ExistingIssue[]; issues: IssueSync },
  github: GitHubOptions,
  dryRun: boolean,
): Promise<NonNullable<Report['workflowSync']>> {
  const { target } = github;
  const updates = planWorkflowSync({
    findings: new Map(securityHub.findings.map((f) => [f.id, f])),
    verdicts: decided.verdicts,
    openIssues: openIssuesAfter(
      decided.existing,
      decided.issues.plan,
      decided.issues.applied,
      `${webUrlOf(github.apiUrl)}/${target.owner}/${target.repo}/issues/`,
    ),
    rules: decided.rules,
    repository: `${target.owner}/${target.repo}`,
  });
  const count = (status: string) => updates.filter((u) => u.status === status).reduce((n, u) => n + u.findings.length, 0);
  if (dryRun)
    return { applied: false, notified: count('NOTIFIED'), suppressed: count('SUPPRESSED'), requests: updates.length, failures: [] };
  const result = await applyWorkflowUpdates(updates, securityHub.hubRegion, context);
  return {
    applied: true,
    notified: result.updated.NOTIFIED,
    suppressed: result.updated.SUPPRESSED,
    requests: updates.length,
    failures: result.failures,
  };
}

/** The open issue of each fingerprint once the plan is applied (or would be, in a dry run). */
function openIssuesAfter(
  existing: readonly ExistingIssue[],
  plan: Plan,
  applied: readonly ApplyResult[] | undefined,
  issueUrl: string,
): Map<string, TrackingIssue> {
  const open = new Map<string, TrackingIssue>();
  const track = (fingerprint: string, number: number) => open.set(fingerprint, { number, url: `${issueUrl}${number}` });
  for (const issue of existing) if (issue.state === 'open' && !open.has(issue.fingerprint)) track(issue.fingerprint, issue.number);
  const outcomes = applied ?? plan.actions.map((action) => ({ action, ok: true, issueNumber: undefined }));
  for (const { action, ok, issueNumber } of outcomes) {
    if (!ok) continue;
    if (action.kind === 'close' && open.get(action.issue.fingerprint)?.number === action.issue.number)
      open.delete(action.issue.fingerprint);
    if (action.kind === 'reopen') track(action.issue.fingerprint, action.issue.number);
    // A dry run's new issues have no number yet; they count as tracked for the dry run's tally.
    if (action.kind === 'create' && (issueNumber !== undefined || !applied)) track(action.fingerprint, issueNumber ?? 0);
  }
  return open;
}
