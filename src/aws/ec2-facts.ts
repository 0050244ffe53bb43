// EC2 facts for the instances a run talks about: Name, tags, state, public addresses.
// An `instance-id` filter, not `InstanceIds`: the latter fails the whole call when one id
// no longer exists, and long-terminated instances are exactly what we need to tell apart.
import { EC2Client, paginateDescribeInstances } from '@aws-sdk/client-ec2';
import { chunk } from './batching.js';
import { clientConfig, type AwsContext } from './clients.js';
import { awsFailure } from './errors.js';
import { INSTANCE_STATES, type InstanceFacts, type InstanceState } from '../core/model.js';

/** EC2 accepts up to 200 values in one filter. */
const IDS_PER_FILTER = 200;
const PAGE_SIZE = 1000;

export type InstanceLookup = { ok: true; facts: Map<string, InstanceFacts> } | { ok: false; reason: string };

export async function describeInstances(region: string, instanceIds: readonly string[], context: AwsContext): Promise<InstanceLookup> {
  const facts = new Map<string, InstanceFacts>();
  if (instanceIds.length === 0) return { ok: true, facts };
  const client = new EC2Client(clientConfig(region, context));
  try {
    for (const ids of chunk([...new Set(instanceIds)], IDS_PER_FILTER)) {
      const pages = paginateDescribeInstances(
        { client, pageSize: PAGE_SIZE },
        { Filters: [{ Name: 'instance-id', Values: ids }], MaxResults: PAGE_SIZE },
      );
      for await (const page of pages) {
        for (const instance of (page.Reservations ?? []).flatMap((r) => r.Instances ?? [])) {
          if (!instance.InstanceId) continue;
          const tags = Object.fromEntries((instance.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key!, t.Value ?? '']));
          facts.set(instance.InstanceId, {
            id: instance.InstanceId,
            state: stateOf(instance.State?.Name),
            ...(tags.Name === undefined ? {} : { name: tags.Name }),
            tags,
            publicIps: [
              ...(instance.PublicIpAddress ? [instance.PublicIpAddress] : []),
              ...(instance.NetworkInterfaces ?? []).flatMap((n) => (n.Ipv6Addresses ?? []).map((a) => a.Ipv6Address ?? '')).filter(Boolean),
            ],
          });
        }
      }
      for (const id of ids) if (!facts.has(id)) facts.set(id, { id, state: 'missing', tags: {}, publicIps: [] });
    }
  } catch (error) {
    return { ok: false, reason: awsFailure('EC2 DescribeInstances', `${context.callerAccountId}/${region}`, error) };
  }
  return { ok: true, facts };
}

function stateOf(name: string | undefined): InstanceState {
  return (INSTANCE_STATES as readonly string[]).includes(name ?? '') ? (name as InstanceState) : 'missing';
}
