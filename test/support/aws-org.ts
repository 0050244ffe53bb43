// An AWS Organization in moto: the management account (moto's default, 123456789012), member
// accounts created through Organizations, and in every account and region an internet-facing
// instance behind a security group open to 0.0.0.0/0, so the security-groups source reports
// exposures there. Member accounts are written with credentials from STS AssumeRole into the
// member role: moto keeps each account's EC2 resources apart by the credentials' account, as
// AWS does. Seeding runs in a bounded pool, fast enough for hundreds of accounts.
import {
  AssociateRouteTableCommand,
  AttachInternetGatewayCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateInternetGatewayCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { CreateAccountCommand, CreateOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@smithy/types';
import { TEST_ACCOUNT, testCredentials } from './moto.js';

/** The organization's management account: the account of the default test credentials. */
export const MANAGEMENT_ACCOUNT = TEST_ACCOUNT;
/** The member role the bench and tests assume (moto needs no such role to exist). */
export const DEFAULT_MEMBER_ROLE = 'PortwardenReadOnly';

export interface OrgSeedOptions {
  /** Member accounts to create (the management account comes on top). */
  members: number;
  /** Every account gets one unit (VPC, group, instances) in each of these regions. */
  regions: string[];
  /** Running instances per (account, region), all behind the same open group (default 1). */
  instancesPerUnit?: number;
  /** TCP ports the group opens to 0.0.0.0/0 (default [22]). */
  ports?: number[];
  /** The role assumed in members to write their resources (default PortwardenReadOnly). */
  roleName?: string;
  /** Units seeded at once (default 16). moto answers from one process; more gains little. */
  concurrency?: number;
}

/** One (account, region): what the security-groups source must report there. */
export interface OrgUnit {
  accountId: string;
  region: string;
  instanceIds: string[];
  ports: number[];
}

export interface SeededOrganization {
  management: string;
  /** Member account ids, in creation order. */
  members: string[];
  /** Management first, then members in order; regions in the order given. */
  units: OrgUnit[];
}

export async function seedOrganization(motoUrl: string, options: OrgSeedOptions): Promise<SeededOrganization> {
  const { regions, instancesPerUnit = 1, ports = [22], roleName = DEFAULT_MEMBER_ROLE, concurrency = 16 } = options;
  if (regions.length === 0) throw new Error('seedOrganization: at least one region');
  if (instancesPerUnit < 1) throw new Error('seedOrganization: instancesPerUnit must be at least 1');
  if (ports.length === 0) throw new Error('seedOrganization: at least one port');

  await createOrganization(motoUrl);
  const members = await pool(
    Array.from({ length: options.members }, () => motoUrl),
    concurrency,
    createAccount,
  );
  const accounts = [MANAGEMENT_ACCOUNT, ...members];
  // One AssumeRole per member; every region's seeding reuses it (credentialsFor caches).
  await pool(members, concurrency, (accountId) => credentialsFor(motoUrl, accountId, roleName));
  const units = await pool(
    accounts.flatMap((accountId) => regions.map((region) => ({ accountId, region }))),
    concurrency,
    async ({ accountId, region }): Promise<OrgUnit> => ({
      accountId,
      region,
      instanceIds: await seedUnit(motoUrl, accountId, await credentialsFor(motoUrl, accountId, roleName), region, instancesPerUnit, ports),
      ports: [...ports],
    }),
  );
  return { management: MANAGEMENT_ACCOUNT, members, units };
}

/**
 * The exposures the security-groups source reports for one instance behind a group opening
 * these ports: one per maximal run of adjacent ports (22 and 23 merge into 22-23).
 */
export function exposuresPerInstance(ports: readonly number[]): number {
  const sorted = [...new Set(ports)].sort((a, b) => a - b);
  return sorted.filter((port, i) => i === 0 || port !== sorted[i - 1]! + 1).length;
}

/** Every exposure the organization holds (all ports unexpected under an empty allowlist). */
export function expectedExposures(org: SeededOrganization): number {
  return org.units.reduce((sum, unit) => sum + unit.instanceIds.length * exposuresPerInstance(unit.ports), 0);
}

/** Credentials inside a member account: STS AssumeRole into arn:aws:iam::<account>:role/<roleName>. */
export async function memberCredentials(
  motoUrl: string,
  accountId: string,
  roleName = DEFAULT_MEMBER_ROLE,
): Promise<AwsCredentialIdentity> {
  const sts = new STSClient({ region: 'us-east-1', endpoint: motoUrl, credentials: testCredentials });
  const assumed = await sts.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${accountId}:role/${roleName}`,
      RoleSessionName: 'portwarden-seed',
      DurationSeconds: 3600,
    }),
  );
  const c = assumed.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`AssumeRole into ${accountId} returned no credentials`);
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}) };
}

const cached = new Map<string, Promise<AwsCredentialIdentity>>();

/** The management account's own credentials, or a member's assumed-role ones (assumed once per moto, account and role). */
export function credentialsFor(motoUrl: string, accountId: string, roleName = DEFAULT_MEMBER_ROLE): Promise<AwsCredentialIdentity> {
  if (accountId === MANAGEMENT_ACCOUNT) return Promise.resolve(testCredentials);
  const key = `${motoUrl} ${accountId} ${roleName}`;
  let credentials = cached.get(key);
  if (!credentials) {
    credentials = memberCredentials(motoUrl, accountId, roleName);
    cached.set(key, credentials);
    credentials.catch(() => cached.delete(key));
  }
  return credentials;
}

/** An EC2 client acting inside the account (management or member). */
export async function ec2In(motoUrl: string, accountId: string, region: string, roleName = DEFAULT_MEMBER_ROLE): Promise<EC2Client> {
  return new EC2Client({ region, endpoint: motoUrl, credentials: await credentialsFor(motoUrl, accountId, roleName) });
}

export async function stopInstanceIn(
  motoUrl: string,
  accountId: string,
  region: string,
  instanceId: string,
  roleName?: string,
): Promise<void> {
  await (await ec2In(motoUrl, accountId, region, roleName)).send(new StopInstancesCommand({ InstanceIds: [instanceId] }));
}

export async function startInstanceIn(
  motoUrl: string,
  accountId: string,
  region: string,
  instanceId: string,
  roleName?: string,
): Promise<void> {
  await (await ec2In(motoUrl, accountId, region, roleName)).send(new StartInstancesCommand({ InstanceIds: [instanceId] }));
}

export async function terminateInstanceIn(
  motoUrl: string,
  accountId: string,
  region: string,
  instanceId: string,
  roleName?: string,
): Promise<void> {
  await (await ec2In(motoUrl, accountId, region, roleName)).send(new TerminateInstancesCommand({ InstanceIds: [instanceId] }));
}

/** One (account, region): a VPC whose subnet routes 0.0.0.0/0 to an internet gateway, an open group, running instances with public IPs. */
async function seedUnit(
  motoUrl: string,
  accountId: string,
  credentials: AwsCredentialIdentity,
  region: string,
  instances: number,
  ports: readonly number[],
): Promise<string[]> {
  const ec2 = new EC2Client({ region, endpoint: motoUrl, credentials });
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
  const [subnet, igw, table, group] = await Promise.all([
    ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.0.1.0/24' })).then((r) => r.Subnet!.SubnetId!),
    ec2.send(new CreateInternetGatewayCommand({})).then((r) => r.InternetGateway!.InternetGatewayId!),
    ec2.send(new CreateRouteTableCommand({ VpcId: vpc })).then((r) => r.RouteTable!.RouteTableId!),
    ec2
      .send(new CreateSecurityGroupCommand({ GroupName: 'open', Description: 'open to the internet', VpcId: vpc }))
      .then((r) => r.GroupId!),
  ]);
  await Promise.all([
    ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpc })),
    ec2.send(new AssociateRouteTableCommand({ RouteTableId: table, SubnetId: subnet })),
    ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: group,
        IpPermissions: [...new Set(ports)].map((port) => ({
          IpProtocol: 'tcp',
          FromPort: port,
          ToPort: port,
          IpRanges: [{ CidrIp: '0.0.0.0/0' }],
        })),
      }),
    ),
  ]);
  await ec2.send(new CreateRouteCommand({ RouteTableId: table, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw }));
  const launched = await ec2.send(
    new RunInstancesCommand({
      ImageId: 'ami-12c6146b',
      MinCount: instances,
      MaxCount: instances,
      NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnet, AssociatePublicIpAddress: true, Groups: [group] }],
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: `web-${accountId}-${region}` }] }],
    }),
  );
  const ids = (launched.Instances ?? []).map((i) => i.InstanceId!);
  if (ids.length !== instances) throw new Error(`RunInstances in ${region} launched ${ids.length} of ${instances}`);
  return ids;
}

/** Organizations as the management account. */
export function organizationsClient(motoUrl: string): OrganizationsClient {
  return new OrganizationsClient({ region: 'us-east-1', endpoint: motoUrl, credentials: testCredentials });
}

async function createOrganization(motoUrl: string): Promise<void> {
  try {
    await organizationsClient(motoUrl).send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  } catch (error) {
    // Seeding twice into one moto adds members to the same organization.
    if ((error as { name?: string }).name !== 'AlreadyInOrganizationException') throw error;
  }
}

let accountSerial = 0;

async function createAccount(motoUrl: string): Promise<string> {
  const name = `member-${++accountSerial}`;
  const created = await organizationsClient(motoUrl).send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }));
  // moto creates the account at once (AWS answers IN_PROGRESS; DescribeCreateAccountStatus would follow).
  const accountId = created.CreateAccountStatus?.AccountId;
  if (!accountId) throw new Error(`CreateAccount ${name}: no account id (${JSON.stringify(created.CreateAccountStatus)})`);
  return accountId;
}

async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
