import { describe, expect, it } from 'vitest';
import { exposuresFromNetwork, severityOf, type IngressRule, type NetworkFacts } from '../../src/core/findings/security-group-exposures.js';
import { range } from '../support/builders.js';

const rule = (overrides: Partial<IngressRule>): IngressRule => ({
  protocol: 'tcp',
  fromPort: 22,
  toPort: 22,
  ipv4Cidrs: ['0.0.0.0/0'],
  ipv6Cidrs: [],
  prefixListIds: [],
  ...overrides,
});

function facts(
  overrides: Partial<NetworkFacts> & {
    rules?: IngressRule[];
    publicIpv4?: string | null;
    ipv6?: string[];
    route?: { ipv4Igw?: string; ipv6Igw?: string };
  } = {},
): NetworkFacts {
  const { rules = [rule({})], publicIpv4 = '54.1.2.3', ipv6 = [], route = { ipv4Igw: 'igw-1', ipv6Igw: 'igw-1' }, ...rest } = overrides;
  return {
    accountId: '111122223333',
    region: 'eu-west-1',
    instances: [
      {
        instanceId: 'i-1',
        tags: { Name: 'web-1' },
        interfaces: [
          {
            id: 'eni-1',
            subnetId: 'subnet-1',
            vpcId: 'vpc-1',
            groupIds: ['sg-a', 'sg-b'],
            ...(publicIpv4 ? { publicIpv4 } : {}),
            ipv6Addresses: ipv6,
          },
        ],
      },
    ],
    groups: new Map([
      ['sg-a', rules],
      ['sg-b', []],
    ]),
    routes: new Map([['subnet-1', route]]),
    prefixLists: new Map(),
    ...rest,
  };
}

const brief = (f: NetworkFacts) =>
  exposuresFromNetwork(f).exposures.map((e) => `${e.protocol} ${e.ports.from}-${e.ports.to} ${e.severity}`);

describe('internet exposure from security groups', () => {
  it('counts 0.0.0.0/0 ingress on an instance with a public address in a subnet routed to an internet gateway', () => {
    const [exposure] = exposuresFromNetwork(facts()).exposures;
    expect(exposure).toMatchObject({
      resource: { id: 'i-1', name: 'web-1' },
      protocol: 'tcp',
      ports: range(22),
      severity: 'high',
      sources: ['security-groups'],
      path: ['igw-1', 'sg-a', 'eni-1'],
    });
  });

  it('ignores instances without a public address, and subnets without an internet gateway route', () => {
    expect(brief(facts({ publicIpv4: null }))).toEqual([]);
    expect(brief(facts({ route: {} }))).toEqual([]);
  });

  it('ignores group references and private CIDRs', () => {
    expect(brief(facts({ rules: [rule({ ipv4Cidrs: ['10.0.0.0/8', '203.0.113.0/24'] })] }))).toEqual([]);
  });

  it('counts ::/0 only where the instance has IPv6 and the subnet routes ::/0 to the gateway (IPv6-only exposure)', () => {
    const v6rule = rule({ ipv4Cidrs: [], ipv6Cidrs: ['::/0'], fromPort: 443, toPort: 443 });
    expect(brief(facts({ rules: [v6rule], publicIpv4: null, ipv6: ['2001:db8::1'] }))).toEqual(['tcp 443-443 medium']);
    expect(brief(facts({ rules: [v6rule], ipv6: [] }))).toEqual([]);
    expect(brief(facts({ rules: [v6rule], publicIpv4: null, ipv6: ['2001:db8::1'], route: { ipv4Igw: 'igw-1' } }))).toEqual([]);
  });

  it('reads protocol -1 as every TCP and UDP port, critical', () => {
    expect(brief(facts({ rules: [rule({ protocol: '-1', fromPort: undefined, toPort: undefined })] }))).toEqual([
      'tcp 0-65535 critical',
      'udp 0-65535 critical',
    ]);
  });

  it('skips ICMP and says so', () => {
    const scan = exposuresFromNetwork(facts({ rules: [rule({ protocol: 'icmp', fromPort: -1, toPort: -1 })] }));
    expect(scan.exposures).toEqual([]);
    expect(scan.skippedProtocols).toEqual({ icmp: 1 });
  });

  it('merges overlapping and adjacent rules from several groups into maximal ranges, one exposure per range', () => {
    const f = facts({
      rules: [rule({ fromPort: 8000, toPort: 8080 }), rule({ fromPort: 8081, toPort: 8100 }), rule({ fromPort: 443, toPort: 443 })],
    });
    f.groups = new Map([
      ['sg-a', [rule({ fromPort: 8000, toPort: 8080 }), rule({ fromPort: 443, toPort: 443 })]],
      ['sg-b', [rule({ fromPort: 8050, toPort: 8100 }), rule({ fromPort: 443, toPort: 443, ipv4Cidrs: [], ipv6Cidrs: ['::/0'] })]],
    ]);
    f.instances[0]!.interfaces[0]!.ipv6Addresses = ['2001:db8::1'];
    expect(brief(f)).toEqual(['tcp 443-443 medium', 'tcp 8000-8100 high']);
  });

  it('resolves prefix lists that hold 0.0.0.0/0', () => {
    const viaList = rule({ ipv4Cidrs: [], prefixListIds: ['pl-open'] });
    expect(brief(facts({ rules: [viaList], prefixLists: new Map([['pl-open', ['0.0.0.0/0']]]) }))).toEqual(['tcp 22-22 high']);
    expect(brief(facts({ rules: [viaList], prefixLists: new Map([['pl-open', ['198.51.100.0/24']]]) }))).toEqual([]);
  });
});

describe('severity from the port', () => {
  it.each([
    [range(0, 65535), 'critical'],
    [range(3389), 'high'],
    [range(6000, 6500), 'high'],
    [range(443), 'medium'],
  ] as const)('%j is %s', (ports, severity) => {
    expect(severityOf(ports)).toBe(severity);
  });
});

describe('paths per range', () => {
  it('name only the groups that open that range', () => {
    const f = facts();
    f.groups = new Map([
      ['sg-a', [rule({ fromPort: 22, toPort: 22 })]],
      ['sg-b', [rule({ fromPort: 443, toPort: 443 })]],
    ]);
    const paths = Object.fromEntries(exposuresFromNetwork(f).exposures.map((e) => [e.ports.from, e.path]));
    expect(paths).toEqual({ 22: ['igw-1', 'sg-a', 'eni-1'], 443: ['igw-1', 'sg-b', 'eni-1'] });
  });
});
