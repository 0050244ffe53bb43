// The security-group source: EC2's own configuration, for teams without Inspector and as a
// second opinion for those with it. Reads running instances, their groups, the routes of
// their subnets and the prefix lists the groups reference; the judgement is pure
// (security-group-exposures.ts).
import {
  EC2Client,
  paginateDescribeInstances,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateGetManagedPrefixListEntries,
  type IpPermission,
  type RouteTable,
} from '@aws-sdk/client-ec2';
import { chunk } from '../batching.js';
import { clientConfig, type AwsContext } from '../clients.js';
import { awsFailure } from '../errors.js';
import type { SourceResult } from '../../core/model.js';
import { exposuresFromNetwork, type IngressRule, type InstanceNetwork } from '../../core/findings/security-group-exposures.js';

const PAGE_SIZE = 1000;
/** EC2 accepts up to 200 values in one filter. */
const VALUES_PER_FILTER = 200;

export async function readSecurityGroups(region: string, context: AwsContext): Promise<SourceResult> {
  const ec2 = new EC2Client(clientConfig(region, context));
  const scope = { source: 'security-groups' as const, accountId: context.callerAccountId, region };
  let step = 'EC2 DescribeInstances';
  try {
    const instances = await runningInstances(ec2);
    step = 'EC2 DescribeSecurityGroups';
    const groups = await securityGroups(ec2, [...new Set(instances.flatMap((i) => i.interfaces.flatMap((n) => n.groupIds)))]);
    step = 'EC2 DescribeRouteTables';
    const routes = await subnetRoutes(
      ec2,
      instances.flatMap((i) => i.interfaces),
    );
    step = 'EC2 GetManagedPrefixListEntries';
    const prefixListIds = [...new Set([...groups.values()].flat().flatMap((r) => r.prefixListIds))];
    const prefixLists = new Map<string, string[]>();
    for (const id of prefixListIds) prefixLists.set(id, await prefixListCidrs(ec2, id));

    const scan = exposuresFromNetwork({ accountId: context.callerAccountId, region, instances, groups, routes, prefixLists });
    const skipped = Object.entries(scan.skippedProtocols);
    return {
      scopes: [
        {
          ...scope,
          status: 'complete',
          ...(skipped.length
            ? { reason: `not modelled: internet ingress for protocol ${skipped.map(([p, n]) => `${p} (${n} rule(s))`).join(', ')}` }
            : {}),
        },
      ],
      exposures: scan.exposures,
      instances: instances.map((i) => ({
        id: i.instanceId,
        state: 'running' as const,
        ...(i.tags.Name === undefined ? {} : { name: i.tags.Name }),
        tags: i.tags,
        publicIps: i.interfaces.flatMap((n) => [...(n.publicIpv4 ? [n.publicIpv4] : []), ...n.ipv6Addresses]),
      })),
    };
  } catch (error) {
    return {
      scopes: [{ ...scope, status: 'incomplete', reason: awsFailure(step, `${context.callerAccountId}/${region}`, error) }],
      exposures: [],
    };
  }
}

async function runningInstances(ec2: EC2Client): Promise<InstanceNetwork[]> {
  const instances: InstanceNetwork[] = [];
  // A stopped instance has no auto-assigned public address and is not exposed now; the
  // lifecycle keeps its issues open until it starts again or is terminated.
  const pages = paginateDescribeInstances(
    { client: ec2, pageSize: PAGE_SIZE },
    { Filters: [{ Name: 'instance-state-name', Values: ['running'] }], MaxResults: PAGE_SIZE },
  );
  for await (const page of pages) {
    for (const instance of (page.Reservations ?? []).flatMap((r) => r.Instances ?? [])) {
      if (!instance.InstanceId) continue;
      instances.push({
        instanceId: instance.InstanceId,
        tags: Object.fromEntries((instance.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key!, t.Value ?? ''])),
        interfaces: (instance.NetworkInterfaces ?? []).map((eni) => ({
          id: eni.NetworkInterfaceId ?? '',
          subnetId: eni.SubnetId ?? instance.SubnetId ?? '',
          vpcId: eni.VpcId ?? instance.VpcId ?? '',
          groupIds: (eni.Groups ?? []).map((g) => g.GroupId ?? '').filter(Boolean),
          ...(eni.Association?.PublicIp ? { publicIpv4: eni.Association.PublicIp } : {}),
          ipv6Addresses: (eni.Ipv6Addresses ?? []).map((a) => a.Ipv6Address ?? '').filter(Boolean),
        })),
      });
    }
  }
  return instances;
}

