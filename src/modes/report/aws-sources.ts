// The AWS sources: credentials once (OIDC or the default chain), then every region at once,
// and Security Hub once from its aggregation region.
import { mapConcurrently } from '../../aws/batching.js';
import { callerAccountId } from '../../aws/caller.js';
import type { AwsContext } from '../../aws/clients.js';
import { resolveCredentials } from '../../aws/credentials.js';
import { readInspectorClassic } from '../../aws/sources/inspector-classic.js';
import { readInspector2 } from '../../aws/sources/inspector2.js';
import { readSecurityGroups } from '../../aws/sources/security-groups.js';
import { readSecurityHub, type SecurityHubRead } from '../../aws/sources/securityhub.js';
import { InputError } from '../../core/errors.js';
import { ownAccountProblem, type SourceName, type SourceResult } from '../../core/model.js';
import type { Options } from '../../core/options/parse.js';
import type { ReportDeps } from './report-mode.js';

/** Regions read at once; each region's calls are sequential per source. */
const REGION_CONCURRENCY = 4;

export interface AwsRun {
  context: AwsContext;
  securityHub?: SecurityHubRead;
}

export async function readAwsSources(options: Readonly<Options>, deps: ReportDeps): Promise<{ results: SourceResult[]; run: AwsRun }> {
  const sources = options.read.sources.filter((s) => s !== 'file');
  const region = options.read.regions[0]!;
  const credentials = await resolveCredentials({ ...options.aws, region }, deps.oidc, deps.mask);
  const context: AwsContext = { ...(credentials ? { credentials } : {}), callerAccountId: await callerAccountId(region, credentials) };
  const unread = ownAccountProblem(sources, options.read.accounts, context.callerAccountId);
  if (unread) throw new InputError('accounts', `${unread}. See README#accounts`);
  const regional = sources.filter((s) => s !== 'securityhub');
  const perRegion = await mapConcurrently(regional.length > 0 ? options.read.regions : [], REGION_CONCURRENCY, (r) =>
    readRegion(r, regional, options, context, deps.now),
  );
  const results = perRegion.flat();
  if (!sources.includes('securityhub')) return { results, run: { context } };
  // One read from the aggregation region covers every linked account and region.
  const securityHub = await readSecurityHub(
    { region, accounts: options.read.accounts, regions: options.read.securityHub.regions },
    context,
  );
  return { results: [...results, securityHub], run: { context, securityHub } };
}

async function readRegion(region: string, sources: readonly SourceName[], options: Readonly<Options>, context: AwsContext, now: Date) {
  const accounts = options.read.accounts.length > 0 ? options.read.accounts : [context.callerAccountId];
  const read: SourceResult[] = [];
  if (sources.includes('inspector2')) read.push(await readInspector2(region, accounts, context));
  if (sources.includes('inspector-classic')) {
    const classic = { templateArns: options.read.classic.templateArns, maxScanAgeDays: options.read.classic.maxScanAgeDays, now };
    read.push(await readInspectorClassic(region, classic, context));
  }
  if (sources.includes('security-groups')) read.push(await readSecurityGroups(region, context));
  return read;
}
