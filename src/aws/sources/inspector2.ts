// Amazon Inspector (v2) NETWORK_REACHABILITY findings, live. One scope per (account, region):
// complete only when EC2 scanning is enabled for the account and every page was read.
import { BatchGetAccountStatusCommand, Inspector2Client, paginateListFindings, type FilterCriteria } from '@aws-sdk/client-inspector2';
import { chunk } from '../batching.js';
import { clientConfig, type AwsContext } from '../clients.js';
import { awsFailure } from '../errors.js';
import { FindingShapeError } from '../../core/errors.js';
import type { Exposure, Scope, SourceResult } from '../../core/model.js';
import { normalizeInspector2Finding } from '../../core/findings/normalize-inspector2.js';
import { arnParts } from '../../core/findings/normalize-shared.js';
import { unreadableIn, type FindingsRead } from '../../core/findings/unreadable.js';

/** ListFindings' largest page. */
const PAGE_SIZE = 100;
/** A StringFilter list takes at most 10 entries. */
const ACCOUNTS_PER_FILTER = 10;
/** BatchGetAccountStatus takes at most 100 account ids. */
const ACCOUNTS_PER_STATUS_CALL = 100;

export async function readInspector2(region: string, accountIds: readonly string[], context: AwsContext): Promise<SourceResult> {
  const client = new Inspector2Client(clientConfig(region, context));
  const scope = (accountId: string, status: Scope['status'], reason?: string): Scope => ({
    source: 'inspector2',
    accountId,
    region,
    status,
    ...(reason === undefined ? {} : { reason }),
  });

  let statuses: Map<string, string>;
  try {
    statuses = await ec2ScanningStatuses(client, accountIds);
  } catch (error) {
    return {
      scopes: accountIds.map((a) => scope(a, 'incomplete', awsFailure('Inspector2 BatchGetAccountStatus', `${a}/${region}`, error))),
      exposures: [],
    };
  }
  const enabled = accountIds.filter((a) => statuses.get(a) === 'ENABLED');
  const scopes: Scope[] = accountIds
    .filter((a) => statuses.get(a) !== 'ENABLED')
    .map((a) =>
      scope(
        a,
        'incomplete',
        `${statuses.get(a) ?? 'EC2 scanning is not enabled'} for ${a} in ${region}: Inspector reports no ports there, which is not "no open ports". Enable EC2 scanning, or use source security-groups`,
      ),
    );

  const exposures: Exposure[] = [];
  for (let i = 0; i < enabled.length; i += ACCOUNTS_PER_FILTER) {
    const batch = enabled.slice(i, i + ACCOUNTS_PER_FILTER);
    const where = `${batch.join(',')}/${region}`;
    let read: FindingsRead;
    try {
      read = await listNetworkExposures(client, batch);
    } catch (error) {
      // Exposures of a failed batch are never added: partial pages must not look like a scan.
      scopes.push(...batch.map((a) => scope(a, 'incomplete', awsFailure('Inspector2 ListFindings', where, error))));
      continue;
    }
    // Every readable finding counts; only the place of a finding we cannot read is incomplete.
    for (const exposure of read.exposures) exposures.push(exposure);
    for (const accountId of batch) {
      const problem = unreadableIn(read.unreadable, accountId, region, 'Inspector2');
      scopes.push(problem ? scope(accountId, 'incomplete', problem) : scope(accountId, 'complete'));
    }
  }
  return { scopes, exposures };
}

export function networkFindingsFilter(accountIds: readonly string[]): FilterCriteria {
  return {
    findingType: [{ comparison: 'EQUALS', value: 'NETWORK_REACHABILITY' }],
    findingStatus: [{ comparison: 'EQUALS', value: 'ACTIVE' }],
    resourceType: [{ comparison: 'EQUALS', value: 'AWS_EC2_INSTANCE' }],
    awsAccountId: accountIds.map((value) => ({ comparison: 'EQUALS' as const, value })),
  };
}

async function listNetworkExposures(client: Inspector2Client, accountIds: readonly string[]): Promise<FindingsRead> {
  const read: FindingsRead = { exposures: [], unreadable: [] };
  const pages = paginateListFindings(
    { client, pageSize: PAGE_SIZE },
    { filterCriteria: networkFindingsFilter(accountIds), maxResults: PAGE_SIZE },
  );
  for await (const page of pages) {
    for (const finding of page.findings ?? []) {
      let result;
      try {
        result = normalizeInspector2Finding(finding);
      } catch (error) {
        if (!(error instanceof FindingShapeError)) throw error;
        const fromArn = typeof finding.findingArn === 'string' ? arnParts(finding.findingArn) : undefined;
        read.unreadable.push({
          accountId: finding.awsAccountId ?? fromArn?.accountId,
          findingId: finding.findingArn ?? '(no findingArn)',
          problem: error.message,
        });
        continue;
      }
      // Filters are applied server-side; re-checking here keeps a lenient server honest.
      if (result.kind === 'exposure' && accountIds.includes(result.exposure.accountId)) read.exposures.push(result.exposure);
    }
  }
  return read;
}

/** Per account: `ENABLED`, or why its EC2 findings cannot be trusted to be complete. */
async function ec2ScanningStatuses(client: Inspector2Client, accountIds: readonly string[]): Promise<Map<string, string>> {
  const statuses = new Map<string, string>();
  for (const ids of chunk(accountIds, ACCOUNTS_PER_STATUS_CALL)) {
    const page = await client.send(new BatchGetAccountStatusCommand({ accountIds: ids }));
    for (const a of page.accounts ?? []) {
      const status = a.resourceState?.ec2?.status;
      if (a.accountId) statuses.set(a.accountId, status === 'ENABLED' ? status : `EC2 scanning is ${status ?? 'not enabled'}`);
    }
    for (const f of page.failedAccounts ?? [])
      if (f.accountId) statuses.set(f.accountId, `${f.errorCode ?? 'error'}: ${f.errorMessage ?? ''}`.trim());
  }
  return statuses;
}
