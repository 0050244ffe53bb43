// Near-real-time: one finding from EventBridge (repository_dispatch) opens, updates or reopens
// its issue within minutes. It never closes anything: only complete scans may.
import { evaluate } from './allowlist/evaluate.js';
import { ConfigError, FindingShapeError } from './errors.js';
import { createGitHub } from './github/client.js';
import { assertPrivateRepository, listingWarnings, listPortwardenIssues } from './github/issues.js';
import { resolveOwnAccounts } from './github/identity.js';
import { applyPlan, type ApplyResult } from './issues/apply.js';
import { planIssues } from './issues/plan.js';
import { maxSeverity, type ExistingIssue, type Exposure, type Plan } from './model.js';
import { fingerprintOf, identityOf } from './issues/fingerprint.js';
import type { Options } from './options.js';
import { loadAllowlistFile } from './run.js';
import { exposureFromDispatch } from './sources/dispatch-event.js';

export type DispatchOutcome =
  { kind: 'ignored'; reason: string } | { kind: 'planned'; plan: Plan; applied?: ApplyResult[]; status: string };

export async function runDispatch(
  options: Readonly<Options>,
  payload: unknown,
  deps: { warn: (m: string) => void; sleep: (ms: number) => Promise<void> },
): Promise<DispatchOutcome> {
  const allowlist = await loadAllowlistFile(options.allowlist);
  let parsed;
  try {
    parsed = exposureFromDispatch(payload);
  } catch (error) {
    if (error instanceof FindingShapeError)
      throw new ConfigError(`repository_dispatch ${'portwarden-finding'}: rejected the payload: ${error.message}. Nothing was changed`);
    throw error;
  }
  if (parsed.kind === 'ignored') return parsed;
  if (!options.github) throw new ConfigError('repository: a dispatched finding needs the repository that holds the issues');

  const target = { owner: options.github.owner, repo: options.github.repo };
  const github = createGitHub(options.github.token, options.github.apiUrl, deps.warn);
  await assertPrivateRepository(github, target, options.allowPublicRepository);
  const own = await resolveOwnAccounts(github, options.github.botLogins);
  const listing = await listPortwardenIssues(github, target, own);
  for (const warning of listingWarnings(listing)) deps.warn(warning);
  const fingerprint = fingerprintOf(identityOf(parsed.exposure));
  const issues = listing.issues.filter((i) => i.fingerprint === fingerprint);
  // The scan's facts go in before the allowlist is asked: the event's own Name and tags must not
  // decide which rules apply (a Name chosen to match a rule would narrow or reopen an issue).
  const evaluation = evaluate([withScanFacts(parsed.exposure, issues)], allowlist, {
    today: options.today,
    minSeverity: options.minSeverity,
    includePrivatePaths: options.includePrivatePaths,
    ...(options.allowTagKey === undefined ? {} : { allowTagKey: options.allowTagKey }),
  });
  const verdict = evaluation.verdicts[0]!;
  const plan = planIssues({
    verdicts: [verdict],
    scopes: [],
    issues,
    instances: new Map(),
    rules: allowlist.rules,
    options: options.issues,
    pushedFinding: true,
  });
  const applied = options.dryRun ? undefined : await applyPlan(plan, github, target, options.issues, deps.sleep, own);
  return { kind: 'planned', plan, ...(applied ? { applied } : {}), status: verdict.status };
}

/**
 * What a scan wrote stays: the event only proves that this port is open now. Its Name, tags
 * and path (anyone with events:PutEvents or the dispatch token could have written them) are
 * replaced by the issue's, and its severity can only raise the issue's.
 */
function withScanFacts(exposure: Exposure, issues: readonly ExistingIssue[]): Exposure {
  const issue = issues.find((i) => i.state === 'open') ?? issues[0];
  if (!issue) return exposure;
  const name = issue.material.name ?? undefined;
  const resource = { ...exposure.resource, tags: { ...issue.tags }, ...(name === undefined ? {} : { name }) };
  if (name === undefined) delete resource.name;
  return {
    ...exposure,
    resource,
    path: [...issue.material.path],
    reachability: issue.material.reachability,
    severity: maxSeverity(exposure.severity, issue.material.severity),
    sources: [...new Set([...issue.sources, ...exposure.sources])],
  };
}
