// Report mode, as the README's diagram draws it: allowlist -> GitHub state -> sources ->
// merge -> enrich -> evaluate -> plan -> apply -> Security Hub sync -> report. The action
// (action.ts) and the CLI (cli.ts) only render what this returns.
import { evaluate } from '../../core/allowlist/evaluate.js';
import { rulesExpiringSoon } from '../../core/allowlist/expiry.js';
import { mergeExposures } from '../../core/findings/merge.js';
import type { AllowRule, Evaluation, InstanceFacts } from '../../core/model.js';
import type { Options } from '../../core/options/parse.js';
import { noteText, tagNotes, type RunNote } from '../../core/report/notes.js';
import { planRows } from '../../core/report/plan-report.js';
import { buildReport, type Report } from '../../core/report/report.js';
import type { OidcTokenSource, SecretMask } from '../../aws/credentials.js';
import { loadAllowlistFile } from '../../files/allowlist-file.js';
import { openInbox, syncIssues, type Inbox, type IssueSync } from './issues.js';
import { failuresOf } from './outcome.js';
import { readSources, type SourcesRead } from './sources.js';

export interface ReportDeps {
  now: Date;
  /** GitHub's OIDC token, in the action only. */
  oidc?: OidcTokenSource;
  mask: SecretMask;
  warn: (message: string) => void;
  sleep: (ms: number) => Promise<void>;
}

export interface ReportOutcome {
  report: Report;
  allowlistFile: string;
  /** With their lines, for annotations. */
  expiredRules: Evaluation['expiredRules'];
  expiringRules: AllowRule[];
  notes: RunNote[];
  /** Why the run exits 1: a guard, failed writes, fail-on-unexpected or fail-on-incomplete. */
  failures: string[];
  exitCode: 0 | 1;
}

export async function runReport(options: Readonly<Options>, deps: ReportDeps): Promise<ReportOutcome> {
  const allowlist = await loadAllowlistFile(options.allowlist);
  const inbox = options.github ? await openInbox(options.github, deps.warn) : undefined;
  const read = await readSources(options, deps);
  const found = await enrich(read, inbox);
  const evaluation = evaluate(found.exposures, allowlist, options.evaluate);
  const decided = { verdicts: evaluation.verdicts, rules: allowlist.rules };
  const issues = inbox ? await syncIssues(inbox, { ...found, ...decided }, options, deps.sleep) : undefined;
  const sync = await syncSecurityHub(options, read.aws, inbox, issues, decided);
  const expiringRules = rulesExpiringSoon(allowlist, options.today, options.expiryWarningDays);
  const notes: RunNote[] = [
    ...(inbox?.notes ?? []),
    ...read.notes,
    ...expiringRules.map((rule) => ({ kind: 'expiring-rule' as const, rule })),
    ...(issues?.notes ?? []),
    ...sync.notes,
    ...tagNotes(evaluation.verdicts),
  ];
  const report = buildReport(evaluation, {
    generatedAt: deps.now.toISOString(),
    inputs: read.inputs,
    warnings: notes.map(noteText),
    scopes: found.scopes,
    ...(issues ? { plan: planRows(issues.plan, issues.applied) } : {}),
    ...(sync.workflowSync ? { workflowSync: sync.workflowSync } : {}),
  });
  const failures = failuresOf(report, found.scopes, issues, options.exit);
  const { expiredRules } = evaluation;
  return { report, allowlistFile: allowlist.file, expiredRules, expiringRules, notes, failures, exitCode: failures.length > 0 ? 1 : 0 };
}

/** Merge, then EC2's facts when AWS was read (saved exports keep the tags they carry). */
async function enrich(read: SourcesRead, inbox: Inbox | undefined) {
  const merged = { exposures: mergeExposures(read.results.flatMap((r) => r.exposures)), scopes: read.results.flatMap((r) => r.scopes) };
  if (!read.aws) return { ...merged, instances: new Map<string, InstanceFacts>() };
  const { enrichWithEc2 } = await import('./enrich.js');
  return enrichWithEc2({ ...merged, results: read.results }, inbox?.issues ?? [], read.aws);
}

async function syncSecurityHub(
  options: Readonly<Options>,
  aws: SourcesRead['aws'],
  inbox: Inbox | undefined,
  issues: IssueSync | undefined,
  decided: { verdicts: Evaluation['verdicts']; rules: readonly AllowRule[] },
): Promise<{ workflowSync?: Report['workflowSync']; notes: RunNote[] }> {
  if (!aws?.securityHub || !options.read.securityHub.workflowSync) return { notes: [] };
  if (!inbox || !issues || !options.github) return { notes: [{ kind: 'sync-without-issues' }] };
  const { syncSecurityHub } = await import('./securityhub-sync.js');
  const workflowSync = await syncSecurityHub(
    aws.securityHub,
    aws.context,
    { ...decided, existing: inbox.issues, issues },
    options.github,
    options.dryRun,
  );
  return { workflowSync, notes: [] };
}
