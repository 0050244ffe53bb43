// The member role (deploy/portwarden-member-role.yaml, deployed by a StackSet into every member
// account) grants exactly the reads Portwarden makes in a member account, and nothing else: the
// EC2 actions its AccessDenied messages name (src/aws/errors.ts), and the Inspector Classic ones
// only when asked for. The README prints the same policy; this keeps the three from drifting.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Pair, parse, Scalar, YAMLMap, type CollectionTag, type ScalarTag } from 'yaml';
import { IAM_ACTION } from '../../src/aws/errors.js';

const ROOT = resolve(__dirname, '../..');

/** CloudFormation's short forms (`!Ref x`, `!If [...]`) read as their long forms (`{ Ref: x }`, `{ 'Fn::If': [...] }`). */
const INTRINSICS = ['Ref', 'Sub', 'If', 'Not', 'Equals', 'And', 'Or', 'Select', 'Split', 'Join', 'GetAtt', 'FindInMap', 'ImportValue'];
const customTags = INTRINSICS.flatMap((name): (ScalarTag | CollectionTag)[] => {
  const key = name === 'Ref' ? 'Ref' : `Fn::${name}`;
  const longForm = (node: unknown) => {
    const map = new YAMLMap();
    map.items.push(new Pair(new Scalar(key), node));
    return map;
  };
  return [
    { tag: `!${name}`, resolve: (text) => ({ [key]: text }) },
    { tag: `!${name}`, collection: 'seq', resolve: longForm },
    { tag: `!${name}`, collection: 'map', resolve: longForm },
  ];
});

interface Statement {
  Sid?: string;
  Effect: string;
  Action?: string | string[];
  NotAction?: unknown;
  Resource?: unknown;
  Principal?: unknown;
  Condition?: unknown;
}
interface PolicyDocument {
  Statement: Statement[];
}
interface Resource {
  Type: string;
  Condition?: string;
  Properties: Record<string, unknown>;
}
interface Template {
  Parameters: Record<string, { Default?: string; AllowedValues?: string[] }>;
  Conditions: Record<string, unknown>;
  Resources: Record<string, Resource>;
}

const template = parse(readFileSync(resolve(ROOT, 'deploy/portwarden-member-role.yaml'), 'utf8'), { customTags }) as Template;

function actionsOf(statement: Statement): string[] {
  return typeof statement.Action === 'string' ? [statement.Action] : (statement.Action ?? []);
}

/** Every permission statement the template grants, with the resource and condition that carry it. */
function grants(): { resource: string; condition?: string; statement: Statement }[] {
  const found: { resource: string; condition?: string; statement: Statement }[] = [];
  for (const [name, resource] of Object.entries(template.Resources)) {
    const documents: PolicyDocument[] = [];
    if (resource.Properties.PolicyDocument) documents.push(resource.Properties.PolicyDocument as PolicyDocument);
    for (const policy of (resource.Properties.Policies ?? []) as { PolicyDocument: PolicyDocument }[])
      documents.push(policy.PolicyDocument);
    for (const document of documents)
      for (const statement of document.Statement)
        found.push({ resource: name, ...(resource.Condition ? { condition: resource.Condition } : {}), statement });
  }
  return found;
}

function grantedActions(filter: (grant: ReturnType<typeof grants>[number]) => boolean): string[] {
  return grants()
    .filter(filter)
    .flatMap((g) => actionsOf(g.statement));
}

/** The actions Portwarden names for its calls of one service ('EC2', 'Inspector' = Classic). */
function namedActions(service: string): string[] {
  return Object.entries(IAM_ACTION)
    .filter(([call]) => call.startsWith(`${service} `))
    .map(([, action]) => action);
}

const sorted = (list: readonly string[]) => [...list].sort();

