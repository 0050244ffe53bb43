// Inspector's network-reachability findings as centralised in AWS Security Hub (ASFF,
// GetFindings), read once from the aggregation region for every linked account and region.
//
// Scopes come from the configuration (inputs), else from Security Hub itself: its member
// accounts and the aggregator's linked regions. Never from the accounts that happen to have
// findings: an account whose last finding disappeared is still a complete scope, so its issues
// can close. A failed call makes the scopes it covers incomplete.
import { paginateGetFindings, SecurityHubClient, type AwsSecurityFindingFilters } from '@aws-sdk/client-securityhub';
import { linkedRegions, memberAccounts } from './securityhub-coverage.js';
import { chunk } from '../batching.js';
import { clientConfig, type AwsContext } from '../clients.js';
import { awsFailure } from '../errors.js';
import { FindingShapeError, messageOf } from '../../core/errors.js';
import type { Exposure, Scope, SecurityHubFindingRef, SourceResult } from '../../core/model.js';
import { normalizeSecurityHubFinding } from '../../core/findings/normalize-securityhub.js';
import { unreadableIn, type FindingsRead, type UnreadableFinding } from '../../core/findings/unreadable.js';

/** GetFindings' largest page. */
const PAGE_SIZE = 100;
/** A filter attribute takes at most 20 values. */
const VALUES_PER_FILTER = 20;

export interface SecurityHubSettings {
  /** Where to call Security Hub first; its aggregation region replaces it when one exists. */
  region: string;
  /** Configured accounts; empty: the hub's enabled members and the caller. Non-members are incomplete scopes. */
  accounts: readonly string[];
  /** Configured regions; empty: the aggregator's linked regions. Unlinked ones are incomplete scopes. */
  regions: readonly string[];
}

export interface SecurityHubRead extends SourceResult {
  /** The region the findings were read in, where their workflow is written back. */
  hubRegion: string;
  findings: SecurityHubFindingRef[];
}

export async function readSecurityHub(settings: SecurityHubSettings, context: AwsContext): Promise<SecurityHubRead> {
  // What this hub covers is asked every time, also when accounts and regions are configured:
  // a configured place the hub does not receive findings from would otherwise look empty.
  const problems: string[] = [];
  let hubRegion = settings.region;
  let linked = [settings.region];
  try {
    ({ hubRegion, regions: linked } = await linkedRegions(settings.region, context));
  } catch (error) {
    problems.push(messageOf(error));
  }
  const client = new SecurityHubClient(clientConfig(hubRegion, context));
  let members = [context.callerAccountId];
  try {
    members = [context.callerAccountId, ...(await memberAccounts(client))];
  } catch (error) {
    problems.push(awsFailure('SecurityHub ListMembers', hubRegion, error));
  }
  const accounts = [...new Set(settings.accounts.length > 0 ? settings.accounts : members)].sort();
  const regions = [...new Set(settings.regions.length > 0 ? settings.regions : linked)].sort();
  if (problems.length > 0) {
    // Without the accounts or regions Security Hub covers, no absence can be proven anywhere.
    const reason = `${problems.join('; ')}; nothing is closed until Portwarden can tell what this hub covers`;
    return {
      hubRegion,
      findings: [],
      exposures: [],
      scopes: accounts.flatMap((a) => regions.map((r) => scope(a, r, 'incomplete', reason))),
    };
  }
  const coverage = { accounts, regions, members, linked, hubRegion, caller: context.callerAccountId };
  const readable = { accounts: accounts.filter((a) => members.includes(a)), regions: regions.filter((r) => linked.includes(r)) };
  const read = await readPlaces(client, readable);
  return { hubRegion, ...read, scopes: [...outsideScopes(coverage), ...read.scopes] };
}

function scope(accountId: string, region: string, status: Scope['status'], reason?: string): Scope {
  return { source: 'securityhub', accountId, region, status, ...(reason ? { reason } : {}) };
}

