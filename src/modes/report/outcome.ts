// The exit rules of a report run: anything here exits 1, after the report is written.
import type { Scope } from '../../core/model.js';
import type { ExitOptions } from '../../core/options/parse.js';
import type { Report } from '../../core/report/report.js';
import type { IssueSync } from './issues.js';

const MAX_ACCOUNTS_NAMED = 20;

export function failuresOf(report: Report, scopes: readonly Scope[], issues: IssueSync | undefined, exit: ExitOptions): string[] {
  const failures: string[] = [];
  if (issues?.plan.guard) failures.push(`mass-close guard: ${issues.plan.guard}`);
  const failedWrites = issues?.applied?.filter((r) => !r.ok && !r.deferred) ?? [];
  if (failedWrites.length > 0)
    failures.push(
      `${failedWrites.length} issue change(s) failed (the next run retries them): ${failedWrites.map((f) => f.error).join('; ')}`,
    );
  const sync = report.workflowSync;
  if (sync && sync.failures.length > 0) {
    failures.push(
      `Security Hub workflow: ${sync.failures.length} finding update(s) failed (the next run retries them): ${sync.failures.slice(0, 5).join('; ')}`,
    );
  }
  if (exit.failOnUnexpected && report.summary.unexpected > 0)
    failures.push(`${report.summary.unexpected} unexpected open port(s) and fail-on-unexpected is true`);
  const notComplete = scopes.filter((s) => s.status !== 'complete');
  if (exit.failOnIncomplete && notComplete.length > 0) {
    // An organization's failure is read per account, not per (account, region, source).
    const accounts = [...new Set(notComplete.map((s) => s.accountId))].sort();
    const named =
      accounts.length <= MAX_ACCOUNTS_NAMED
        ? accounts.join(', ')
        : `${accounts.slice(0, MAX_ACCOUNTS_NAMED).join(', ')} and ${accounts.length - MAX_ACCOUNTS_NAMED} more`;
    failures.push(
      `${notComplete.length} scope(s) incomplete or stale, so this run is not an all-clear (fail-on-incomplete is true); ${accounts.length === 1 ? 'account' : `${accounts.length} accounts`}: ${named}`,
    );
  }
  return failures;
}
