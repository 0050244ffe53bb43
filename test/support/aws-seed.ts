// Seeds moto through the real SDK (and moto's own API for Inspector2 findings, which AWS
// offers no way to create).
import { EC2Client, RunInstancesCommand, StopInstancesCommand, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import { EnableCommand, Inspector2Client } from '@aws-sdk/client-inspector2';
import type { Moto } from './moto.js';
import { testCredentials } from './moto.js';

const config = (endpoint: string, region: string) => ({ endpoint, region, credentials: testCredentials });

export async function runInstance(endpoint: string, region: string, tags: Record<string, string>): Promise<string> {
  const ec2 = new EC2Client(config(endpoint, region));
  const result = await ec2.send(
    new RunInstancesCommand({
      ImageId: 'ami-12c6146b',
      MinCount: 1,
      MaxCount: 1,
      InstanceType: 't3.micro',
      TagSpecifications: [{ ResourceType: 'instance', Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }],
    }),
  );
  return result.Instances![0]!.InstanceId!;
}

export async function stopInstance(endpoint: string, region: string, id: string): Promise<void> {
  await new EC2Client(config(endpoint, region)).send(new StopInstancesCommand({ InstanceIds: [id] }));
}

export async function terminateInstance(endpoint: string, region: string, id: string): Promise<void> {
  await new EC2Client(config(endpoint, region)).send(new TerminateInstancesCommand({ InstanceIds: [id] }));
}

export async function enableEc2Scanning(endpoint: string, region: string, accountId: string): Promise<void> {
  await new Inspector2Client(config(endpoint, region)).send(new EnableCommand({ accountIds: [accountId], resourceTypes: ['EC2'] }));
}

export interface V2FindingSpec {
  accountId: string;
  region: string;
  instanceId: string;
  protocol: 'TCP' | 'UDP';
  from: number;
  to?: number;
  severity?: string;
  tags?: Record<string, string>;
  path?: 'internet' | 'peered';
  type?: string;
}

let serial = 0;

/** An Inspector2 finding as the API returns it (epoch-second timestamps on the wire). */
export function v2Finding(spec: V2FindingSpec): Record<string, unknown> {
  serial += 1;
  const to = spec.to ?? spec.from;
  const edge =
    spec.path === 'peered'
      ? ['pcx-0b1c2d3e4f5a67890', 'AWS::EC2::VPCPeeringConnection']
      : ['igw-0e1d2c3b4a5f60789', 'AWS::EC2::InternetGateway'];
  return {
    findingArn: `arn:aws:inspector2:${spec.region}:${spec.accountId}:finding/${serial.toString(16).padStart(32, '0')}`,
    awsAccountId: spec.accountId,
    type: spec.type ?? 'NETWORK_REACHABILITY',
    description: `On the instance ${spec.instanceId}, the port range ${spec.from}-${to} is reachable from the InternetGateway.`,
    title: `Port ${spec.from === to ? spec.from : `range ${spec.from} - ${to}`} is reachable from an Internet Gateway - ${spec.protocol}`,
    remediation: {
      recommendation: { text: 'You can restrict access to your instance by modifying the Security Groups or ACLs in the network path.' },
    },
    severity: spec.severity ?? 'MEDIUM',
    firstObservedAt: 1730711551.402,
    lastObservedAt: 1732711551.402,
    status: 'ACTIVE',
    resources: [{ type: 'AWS_EC2_INSTANCE', id: spec.instanceId, partition: 'aws', region: spec.region, tags: spec.tags ?? {} }],
    networkReachabilityDetails: {
      openPortRange: { begin: spec.from, end: to },
      protocol: spec.protocol,
      networkPath: {
        steps: [
          { componentId: edge[0], componentType: edge[1] },
          { componentId: 'sg-0a9b8c7d6e5f40312', componentType: 'AWS::EC2::SecurityGroup' },
          { componentId: spec.instanceId, componentType: 'AWS::EC2::Instance' },
        ],
      },
    },
  };
}

/** moto answers the next ListFindings (per distinct request) with the queued list. */
export async function queueV2Findings(moto: Moto, accountId: string, region: string, findings: Record<string, unknown>[]): Promise<void> {
  await moto.post('/moto-api/static/inspector2/findings-results', { results: [findings], account_id: accountId, region });
}
