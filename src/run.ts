// The pipeline, wired once for the action and the CLI:
// sources -> normalise -> merge -> enrich (EC2) -> evaluate against the allowlist -> report.
import { readText } from './read-text.js';
import { evaluate } from './allowlist/evaluate.js';
import { parseAllowlist } from './allowlist/load.js';
import { mapConcurrently } from './aws/batching.js';
import { callerAccountId } from './aws/caller.js';
import type { AwsContext } from './aws/clients.js';
import { resolveCredentials, type OidcTokenSource, type SecretMask } from './aws/credentials.js';
import { applyInstanceFacts } from './enrich/apply-facts.js';
import { describeInstances } from './enrich/ec2.js';
import { ConfigError, messageOf } from './errors.js';
import { mergeExposures } from './exposures/merge.js';
import { rulesExpiringSoon } from './allowlist/expiry.js';
import { createGitHub, type GitHub } from './github/client.js';
import { assertPrivateRepository, listingWarnings, listPortwardenIssues, type IssueListing } from './github/issues.js';
import { resolveOwnAccounts, type OwnAccounts } from './github/identity.js';
import { applyPlan, type ApplyResult } from './issues/apply.js';
import { planIssues } from './issues/plan.js';
import type { AllowRule, Allowlist, ExistingIssue, Exposure, InstanceFacts, Plan, Scope, SourceResult } from './model.js';
import { planRows } from './report/plan-report.js';
import type { Options } from './options.js';
import { buildReport, type Report } from './report/report.js';
import { readFindingsFile } from './sources/file.js';
import { readInspectorClassic } from './sources/inspector-classic.js';
import { readInspector2 } from './sources/inspector2.js';
import { readSecurityGroups } from './sources/security-groups.js';
import { readSecurityHub, type SecurityHubRead } from './sources/securityhub.js';
import { planWorkflowSync, type TrackingIssue } from './securityhub/workflow.js';
import { applyWorkflowUpdates } from './securityhub/write-back.js';
import { webUrlOf } from './github/client.js';

export interface RunResult {
  report: Report;
  allowlist: Allowlist;
  /** 1 when `fail-on-unexpected` or `fail-on-incomplete` applies. */
  exitCode: 0 | 1;
  failures: string[];
  plan?: Plan;
  applied?: ApplyResult[];
  expiringRules: AllowRule[];
}

export interface RunDeps {
  now: Date;
  /** GitHub's OIDC token, in the action only. */
  oidc?: OidcTokenSource;
  mask: SecretMask;
  warn: (message: string) => void;
  sleep: (ms: number) => Promise<void>;
}

/** Regions read at once; each region's calls are sequential per source. */
const REGION_CONCURRENCY = 4;

export function expiryWarning(rule: AllowRule): string {
  return `rule "${rule.id}" expires on ${rule.expires}: renew it or let it lapse on purpose`;
}

export async function loadAllowlistFile(path: string): Promise<Allowlist> {
  const text = await readText(
    path,
    (code) =>
      new ConfigError(`allowlist: cannot read "${path}" (${code}): create it (see README#allowlist-format) or set the allowlist path`),
  );
  return parseAllowlist(text, path);
}