describe('deploy/portwarden-member-role.yaml', () => {
  const role = Object.values(template.Resources).find((r) => r.Type === 'AWS::IAM::Role')!;

  it('grants every EC2 action Portwarden calls, DescribeRegions included, unconditionally and nothing more of EC2', () => {
    const ec2 = namedActions('EC2');
    expect(ec2).toContain('ec2:DescribeRegions');
    expect(ec2).toContain('ec2:DescribeInstances');
    expect(sorted(grantedActions((g) => !g.condition).filter((a) => a.startsWith('ec2:')))).toEqual(sorted(ec2));
  });

  it("grants exactly IAM_ACTION's Inspector Classic actions, only under IncludeInspectorClassic (off by default)", () => {
    const classic = namedActions('Inspector');
    expect(classic).toHaveLength(7);
    expect(sorted(grantedActions((g) => g.condition === 'IncludeInspectorClassic'))).toEqual(sorted(classic));
    expect(grantedActions((g) => !g.condition).filter((a) => a.startsWith('inspector'))).toEqual([]);
    expect(template.Conditions.IncludeInspectorClassic).toEqual({ 'Fn::Equals': [{ Ref: 'IncludeInspectorClassic' }, 'true'] });
    expect(template.Parameters.IncludeInspectorClassic).toMatchObject({ Default: 'false', AllowedValues: ['true', 'false'] });
  });

  it('grants nothing else: only the EC2 and Classic actions, and no managed policies', () => {
    expect(sorted(grantedActions(() => true))).toEqual(sorted([...namedActions('EC2'), ...namedActions('Inspector')]));
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.PermissionsBoundary).toBeUndefined();
  });

  it('allows only reads: Describe*, List* and Get* actions, named one by one, allowed on "*"', () => {
    for (const { statement } of grants()) {
      expect(statement).toMatchObject({ Effect: 'Allow', Resource: '*' });
      expect(statement.NotAction).toBeUndefined();
      for (const action of actionsOf(statement)) expect(action).toMatch(/^(ec2|inspector):(Describe|List|Get)[A-Za-z]+$/);
    }
  });

  it('is assumable only by the base role, for at most an hour, with the ExternalId when one is set', () => {
    const trust = (role.Properties.AssumeRolePolicyDocument as PolicyDocument).Statement;
    expect(trust).toHaveLength(1);
    const byPrincipal = { ArnEquals: { 'aws:PrincipalArn': { Ref: 'TrustedRoleArn' } } };
    expect(trust[0]).toMatchObject({
      Effect: 'Allow',
      Action: 'sts:AssumeRole',
      Condition: {
        'Fn::If': ['HasExternalId', { ...byPrincipal, StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } }, byPrincipal],
      },
    });
    expect(JSON.stringify(trust[0]!.Principal)).toContain(':root');
    expect(role.Properties.MaxSessionDuration).toBe(3600);
    expect(template.Parameters.RoleName!.Default).toBe('PortwardenReadOnly');
    expect(template.Parameters.ExternalId!.Default).toBe('');
  });
});

describe('the README shows the template', () => {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n### An AWS Organization (every account and region)\n');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const documents = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as PolicyDocument);
  const withSid = (sid: string) => documents.flatMap((d) => d.Statement).find((s) => s.Sid === sid);

  it("prints the member role's policy with exactly the template's actions", () => {
    expect(start).toBeGreaterThan(0);
    const ec2 = withSid('Ec2Read');
    const classic = withSid('InspectorClassicRead');
    expect(ec2 && classic).toBeTruthy();
    expect(actionsOf(ec2!)).toEqual(grantedActions((g) => !g.condition));
    expect(actionsOf(classic!)).toEqual(grantedActions((g) => g.condition === 'IncludeInspectorClassic'));
  });

  it('prints the same trust condition, and the base role may assume the default role name', () => {
    const trust = documents.flatMap((d) => d.Statement).find((s) => s.Action === 'sts:AssumeRole' && s.Principal);
    expect(trust?.Condition).toEqual({ ArnEquals: { 'aws:PrincipalArn': expect.stringMatching(/^arn:aws:iam::\d{12}:role\//) } });
    expect(withSid('AssumeMemberRole')?.Resource).toBe(`arn:aws:iam::*:role/${template.Parameters.RoleName!.Default}`);
  });
});