async function securityGroups(ec2: EC2Client, groupIds: string[]): Promise<Map<string, IngressRule[]>> {
  const groups = new Map<string, IngressRule[]>();
  for (const ids of chunk(groupIds, VALUES_PER_FILTER)) {
    const pages = paginateDescribeSecurityGroups(
      { client: ec2, pageSize: PAGE_SIZE },
      { Filters: [{ Name: 'group-id', Values: ids }], MaxResults: PAGE_SIZE },
    );
    for await (const page of pages) {
      for (const group of page.SecurityGroups ?? [])
        if (group.GroupId) groups.set(group.GroupId, (group.IpPermissions ?? []).map(toIngressRule));
    }
  }
  return groups;
}

function toIngressRule(permission: IpPermission): IngressRule {
  return {
    protocol: String(permission.IpProtocol ?? '-1'),
    ...(permission.FromPort === undefined ? {} : { fromPort: permission.FromPort }),
    ...(permission.ToPort === undefined ? {} : { toPort: permission.ToPort }),
    ipv4Cidrs: (permission.IpRanges ?? []).map((r) => r.CidrIp ?? ''),
    ipv6Cidrs: (permission.Ipv6Ranges ?? []).map((r) => r.CidrIpv6 ?? ''),
    prefixListIds: (permission.PrefixListIds ?? []).map((p) => p.PrefixListId ?? '').filter(Boolean),
  };
}

type IgwRoutes = { ipv4Igw?: string; ipv6Igw?: string };

async function subnetRoutes(ec2: EC2Client, subnets: { subnetId: string; vpcId: string }[]): Promise<Map<string, IgwRoutes>> {
  const tables: RouteTable[] = [];
  for (const ids of chunk([...new Set(subnets.map((s) => s.vpcId))], VALUES_PER_FILTER)) {
    const pages = paginateDescribeRouteTables(
      { client: ec2, pageSize: 100 },
      { Filters: [{ Name: 'vpc-id', Values: ids }], MaxResults: 100 },
    );
    for await (const page of pages) tables.push(...(page.RouteTables ?? []));
  }
  const explicit = new Map<string, IgwRoutes>();
  const main = new Map<string, IgwRoutes>();
  for (const table of tables) {
    const routes = igwRoutes(table);
    for (const association of table.Associations ?? []) {
      if (association.SubnetId) explicit.set(association.SubnetId, routes);
      if (association.Main) main.set(table.VpcId ?? '', routes);
    }
  }
  // A subnet without its own association uses its VPC's main route table.
  return new Map(subnets.map((s) => [s.subnetId, explicit.get(s.subnetId) ?? main.get(s.vpcId) ?? {}]));
}

function igwRoutes(table: RouteTable): IgwRoutes {
  const viaIgw = (gatewayId: string | undefined, state: string | undefined) =>
    Boolean(gatewayId?.startsWith('igw-') && state !== 'blackhole');
  const v4 = table.Routes?.find((r) => r.DestinationCidrBlock === '0.0.0.0/0' && viaIgw(r.GatewayId, r.State));
  const v6 = table.Routes?.find((r) => r.DestinationIpv6CidrBlock === '::/0' && viaIgw(r.GatewayId, r.State));
  return { ...(v4 ? { ipv4Igw: v4.GatewayId! } : {}), ...(v6 ? { ipv6Igw: v6.GatewayId! } : {}) };
}

async function prefixListCidrs(ec2: EC2Client, prefixListId: string): Promise<string[]> {
  const cidrs: string[] = [];
  for await (const page of paginateGetManagedPrefixListEntries(
    { client: ec2, pageSize: 100 },
    { PrefixListId: prefixListId, MaxResults: 100 },
  )) {
    cidrs.push(...(page.Entries ?? []).map((e) => e.Cidr ?? ''));
  }
  return cidrs;
}