export async function run(options: Readonly<Options>, deps: RunDeps): Promise<RunResult> {
  // The allowlist first: a bad one must stop the run before anything else happens.
  const allowlist = await loadAllowlistFile(options.allowlist);

  // GitHub next, before any AWS call: a public repository or a bad token stops the run early,
  // and the existing issues decide which instances EC2 must describe.
  let github: GitHub | undefined;
  let own: OwnAccounts | undefined;
  let existing: ExistingIssue[] = [];
  const warnings: string[] = [];
  if (options.github) {
    const target = { owner: options.github.owner, repo: options.github.repo };
    github = createGitHub(options.github.token, options.github.apiUrl, deps.warn);
    await assertPrivateRepository(github, target, options.allowPublicRepository);
    own = await resolveOwnAccounts(github, options.github.botLogins);
    let listing: IssueListing;
    try {
      listing = await listPortwardenIssues(github, target, own);
    } catch (error) {
      throw new ConfigError(
        `repository: cannot list the issues of ${target.owner}/${target.repo}: ${messageOf(error)}. Nothing was changed`,
      );
    }
    existing = listing.issues;
    warnings.push(...listingWarnings(listing));
  }

  const results: SourceResult[] = [];
  const inputs: Report['inputs'] = [];

  if (options.sources.includes('file')) {
    const files = await Promise.all(options.findings.map(readFindingsFile));
    for (const f of files) {
      inputs.push({ file: f.file, format: f.format, exposures: f.exposures.length, skipped: f.skipped });
      for (const warning of f.warnings) warnings.push(`${f.file}: ${warning}`);
      const problem = f.truncated
        ? `${f.file}: the export ends with a next-page token, so later pages are missing; save every page (the AWS CLI does unless --max-items is given)`
        : f.failedItems.length > 0
          ? `${f.file}: ${f.failedItems.length} finding(s) failed to describe (failedItems); the export is incomplete`
          : undefined;
      const status = problem ? 'incomplete' : 'complete';
      const reason = problem;
      const seen = new Map(f.exposures.map((e) => [`${e.accountId}|${e.region}`, e]));
      // An export is a snapshot of unknown completeness (a page, a filter, an old day).
      const scopes: Scope[] = [...seen.values()].map((e) => ({
        source: 'file',
        accountId: e.accountId,
        region: e.region,
        status,
        provesAbsence: false,
        ...(reason ? { reason } : {}),
      }));
      if (reason && scopes.length === 0) scopes.push({ source: 'file', accountId: '-', region: '-', status, provesAbsence: false, reason });
      results.push({ scopes, exposures: f.exposures });
    }
  }

  let context: AwsContext | undefined;
  let securityHub: SecurityHubRead | undefined;
  const awsSources = options.sources.filter((s) => s !== 'file');
  if (awsSources.length > 0) {
    const region = options.regions[0]!;
    const credentials = await resolveCredentials(
      {
        ...(options.roleArn ? { roleArn: options.roleArn } : {}),
        audience: options.audience,
        sessionName: options.roleSessionName,
        durationSeconds: options.roleDurationSeconds,
        region,
      },
      deps.oidc,
      deps.mask,
    );
    context = { ...(credentials ? { credentials } : {}), callerAccountId: await callerAccountId(region, credentials) };
    const awsContext = context;
    const accounts = options.accounts.length > 0 ? options.accounts : [awsContext.callerAccountId];
    const perRegionSources = awsSources.filter((s) => s !== 'securityhub');
    const perRegion = await mapConcurrently(perRegionSources.length > 0 ? options.regions : [], REGION_CONCURRENCY, async (r) => {
      const read: SourceResult[] = [];
      if (awsSources.includes('inspector2')) read.push(await readInspector2(r, accounts, awsContext));
      if (awsSources.includes('inspector-classic')) {
        read.push(
          await readInspectorClassic(
            r,
            { templateArns: options.assessmentTemplateArns, maxScanAgeDays: options.maxScanAgeDays, now: deps.now },
            awsContext,
          ),
        );
      }
      if (awsSources.includes('security-groups')) read.push(await readSecurityGroups(r, awsContext));
      return read;
    });
    results.push(...perRegion.flat());
    if (awsSources.includes('securityhub')) {
      // One read from the aggregation region covers every linked account and region.
      securityHub = await readSecurityHub({ region, accounts: options.accounts, regions: options.securityHub.regions }, awsContext);
      results.push(securityHub);
    }
  }

  const scopes = results.flatMap((r) => r.scopes);
  let exposures = mergeExposures(results.flatMap((r) => r.exposures));
  let instances = new Map<string, InstanceFacts>();
  if (context) {
    const openIssueInstances = existing.filter((i) => i.state === 'open').map((i) => i.identity);
    // Security Hub's scopes can name regions beyond the configured ones.
    const regions = [...new Set([...options.regions, ...scopes.filter((s) => s.source !== 'file').map((s) => s.region)])];
    ({ exposures, instances } = await enrich(exposures, openIssueInstances, scopes, regions, context));
  }

  const evaluation = evaluate(exposures, allowlist, {
    today: options.today,
    minSeverity: options.minSeverity,
    includePrivatePaths: options.includePrivatePaths,
    ...(options.allowTagKey === undefined ? {} : { allowTagKey: options.allowTagKey }),
  });
  const expiringRules = rulesExpiringSoon(allowlist, options.today, options.expiryWarningDays);
  for (const rule of expiringRules) warnings.push(expiryWarning(rule));

  let plan: Plan | undefined;
  let applied: ApplyResult[] | undefined;
  if (github && own && options.github) {
    plan = planIssues({
      verdicts: evaluation.verdicts,
      scopes,
      issues: existing,
      instances,
      rules: allowlist.rules,
      options: options.issues,
    });
    if (!options.dryRun) {
      applied = await applyPlan(plan, github, { owner: options.github.owner, repo: options.github.repo }, options.issues, deps.sleep, own);
      const late = applied.filter((r) => r.deferred).length;
      if (late > 0)
        warnings.push(
          `${late} issue change(s) deferred: max-writes (${options.issues.maxWrites}) reached after creating labels; the next run makes them`,
        );
    }
    const deferredBy = new Map<string, number>();
    for (const { why } of plan.deferred) deferredBy.set(why, (deferredBy.get(why) ?? 0) + 1);
    for (const [why, count] of deferredBy)
      warnings.push(`${count} issue change(s) deferred: ${why}; the next run makes them (raise ${why.split(' ')[0]} to make them now)`);
  }
  let workflowSync: Report['workflowSync'];
  if (securityHub && options.securityHub.workflowSync && context) {
    if (!plan || !options.github) {
      warnings.push('securityhub-workflow-sync: no issues are managed in this run (the CLI needs --repo), so Security Hub is not updated');
    } else {
      const updates = planWorkflowSync({
        findings: new Map(securityHub.findings.map((f) => [f.id, f])),
        verdicts: evaluation.verdicts,
        openIssues: openIssuesAfter(
          existing,
          plan,
          applied,
          `${webUrlOf(options.github.apiUrl)}/${options.github.owner}/${options.github.repo}/issues/`,
        ),
        rules: allowlist.rules,
        repository: `${options.github.owner}/${options.github.repo}`,
      });
      const count = (status: string) => updates.filter((u) => u.status === status).reduce((n, u) => n + u.findings.length, 0);
      if (options.dryRun)
        workflowSync = {
          applied: false,
          notified: count('NOTIFIED'),
          suppressed: count('SUPPRESSED'),
          requests: updates.length,
          failures: [],
        };
      else {
        const result = await applyWorkflowUpdates(updates, securityHub.hubRegion, context);
        workflowSync = {
          applied: true,
          notified: result.updated.NOTIFIED,
          suppressed: result.updated.SUPPRESSED,
          requests: updates.length,
          failures: result.failures,
        };
      }
    }
  }
  const report = buildReport(evaluation, {
    generatedAt: deps.now.toISOString(),
    inputs,
    warnings,
    scopes,
    ...(plan ? { plan: planRows(plan, applied) } : {}),
    ...(workflowSync ? { workflowSync } : {}),
  });

  const failures: string[] = [];
  if (plan?.guard) failures.push(`mass-close guard: ${plan.guard}`);
  const failedWrites = applied?.filter((r) => !r.ok && !r.deferred) ?? [];
  if (failedWrites.length > 0)
    failures.push(
      `${failedWrites.length} issue change(s) failed (the next run retries them): ${failedWrites.map((f) => f.error).join('; ')}`,
    );
  if (workflowSync && workflowSync.failures.length > 0) {
    failures.push(
      `Security Hub workflow: ${workflowSync.failures.length} finding update(s) failed (the next run retries them): ${workflowSync.failures.slice(0, 5).join('; ')}`,
    );
  }
  if (options.failOnUnexpected && report.summary.unexpected > 0)
    failures.push(`${report.summary.unexpected} unexpected open port(s) and fail-on-unexpected is true`);
  const notComplete = scopes.filter((s) => s.status !== 'complete');
  if (options.failOnIncomplete && notComplete.length > 0) {
    failures.push(`${notComplete.length} scope(s) incomplete or stale, so this run is not an all-clear (fail-on-incomplete is true)`);
  }
  return {
    report,
    allowlist,
    exitCode: failures.length > 0 ? 1 : 0,
    failures,
    expiringRules,
    ...(plan ? { plan } : {}),
    ...(applied ? { applied } : {}),
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

/**
 * EC2 facts for the caller's account, one batched lookup per region. Other accounts' instances
 * cannot be described with these credentials: their findings' own tags are used.
 */
async function enrich(
  exposures: Exposure[],
  issueInstances: readonly { accountId: string; region: string; resourceId: string }[],
  scopes: Scope[],
  regions: readonly string[],
  context: AwsContext,
): Promise<{ exposures: Exposure[]; instances: Map<string, InstanceFacts> }> {
  let enriched = exposures;
  const instances = new Map<string, InstanceFacts>();
  for (const region of regions) {
    const ours = (i: { accountId: string; region: string }) => i.region === region && i.accountId === context.callerAccountId;
    // One batched lookup covers the exposures and the open issues whose port is absent, so
    // stopped and terminated instances are told apart from closed ports.
    const ids = [...exposures.filter(ours).map((e) => e.resource.id), ...issueInstances.filter(ours).map((i) => i.resourceId)];
    const lookup = await describeInstances(region, ids, context);
    if (lookup.ok) {
      enriched = applyInstanceFacts(enriched, lookup.facts);
      for (const [id, facts] of lookup.facts) instances.set(id, facts);
    } else {
      for (const scope of scopes) {
        if (scope.region === region && scope.accountId === context.callerAccountId && scope.status === 'complete') {
          Object.assign(scope, { status: 'incomplete', reason: `${lookup.reason}; instance tags and states are unknown` });
        }
      }
    }
  }
  return { exposures: enriched, instances };
}
