// The AWS sources: base credentials once (OIDC or the default chain), the accounts in scope
// (listed, or the organization's), then every (account, region) unit in one bounded pool.
// Security groups and Inspector Classic read each account with its member role; Inspector v2
// reads its members' findings centrally per region; Security Hub once, from its aggregation
// region.
import { mapConcurrently } from '../../aws/batching.js';
import { callerIdentity } from '../../aws/caller.js';
import type { AwsContext } from '../../aws/clients.js';
import { resolveCredentials } from '../../aws/credentials.js';
import { AccountCredentials } from '../../aws/member-access.js';
import { organizationAccounts } from '../../aws/organization.js';
import { enabledRegions } from '../../aws/regions.js';
import { readInspectorClassic } from '../../aws/sources/inspector-classic.js';
import { readInspector2 } from '../../aws/sources/inspector2.js';
import { readSecurityGroups } from '../../aws/sources/security-groups.js';
import { readSecurityHub, type SecurityHubRead } from '../../aws/sources/securityhub.js';
import { accountsInScope } from '../../core/accounts.js';
import { InputError } from '../../core/errors.js';
import { ownAccountProblem, type Scope, type SourceName, type SourceResult } from '../../core/model.js';
import type { Options } from '../../core/options/parse.js';
import type { RunNote } from '../../core/report/notes.js';
import type { ReportDeps } from './report-mode.js';

export interface AwsRun {
  /** The caller's: central reads, Security Hub write-back. */
  context: AwsContext;
  /** Every account's credentials, each assumed once; enrich reads EC2 facts with them. */
  accounts: AccountCredentials;
  concurrency: number;
  securityHub?: SecurityHubRead;
}

type PerAccountSource = Extract<SourceName, 'security-groups' | 'inspector-classic'>;
type Task = () => Promise<SourceResult[]>;

export async function readAwsSources(
  options: Readonly<Options>,
  deps: ReportDeps,
): Promise<{ results: SourceResult[]; run: AwsRun; notes: RunNote[] }> {
  const sources = options.read.sources.filter((s) => s !== 'file');
  const { homeRegion: home, org } = options.read;
  const credentials = await resolveCredentials({ ...options.aws, region: home }, deps.oidc, deps.mask);
  const identity = await callerIdentity(home, credentials);
  const context: AwsContext = { ...(credentials ? { credentials } : {}), callerAccountId: identity.accountId };
  const listed = org.allAccounts ? await organizationAccounts(home, context) : options.read.accounts;
  const accounts = accountsInScope(listed.length > 0 ? listed : [identity.accountId], org.exclude, org.shard);
  const unread = org.memberRole ? undefined : ownAccountProblem(sources, accounts, identity.accountId);
  if (unread) throw new InputError('accounts', `${unread}. See README#accounts`);
  const role = { ...options.aws, region: home, ...org };
  const run: AwsRun = { context, accounts: new AccountCredentials(context, identity, role, deps.mask), concurrency: org.concurrency };
  const notes: RunNote[] = accounts.length > 0 ? [] : [{ kind: 'message', text: noAccountText(options, listed.length) }];

  const regionsOf = regionLister(options);
  const perAccount = sources.filter((s): s is PerAccountSource => s === 'security-groups' || s === 'inspector-classic');
  const opened =
    perAccount.length > 0
      ? await openAccounts(accounts, perAccount, { options, run, regionsOf, now: deps.now })
      : { tasks: [], results: [] };
  const tasks = [...opened.tasks];
  if (sources.includes('inspector2')) {
    const central = await regionsOf(identity.accountId, context);
    if (central.ok) for (const region of central.regions) tasks.push(async () => [await readInspector2(region, accounts, context)]);
    else opened.results.push(unreadAccount(['inspector2'], identity.accountId, ['*'], central.reason));
  }
  const results = [...opened.results, ...(await mapConcurrently(tasks, run.concurrency, (task) => task())).flat()];
  if (!sources.includes('securityhub')) return { results, run, notes };
  // One read from the aggregation region covers every linked account and region.
  const hubAccounts = org.allAccounts || options.read.accounts.length > 0 ? accounts : [];
  const securityHub = await readSecurityHub({ region: home, accounts: hubAccounts, regions: options.read.securityHub.regions }, context);
  return { results: [...results, securityHub], run: { ...run, securityHub }, notes };
}

type RegionList = { ok: true; regions: string[] } | { ok: false; reason: string };

/** The regions to read in an account: the listed ones, or under `regions: all` its enabled ones (asked once). */
function regionLister(options: Readonly<Options>) {
  const asked = new Map<string, Promise<RegionList>>();
  return (accountId: string, context: AwsContext): Promise<RegionList> => {
    if (!options.read.org.allRegions) return Promise.resolve({ ok: true, regions: [...options.read.regions] });
    let regions = asked.get(accountId);
    if (!regions) {
      regions = enabledRegions(options.read.homeRegion, context);
      asked.set(accountId, regions);
    }
    return regions;
  };
}

/** Per account, bounded: its credentials and regions, then one task per (account, region). */
async function openAccounts(
  accounts: readonly string[],
  sources: readonly PerAccountSource[],
  { options, run, regionsOf, now }: { options: Readonly<Options>; run: AwsRun; regionsOf: ReturnType<typeof regionLister>; now: Date },
): Promise<{ tasks: Task[]; results: SourceResult[] }> {
  const configured = options.read.org.allRegions ? ['*'] : options.read.regions;
  const opened = await mapConcurrently(accounts, run.concurrency, async (accountId) => {
    const access = await run.accounts.access(accountId);
    // Without member-role only the caller's account gets here (ownAccountProblem).
    if (!access?.ok) return { failed: unreadAccount(sources, accountId, configured, access?.reason ?? 'no credentials') };
    const regions = await regionsOf(accountId, access.context);
    if (!regions.ok) return { failed: unreadAccount(sources, accountId, ['*'], regions.reason) };
    return {
      tasks: regions.regions.map(
        (region): Task =>
          () =>
            readUnit(region, sources, options, access.context, now),
      ),
    };
  });
  return {
    tasks: opened.flatMap((o) => o.tasks ?? []),
    results: opened.flatMap((o) => (o.failed ? [o.failed] : [])),
  };
}

async function readUnit(region: string, sources: readonly PerAccountSource[], options: Readonly<Options>, context: AwsContext, now: Date) {
  const read: SourceResult[] = [];
  if (sources.includes('inspector-classic')) {
    const { templateArns, maxScanAgeDays } = options.read.classic;
    read.push(await readInspectorClassic(region, { templateArns, maxScanAgeDays, now }, context));
  }
  if (sources.includes('security-groups')) read.push(await readSecurityGroups(region, context));
  return read;
}

/** An account nothing could be read in: one incomplete scope per source and region, never a quiet gap. */
function unreadAccount(sources: readonly SourceName[], accountId: string, regions: readonly string[], reason: string): SourceResult {
  const scopes: Scope[] = sources.flatMap((source) =>
    regions.map((region) => ({ source, accountId, region, status: 'incomplete' as const, reason })),
  );
  return { scopes, exposures: [] };
}

function noAccountText(options: Readonly<Options>, listed: number): string {
  const { shard, exclude } = options.read.org;
  const why = shard
    ? `shard ${shard.index}/${shard.count} holds none of the ${listed} account(s)`
    : `exclude-accounts leaves none of the ${listed} account(s)`;
  return `no account to read: ${why}${exclude.length > 0 && shard ? ' left after exclude-accounts' : ''}, so this run judges nothing`;
}
