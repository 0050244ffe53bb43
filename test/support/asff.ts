// Inspector findings as Security Hub stores them (ASFF), built from Inspector's own shapes the
// way the documented integration maps them: Classic attributes become
// ProductFields["attributes/<KEY>"] (as in real findings); v2 findings are marked
// ProductVersion "2" and carry their ports in the ASFF network fields. `network` picks where a
// v2 finding's ports are written, since Security Hub's choice is not documented.
type Json = Record<string, unknown>;

export type V2PortsIn = 'network' | 'network-path' | 'title-only' | 'nowhere';

const productArn = (region: string) => `arn:aws:securityhub:${region}::product/aws/inspector`;
const SEVERITY_LABEL: Record<string, string> = {
  High: 'HIGH',
  Medium: 'MEDIUM',
  Low: 'LOW',
  Informational: 'INFORMATIONAL',
  Undefined: 'INFORMATIONAL',
};

/** ASFF dates are ISO strings; the API's wire form of Inspector's are epoch seconds. */
const iso = (value: unknown) => (typeof value === 'number' ? new Date(value * 1000).toISOString() : value);

export function asffFromInspector2(finding: Json, options: { portsIn?: V2PortsIn; workflow?: string; recordState?: string } = {}): Json {
  const resource = (finding.resources as Json[])[0]!;
  const region = String(resource.region);
  const details = (finding.networkReachabilityDetails ?? {}) as Json;
  const range = (details.openPortRange ?? {}) as Json;
  const steps = (((details.networkPath ?? {}) as Json).steps ?? []) as Json[];
  const portsIn = options.portsIn ?? 'network';
  const protocol = String(details.protocol ?? 'TCP');
  const portRange = { Begin: range.begin, End: range.end };
  return {
    SchemaVersion: '2018-10-08',
    Id: finding.findingArn,
    ProductArn: productArn(region),
    ProductName: 'Inspector',
    CompanyName: 'Amazon',
    Region: region,
    GeneratorId: 'AWSInspector',
    AwsAccountId: finding.awsAccountId,
    Types: [
      finding.type === 'NETWORK_REACHABILITY'
        ? 'Software and Configuration Checks/AWS Security Best Practices/Network Reachability'
        : 'Software and Configuration Checks/Vulnerabilities/CVE',
    ],
    FirstObservedAt: iso(finding.firstObservedAt),
    LastObservedAt: iso(finding.lastObservedAt),
    CreatedAt: iso(finding.firstObservedAt),
    UpdatedAt: iso(finding.updatedAt ?? finding.lastObservedAt),
    Severity: { Label: String(finding.severity), Normalized: 40 },
    Title: portsIn === 'nowhere' ? 'Port range is reachable from an Internet Gateway' : finding.title,
    Description: finding.description ?? 'x',
    ProductFields: {
      'aws/inspector/ProductVersion': '2',
      'aws/inspector/FindingStatus': 'ACTIVE',
      'aws/inspector/instanceId': resource.id,
      'aws/securityhub/ProductName': 'Inspector',
      'aws/securityhub/CompanyName': 'Amazon',
    },
    Resources: [
      {
        Type: 'AwsEc2Instance',
        // As some v2 findings really arrive: an instance ARN without "instance/".
        Id: `arn:aws:ec2:${region}:${String(finding.awsAccountId)}:${String(resource.id)}`,
        Partition: 'aws',
        Region: region,
        ...(resource.tags ? { Tags: resource.tags } : {}),
      },
    ],
    ...(portsIn === 'network' && finding.type === 'NETWORK_REACHABILITY'
      ? { Network: { Direction: 'IN', Protocol: protocol, OpenPortRange: portRange } }
      : {}),
    ...(finding.type === 'NETWORK_REACHABILITY' && portsIn !== 'nowhere' && portsIn !== 'title-only'
      ? {
          NetworkPath: steps.map((s) => ({
            ComponentId: s.componentId,
            ComponentType: s.componentType,
            ...(portsIn === 'network-path' && s.componentType === 'AWS::EC2::InternetGateway'
              ? { Ingress: { Protocol: protocol, Destination: { PortRanges: [portRange] } } }
              : {}),
          })),
        }
      : {}),
    RecordState: options.recordState ?? 'ACTIVE',
    Workflow: { Status: options.workflow ?? 'NEW' },
  };
}

