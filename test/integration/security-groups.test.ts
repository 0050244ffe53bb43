import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AssociateRouteTableCommand,
  AttachInternetGatewayCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateInternetGatewayCommand,
  CreateManagedPrefixListCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
  RunInstancesCommand,
  StopInstancesCommand,
  type IpPermission,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enableEc2Scanning, queueV2Findings, v2Finding } from '../support/aws-seed.js';
import { awsEnv, motoAvailable, startMoto, TEST_ACCOUNT, testCredentials, type Moto } from '../support/moto.js';
import { runCli } from '../support/run-dist.js';

const REGION = 'eu-west-1';

interface Report {
  exposures: {
    resource: { id: string; name: string | null };
    protocol: string;
    ports: { from: number; to: number };
    severity: string;
    sources: string[];
    status: string;
    fingerprint: string;
  }[];
  scopes: { source: string; status: string; reason?: string }[];
}

describe.skipIf(!motoAvailable)('security-group source against moto', () => {
  let moto: Moto;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    moto = await startMoto();
    const ec2 = new EC2Client({ region: REGION, endpoint: moto.url, credentials: testCredentials });
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
    const publicSubnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.0.1.0/24' }))).Subnet!.SubnetId!;
    const privateSubnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.0.2.0/24' }))).Subnet!.SubnetId!;
    const igw = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
    await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpc }));
    const table = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpc }))).RouteTable!.RouteTableId!;
    await ec2.send(new CreateRouteCommand({ RouteTableId: table, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw }));
    await ec2.send(new AssociateRouteTableCommand({ RouteTableId: table, SubnetId: publicSubnet }));

    const group = async (name: string, permissions: IpPermission[]) => {
      const id = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: name, Description: name, VpcId: vpc }))).GroupId!;
      if (permissions.length) await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: id, IpPermissions: permissions }));
      return id;
    };
    const openList = (
      await ec2.send(
        new CreateManagedPrefixListCommand({
          PrefixListName: 'anywhere',
          MaxEntries: 5,
          AddressFamily: 'IPv4',
          Entries: [{ Cidr: '0.0.0.0/0' }],
        }),
      )
    ).PrefixList!.PrefixListId!;
    const officeList = (
      await ec2.send(
        new CreateManagedPrefixListCommand({
          PrefixListName: 'office',
          MaxEntries: 5,
          AddressFamily: 'IPv4',
          Entries: [{ Cidr: '198.51.100.0/24' }],
        }),
      )
    ).PrefixList!.PrefixListId!;
    const lb = await group('lb', []);
    const web = await group('web', [
      { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: openList }] },
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, PrefixListIds: [{ PrefixListId: officeList }] },
      { IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, UserIdGroupPairs: [{ GroupId: lb }] },
      { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '10.0.0.0/16' }] },
      { IpProtocol: 'icmp', FromPort: -1, ToPort: -1, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
      // Open to IPv6 only, and the instance has no IPv6 address: not reachable.
      { IpProtocol: 'tcp', FromPort: 8443, ToPort: 8443, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
    ]);
    const extra = await group('extra', [{ IpProtocol: 'tcp', FromPort: 81, ToPort: 90, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]);
    const wide = await group('wide', [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]);

    const run = async (name: string, subnet: string, groups: string[], publicIp: boolean) =>
      (
        await ec2.send(
          new RunInstancesCommand({
            ImageId: 'ami-12c6146b',
            MinCount: 1,
            MaxCount: 1,
            NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnet, AssociatePublicIpAddress: publicIp, Groups: groups }],
            TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: name }] }],
          }),
        )
      ).Instances![0]!.InstanceId!;
    ids.web = await run('web-1', publicSubnet, [web, extra], true);
    ids.noPublicIp = await run('internal-1', publicSubnet, [wide], false);
    ids.privateSubnet = await run('private-1', privateSubnet, [wide], true);
    ids.wide = await run('wide-open', publicSubnet, [wide], true);
    ids.stopped = await run('stopped-1', publicSubnet, [wide], true);
    await ec2.send(new StopInstancesCommand({ InstanceIds: [ids.stopped] }));
  });
  afterAll(async () => moto?.stop());

  const allowlist = () => {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-sg-'));
    writeFileSync(
      join(dir, 'allowlist.json'),
      JSON.stringify({ rules: [{ id: 'web', match: { name: 'web-1' }, allow: { tcp: [80, 443] }, reason: 'public site' }] }),
    );
    return join(dir, 'allowlist.json');
  };

  const report = async (source: string) => {
    const result = await runCli(['report', '--source', source, '--json', '--allowlist', allowlist()], undefined, awsEnv(moto.url));
    return { status: result.status, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
  };

  it('finds exactly the ports the internet can reach, merged per instance and protocol', async () => {
    const { status, report: r } = await report('security-groups');
    expect(status).toBe(0);
    const found = r.exposures.map((e) => `${e.resource.name} ${e.protocol} ${e.ports.from}-${e.ports.to} ${e.severity} ${e.status}`).sort();
    expect(found).toEqual(
      [
        'web-1 tcp 80-90 medium unexpected', // 80 (web) + 81-90 (extra): one range
        'web-1 tcp 443-443 medium expected', // through the prefix list holding 0.0.0.0/0
        'wide-open tcp 0-65535 critical unexpected',
        'wide-open udp 0-65535 critical unexpected',
      ].sort(),
    );
    expect(r.scopes).toEqual([
      expect.objectContaining({
        source: 'security-groups',
        status: 'complete',
        reason: 'not modelled: internet ingress for protocol icmp (1 rule(s))',
      }),
    ]);
  });

  it('gives the same fingerprint as Inspector v2 for the same port, so running both makes one issue naming both', async () => {
    await enableEc2Scanning(moto.url, REGION, TEST_ACCOUNT);
    await queueV2Findings(moto, TEST_ACCOUNT, REGION, [
      v2Finding({ accountId: TEST_ACCOUNT, region: REGION, instanceId: ids.wide!, protocol: 'TCP', from: 0, to: 65535, severity: 'HIGH' }),
    ]);
    const { report: r } = await report('inspector2,security-groups');
    const wideTcp = r.exposures.filter((e) => e.resource.id === ids.wide && e.protocol === 'tcp');
    expect(wideTcp).toHaveLength(1);
    expect(wideTcp[0]!.sources).toEqual(['inspector2', 'security-groups']);
    expect(wideTcp[0]!.severity).toBe('critical');
  });

  it('refuses other accounts it cannot read, instead of reporting only its own as all-clear', async () => {
    const run = (accounts: string) =>
      runCli(
        ['report', '--source', 'security-groups', '--accounts', accounts, '--json', '--allowlist', allowlist()],
        undefined,
        awsEnv(moto.url),
      );
    // One other account: refused once the credentials' account is known.
    const other = await run('210987654321');
    expect([other.status, other.stdout]).toEqual([2, '']);
    expect(other.stderr).toContain(
      `--accounts: security-groups can read other accounts only through member-role (the credentials are ${TEST_ACCOUNT}'s), but accounts also lists 210987654321`,
    );
    // Two accounts: refused before any call, since both cannot be the credentials' account.
    const two = await run(`${TEST_ACCOUNT},210987654321`);
    expect([two.status, two.stdout]).toEqual([2, '']);
    expect(two.stderr).toContain('--accounts: security-groups can read other accounts only through member-role, but accounts lists 2');
    const own = await run(TEST_ACCOUNT);
    expect(own.status).toBe(0);
  });
});
