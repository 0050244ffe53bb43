// `regions: all`: the regions enabled for one account (DescribeRegions lists only those
// unless AllRegions is asked for), with that account's credentials: opt-in regions differ
// per account.
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { clientConfig, type AwsContext } from './clients.js';
import { awsFailure } from './errors.js';

export async function enabledRegions(
  homeRegion: string,
  context: AwsContext,
): Promise<{ ok: true; regions: string[] } | { ok: false; reason: string }> {
  try {
    const response = await new EC2Client(clientConfig(homeRegion, context)).send(new DescribeRegionsCommand({}));
    const regions = (response.Regions ?? [])
      .filter((r) => r.RegionName && r.OptInStatus !== 'not-opted-in')
      .map((r) => r.RegionName!)
      .sort();
    return { ok: true, regions };
  } catch (error) {
    return {
      ok: false,
      reason: `${awsFailure('EC2 DescribeRegions', context.callerAccountId, error)}; its regions are unknown, so nothing in it was read`,
    };
  }
}
