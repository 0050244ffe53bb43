// Near-real-time: one finding from EventBridge (repository_dispatch) opens, updates or reopens
// its issue within minutes. It never closes anything: only complete scans may.
import { evaluate } from '../../core/allowlist/evaluate.js';
import { ConfigError, FindingShapeError } from '../../core/errors.js';
import { exposureFromDispatch } from '../../core/findings/dispatch-event.js';
import { fingerprintOf, identityOf } from '../../core/findings/fingerprint.js';
import { planIssues } from '../../core/issues/plan.js';
import { withScanFacts } from '../../core/issues/scan-facts.js';
import type { ApplyResult, Plan } from '../../core/model.js';
import type { Options } from '../../core/options/parse.js';
import { loadAllowlistFile } from '../../files/allowlist-file.js';
import { applyPlan } from '../../github/apply-plan.js';
import { listingWarnings, listPortwardenIssues } from '../../github/issues.js';
import { openSession } from '../../github/session.js';

export type DispatchOutcome =
  { kind: 'ignored'; reason: string } | { kind: 'planned'; plan: Plan; applied?: ApplyResult[]; status: string };

export async function runDispatch(
  options: Readonly<Options>,
  payload: unknown,
  deps: { warn: (m: string) => void; sleep: (ms: number) => Promise<void> },
): Promise<DispatchOutcome> {
  const allowlist = await loadAllowlistFile(options.allowlist);
  const parsed = parsePayload(payload);
  if (parsed.kind === 'ignored') return parsed;
  if (!options.github) throw new ConfigError('repository: a dispatched finding needs the repository that holds the issues');

  const { github, target, own } = await openSession(options.github, deps.warn, true);
  const listing = await listPortwardenIssues(github, target, own);
  for (const warning of listingWarnings(listing)) deps.warn(warning);
  const fingerprint = fingerprintOf(identityOf(parsed.exposure));
  const issues = listing.issues.filter((i) => i.fingerprint === fingerprint);
  // The scan's facts go in before the allowlist is asked: the event's own Name and tags must not
  // decide which rules apply (a Name chosen to match a rule would narrow or reopen an issue).
  const verdict = evaluate([withScanFacts(parsed.exposure, issues)], allowlist, options.evaluate).verdicts[0]!;
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

function parsePayload(payload: unknown) {
  try {
    return exposureFromDispatch(payload);
  } catch (error) {
    if (error instanceof FindingShapeError)
      throw new ConfigError(`repository_dispatch portwarden-finding: rejected the payload: ${error.message}. Nothing was changed`);
    throw error;
  }
}
