// What a Security Hub covers: its enabled member accounts, and the regions linked to its
// finding aggregator. Asked on every run, so a place the hub does not receive is never empty.
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  GetFindingAggregatorCommand,
  ListFindingAggregatorsCommand,
  paginateListMembers,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { clientConfig, type AwsContext } from '../clients.js';
import { awsFailure } from '../errors.js';

export async function memberAccounts(client: SecurityHubClient): Promise<string[]> {
  const accounts: string[] = [];
  // OnlyAssociated: members whose findings the administrator receives (status Enabled; the
  // check repeats it, case-insensitively, for servers that ignore the parameter).
  for await (const page of paginateListMembers({ client }, { OnlyAssociated: true })) {
    for (const member of page.Members ?? [])
      if (member.AccountId && (member.MemberStatus ?? 'Enabled').toLowerCase() === 'enabled') accounts.push(member.AccountId);
  }
  return accounts;
}

/** The aggregation region and the regions linked to it; without an aggregator, the region itself. */
export async function linkedRegions(region: string, context: AwsContext): Promise<{ hubRegion: string; regions: string[] }> {
  const client = new SecurityHubClient(clientConfig(region, context));
  const arn = (await labelled('SecurityHub ListFindingAggregators', region, () => client.send(new ListFindingAggregatorsCommand({}))))
    .FindingAggregators?.[0]?.FindingAggregatorArn;
  if (!arn) return { hubRegion: region, regions: [region] };
  const aggregator = await labelled('SecurityHub GetFindingAggregator', region, () =>
    client.send(new GetFindingAggregatorCommand({ FindingAggregatorArn: arn })),
  );
  const hubRegion = aggregator.FindingAggregationRegion ?? region;
  const listed = aggregator.Regions ?? [];
  switch (aggregator.RegionLinkingMode) {
    case 'SPECIFIED_REGIONS':
      return { hubRegion, regions: [hubRegion, ...listed] };
    case 'ALL_REGIONS':
    case 'ALL_REGIONS_EXCEPT_SPECIFIED': {
      const ec2 = new EC2Client(clientConfig(hubRegion, context));
      const enabled = (
        (await labelled('EC2 DescribeRegions', hubRegion, () => ec2.send(new DescribeRegionsCommand({})))).Regions ?? []
      ).flatMap((r) => (r.RegionName ? [r.RegionName] : []));
      return {
        hubRegion,
        regions: aggregator.RegionLinkingMode === 'ALL_REGIONS' ? enabled : enabled.filter((r) => r === hubRegion || !listed.includes(r)),
      };
    }
    default:
      // NO_REGIONS, or a mode this version does not know: only what the hub region holds.
      return { hubRegion, regions: [hubRegion] };
  }
}

/** Runs an AWS call; its failure becomes one sentence naming the call, the place and the fix. */
async function labelled<T>(action: string, where: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new Error(awsFailure(action, where, error));
  }
}