export function asffFromClassic(finding: Json, options: { workflow?: string } = {}): Json {
  const [, , , region, accountId] = String(finding.arn).split(':');
  const attributes = finding.attributes as { key: string; value: string }[];
  const instanceId = attributes.find((a) => a.key === 'INSTANCE_ID')?.value;
  const asset = (finding.assetAttributes ?? {}) as Json;
  const tags = Object.fromEntries(((asset.tags ?? []) as { key: string; value: string }[]).map((t) => [t.key, t.value]));
  return {
    SchemaVersion: '2018-10-08',
    Id: `inspector/${String(region)}/${String(accountId)}/${Buffer.from(String(finding.arn)).toString('hex').slice(0, 40)}`,
    ProductArn: productArn(String(region)),
    ProductName: 'Inspector',
    CompanyName: 'Amazon',
    Region: region,
    GeneratorId:
      (finding.serviceAttributes as Json | undefined)?.rulesPackageArn ??
      'arn:aws:inspector:us-east-1:316112463485:rulespackage/0-PmNV0Tcd',
    AwsAccountId: accountId,
    Types: [`Software and Configuration Checks/AWS Security Best Practices/Network Reachability - ${String(finding.id)}`],
    FirstObservedAt: finding.createdAt,
    LastObservedAt: finding.updatedAt,
    CreatedAt: finding.createdAt,
    UpdatedAt: finding.updatedAt,
    Severity: { Label: SEVERITY_LABEL[String(finding.severity)] ?? 'INFORMATIONAL', Normalized: 40, Original: '6.0' },
    Title: finding.title,
    Description: finding.description ?? 'x',
    ProductFields: {
      ...Object.fromEntries(attributes.map((a) => [`attributes/${a.key}`, a.value])),
      'aws/inspector/id': finding.id,
      'aws/inspector/arn': finding.arn,
      'aws/inspector/RulesPackageName': 'Network Reachability',
      'aws/securityhub/ProductName': 'Inspector',
      'aws/securityhub/CompanyName': 'Amazon',
    },
    Resources: [
      {
        Type: 'AwsEc2Instance',
        Id: `arn:aws:ec2:${String(region)}:${String(accountId)}:instance/${String(instanceId)}`,
        Partition: 'aws',
        Region: region,
        Tags: tags,
      },
    ],
    RecordState: 'ACTIVE',
    Workflow: { Status: options.workflow ?? 'NEW' },
  };
}

/**
 * A real Classic finding as Security Hub delivered it (public python-asff test data, trimmed of
 * fields Portwarden does not read): no top-level ProductName, Region or Network fields.
 */
export const REAL_CLASSIC_ASFF = {
  SchemaVersion: '2018-10-08',
  Id: 'inspector/eu-west-1/123456789012/9aef424480e3872f4219bf8f8927bc6364966a02',
  ProductArn: 'arn:aws:securityhub:eu-west-1::product/aws/inspector',
  GeneratorId: 'arn:aws:inspector:eu-west-1:357557129151:rulespackage/0-SPzU33xe',
  AwsAccountId: '123456789012',
  Types: [
    'Software and Configuration Checks/AWS Security Best Practices/Network Reachability - Recognized port with listener reachable from internet',
  ],
  FirstObservedAt: '2020-03-26T15:29:47.523Z',
  UpdatedAt: '2020-03-26T15:29:47.523Z',
  CreatedAt: '2020-03-26T15:29:47.523Z',
  Severity: { Label: 'MEDIUM', Normalized: 40, Original: '6.0' },
  Title:
    "On instance i-0fa050bfbbd5682eb, process 'sshd' is listening on TCP port 22 which is associated with 'SSH' and is reachable from the internet",
  ProductFields: {
    'attributes/INSTANCE_ID': 'i-0fa050bfbbd5682eb',
    'attributes/PORT': '22',
    'attributes/PROTOCOL': 'TCP',
    'attributes/REACHABILITY_TYPE': 'Internet',
    'attributes/RULE_TYPE': 'RecognizedPortWithListener',
    'attributes/SECURITY_GROUP': 'sg-066e481a61335f572',
    'aws/inspector/id': 'Recognized port with listener reachable from internet',
    'aws/securityhub/ProductName': 'Inspector',
    'aws/securityhub/CompanyName': 'Amazon',
  },
  Resources: [
    {
      Type: 'AwsEc2Instance',
      Id: 'arn:aws:ec2:eu-west-1:123456789012:instance/i-0fa050bfbbd5682eb',
      Partition: 'aws',
      Region: 'eu-west-1',
    },
  ],
  RecordState: 'ACTIVE',
  Workflow: { Status: 'NEW' },
};
