// Pure: EC2's network configuration -> what the internet can reach. Models what the Trusted
// Advisor check and Security Hub EC2.18 judge (security groups open to 0.0.0.0/0 or ::/0) plus
// the route to an internet gateway and a public address; not network ACLs, load balancers or
// NAT (see the README).
import type { Exposure, PortRange, Protocol, Severity } from '../model.js';
import { MAX_PORT, formatRange, overlaps, unionRanges } from '../ports.js';
import { sensitivePortsIn } from '../port-risk.js';

export interface NetworkInterfaceFacts {
  id: string;
  subnetId: string;
  vpcId: string;
  groupIds: string[];
  publicIpv4?: string;
  ipv6Addresses: string[];
}

export interface InstanceNetwork {
  instanceId: string;
  tags: Record<string, string>;
  interfaces: NetworkInterfaceFacts[];
}

export interface IngressRule {
  /** EC2's IpProtocol: tcp, udp, icmp, -1, or a protocol number. */
  protocol: string;
  fromPort?: number;
  toPort?: number;
  ipv4Cidrs: string[];
  ipv6Cidrs: string[];
  prefixListIds: string[];
}

export interface NetworkFacts {
  accountId: string;
  region: string;
  instances: InstanceNetwork[];
  groups: ReadonlyMap<string, IngressRule[]>;
  /** Subnet -> its route table's internet-gateway routes (the VPC's main table when it has none). */
  routes: ReadonlyMap<string, { ipv4Igw?: string; ipv6Igw?: string }>;
  prefixLists: ReadonlyMap<string, string[]>;
}

const ANY_V4 = '0.0.0.0/0';
const ANY_V6 = '::/0';
const ALL_PORTS: PortRange = { from: 0, to: MAX_PORT };

export interface SecurityGroupScan {
  exposures: Exposure[];
  /** Ingress open to the internet that is not TCP or UDP (ICMP, GRE, ...): out of scope, counted. */
  skippedProtocols: Record<string, number>;
}

export function exposuresFromNetwork(facts: NetworkFacts): SecurityGroupScan {
  const exposures: Exposure[] = [];
  const skippedProtocols: Record<string, number> = {};
  for (const instance of facts.instances) {
    const open: Record<Protocol, { ports: PortRange; steps: string[] }[]> = { tcp: [], udp: [] };
    for (const eni of instance.interfaces) {
      const route = facts.routes.get(eni.subnetId) ?? {};
      const v4 = eni.publicIpv4 !== undefined && route.ipv4Igw !== undefined;
      const v6 = eni.ipv6Addresses.length > 0 && route.ipv6Igw !== undefined;
      if (!v4 && !v6) continue;
      for (const groupId of eni.groupIds) {
        for (const rule of facts.groups.get(groupId) ?? []) {
          const sources = [...rule.ipv4Cidrs, ...rule.ipv6Cidrs, ...rule.prefixListIds.flatMap((id) => facts.prefixLists.get(id) ?? [])];
          const reachable = (v4 && sources.includes(ANY_V4)) || (v6 && sources.includes(ANY_V6));
          if (!reachable) continue;
          const protocols = protocolsOf(rule);
          if (protocols.length === 0) {
            skippedProtocols[rule.protocol] = (skippedProtocols[rule.protocol] ?? 0) + 1;
            continue;
          }
          const edge = v4 && sources.includes(ANY_V4) ? route.ipv4Igw! : route.ipv6Igw!;
          for (const protocol of protocols) open[protocol].push({ ports: portsOf(rule), steps: [edge, groupId, eni.id] });
        }
      }
    }
    for (const protocol of ['tcp', 'udp'] as const) {
      // Two groups opening the same port are one exposure: merge into maximal ranges.
      for (const ports of unionRanges(open[protocol].map((o) => o.ports))) {
        // The path of a range names only the groups whose rules open part of it, so a rule
        // added for another port does not rewrite this port's issue.
        const steps = [...new Set(open[protocol].filter((o) => overlaps(o.ports, ports)).flatMap((o) => o.steps))];
        exposures.push({
          accountId: facts.accountId,
          region: facts.region,
          resource: {
            type: 'ec2-instance',
            id: instance.instanceId,
            ...(instance.tags.Name === undefined ? {} : { name: instance.tags.Name }),
            tags: { ...instance.tags },
          },
          protocol,
          ports,
          severity: severityOf(ports),
          title: `Security groups allow ${protocol.toUpperCase()} ${formatRange(ports)} from the internet`,
          reachability: 'internet',
          path: steps,
          sources: ['security-groups'],
          findingIds: [],
        });
      }
    }
  }
  return { exposures, skippedProtocols };
}

function protocolsOf(rule: IngressRule): Protocol[] {
  switch (rule.protocol) {
    case '-1':
      return ['tcp', 'udp'];
    case 'tcp':
    case '6':
      return ['tcp'];
    case 'udp':
    case '17':
      return ['udp'];
    default:
      return [];
  }
}

function portsOf(rule: IngressRule): PortRange {
  if (rule.protocol === '-1' || rule.fromPort === undefined || rule.toPort === undefined || rule.fromPort < 0) return { ...ALL_PORTS };
  return { from: rule.fromPort, to: rule.toPort };
}

export function severityOf(ports: PortRange): Severity {
  if (ports.from === 0 && ports.to === MAX_PORT) return 'critical';
  return sensitivePortsIn(ports).length > 0 ? 'high' : 'medium';
}