/** The places asked for whose findings never reach this hub: incomplete, with the fix. */
function outsideScopes(c: {
  accounts: string[];
  regions: string[];
  members: string[];
  linked: string[];
  hubRegion: string;
  caller: string;
}): Scope[] {
  const outside: Scope[] = [];
  for (const a of c.accounts) {
    for (const r of c.regions) {
      if (!c.members.includes(a))
        outside.push(
          scope(
            a,
            r,
            'incomplete',
            `${a} is not an enabled Security Hub member of ${c.caller}, so its findings do not reach this hub: make it a member, or read it with source inspector2`,
          ),
        );
      else if (!c.linked.includes(r))
        outside.push(
          scope(
            a,
            r,
            'incomplete',
            `${r} is not linked to Security Hub's aggregation region ${c.hubRegion}, so its findings are not there: link it in the finding aggregator, or read it with source inspector2`,
          ),
        );
    }
  }
  return outside;
}

async function readPlaces(
  client: SecurityHubClient,
  readable: { accounts: string[]; regions: string[] },
): Promise<{ scopes: Scope[]; exposures: Exposure[]; findings: SecurityHubFindingRef[] }> {
  const scopes: Scope[] = [];
  const exposures: Exposure[] = [];
  const findings: SecurityHubFindingRef[] = [];
  for (const accountBatch of chunk(readable.accounts, VALUES_PER_FILTER)) {
    for (const regionBatch of chunk(readable.regions, VALUES_PER_FILTER)) {
      const where = `${accountBatch.join(',')} in ${regionBatch.join(',')}`;
      let read: Awaited<ReturnType<typeof readFindings>>;
      try {
        read = await readFindings(client, accountBatch, regionBatch);
      } catch (error) {
        const reason = awsFailure('SecurityHub GetFindings', where, error);
        scopes.push(...accountBatch.flatMap((a) => regionBatch.map((r) => scope(a, r, 'incomplete', reason))));
        continue;
      }
      // Every readable finding counts; only the place of a finding we cannot read is incomplete.
      for (const exposure of read.exposures) exposures.push(exposure);
      for (const finding of read.findings) findings.push(finding);
      for (const a of accountBatch) {
        for (const r of regionBatch) {
          const problem = unreadableIn(read.unreadable, a, r, 'Security Hub');
          scopes.push(problem ? scope(a, r, 'incomplete', problem) : scope(a, r, 'complete'));
        }
      }
    }
  }
  return { scopes, exposures, findings };
}

/** Active Inspector network-reachability findings on EC2 instances of these accounts and regions. */
export function securityHubFilters(accounts: readonly string[], regions: readonly string[]): AwsSecurityFindingFilters {
  const equals = (value: string) => ({ Value: value, Comparison: 'EQUALS' as const });
  return {
    ProductName: [equals('Inspector')],
    RecordState: [equals('ACTIVE')],
    ResourceType: [equals('AwsEc2Instance')],
    // Both versions' network titles say "reachable from" (Classic: "... is reachable from the
    // internet"; v2: "Port 22 is reachable from an Internet Gateway - TCP"), no CVE title does.
    Title: [{ Value: 'reachable from', Comparison: 'CONTAINS' }],
    AwsAccountId: accounts.map(equals),
    Region: regions.map(equals),
  };
}

async function readFindings(
  client: SecurityHubClient,
  accounts: string[],
  regions: string[],
): Promise<FindingsRead & { findings: SecurityHubFindingRef[] }> {
  const exposures: Exposure[] = [];
  const findings: SecurityHubFindingRef[] = [];
  const unreadable: UnreadableFinding[] = [];
  const pages = paginateGetFindings(
    { client, pageSize: PAGE_SIZE },
    { Filters: securityHubFilters(accounts, regions), MaxResults: PAGE_SIZE },
  );
  for await (const page of pages) {
    for (const finding of page.Findings ?? []) {
      // Filters are applied server-side; re-checking here keeps a lenient server honest.
      if (!accounts.includes(finding.AwsAccountId ?? '')) continue;
      let result;
      try {
        result = normalizeSecurityHubFinding(finding);
      } catch (error) {
        if (!(error instanceof FindingShapeError)) throw error;
        const region = finding.Region ?? finding.Resources?.[0]?.Region;
        unreadable.push({
          accountId: finding.AwsAccountId,
          region: region && regions.includes(region) ? region : undefined,
          findingId: finding.Id ?? '(no Id)',
          problem: error.message,
        });
        continue;
      }
      if (result.kind === 'skipped') continue;
      const inScope = result.exposures.filter((e) => accounts.includes(e.accountId) && regions.includes(e.region));
      if (inScope.length === 0) continue;
      exposures.push(...inScope);
      findings.push(result.ref);
    }
  }
  return { exposures, findings, unreadable };
}
