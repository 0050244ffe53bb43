import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/allowlist/evaluate.js';
import { FindingShapeError } from '../../src/core/errors.js';
import { fingerprintOf, identityOf } from '../../src/core/findings/fingerprint.js';
import { planIssues } from '../../src/core/issues/plan.js';
import type { Exposure, SecurityHubFindingRef, Verdict } from '../../src/core/model.js';
import { securityHubFilters } from '../../src/aws/sources/securityhub.js';
import { normalizeClassicFinding } from '../../src/core/findings/normalize-classic.js';
import { normalizeInspector2Finding } from '../../src/core/findings/normalize-inspector2.js';
import { normalizeSecurityHubFinding } from '../../src/core/findings/normalize-securityhub.js';
import { MAX_FINDINGS_PER_UPDATE, planWorkflowSync, type WorkflowInput } from '../../src/core/securityhub/workflow.js';
import { asffFromClassic, asffFromInspector2, REAL_CLASSIC_ASFF, type V2PortsIn } from '../support/asff.js';
import { allowlist, evalOptions, exposure, range, rule } from '../support/builders.js';
import { allowedBy, completeScope, instance, issueFor, issueOptions, unexpected } from '../support/issue-builders.js';

type Json = Record<string, unknown>;
// The team's verified reference samples, copied into the repository (see test/fixtures/reference/README.md).
const sample = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/reference/${name}`, import.meta.url), 'utf8')) as { findings: Json[] };
const v2Findings = sample('inspector2-list-findings.json').findings;
const classicFindings = sample('classic-describe-findings.json').findings;

const exposuresOf = (asff: unknown): Exposure[] => {
  const result = normalizeSecurityHubFinding(asff);
  if (result.kind !== 'exposures') throw new Error(`skipped: ${result.reason}`);
  return result.exposures;
};
/** What must not differ between reading Inspector and reading Security Hub. */
const essence = (e: Exposure) => {
  const { sources: _sources, findingIds: _ids, ...rest } = e;
  return { ...rest, fingerprint: fingerprintOf(identityOf(e)) };
};

describe('Security Hub findings become the exposures Inspector itself reports', () => {
  it.each(['network', 'network-path', 'title-only'] as V2PortsIn[])(
    'every v2 sample finding, ports in %s: same exposure, same fingerprint',
    (portsIn) => {
      const singlePort = (f: Json) => {
        const r = (f.networkReachabilityDetails as { openPortRange: { begin: number; end: number } }).openPortRange;
        return r.begin === r.end;
      };
      // A title names one port only; ranges must come from the network fields.
      const findings = portsIn === 'title-only' ? v2Findings.filter(singlePort) : v2Findings;
      expect(findings.length).toBeGreaterThan(3);
      for (const finding of findings) {
        const direct = normalizeInspector2Finding(finding);
        if (direct.kind !== 'exposure') throw new Error('sample is not an exposure');
        const relayed = exposuresOf(asffFromInspector2(finding, { portsIn }));
        const expected = essence(direct.exposure);
        // The title carries no route; the other two carry the same path.
        if (portsIn === 'title-only') Object.assign(expected, { path: [], reachability: 'internet' });
        expect(relayed.map(essence)).toEqual([expected]);
        expect(relayed[0]!.sources).toEqual(['securityhub']);
        expect(relayed[0]!.findingIds).toEqual([finding.findingArn]);
      }
    },
  );

  it.each(['constructor', 'toString', '__proto__'])('a Classic severity of "%s" is unreadable, not a property of Object', (severity) => {
    const network = classicFindings.find((f) => normalizeClassicFinding(f).kind === 'exposures')!;
    expect(() => normalizeClassicFinding({ ...network, severity })).toThrow(`severity "${severity}" is not one of`);
  });

  it('every Classic sample finding: same exposures, same fingerprints', () => {
    let compared = 0;
    for (const finding of classicFindings) {
      const direct = normalizeClassicFinding(finding);
      if (direct.kind !== 'exposures') continue;
      expect(exposuresOf(asffFromClassic(finding)).map(essence)).toEqual(direct.exposures.map(essence));
      compared += direct.exposures.length;
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('reads a real Classic finding as Security Hub delivered it', () => {
    const [e] = exposuresOf(REAL_CLASSIC_ASFF);
    expect(e).toMatchObject({
      accountId: '123456789012',
      region: 'eu-west-1',
      resource: { id: 'i-0fa050bfbbd5682eb' },
      protocol: 'tcp',
      ports: range(22),
      severity: 'medium',
      reachability: 'internet',
      path: ['sg-066e481a61335f572'],
    });
  });

  it('keeps what write-back needs: the id, the product ARN and the workflow status', () => {
    const result = normalizeSecurityHubFinding(asffFromInspector2(v2Findings[0]!, { workflow: 'NOTIFIED' }));
    expect(result).toMatchObject({
      kind: 'exposures',
      ref: {
        id: v2Findings[0]!.findingArn,
        productArn: 'arn:aws:securityhub:us-east-1::product/aws/inspector',
        workflowStatus: 'NOTIFIED',
      },
    });
  });

  it('skips what is not an active Inspector network finding on an instance', () => {
    const base = asffFromInspector2(v2Findings[0]!);
    expect(normalizeSecurityHubFinding({ ...base, RecordState: 'ARCHIVED' })).toEqual({ kind: 'skipped', reason: 'record state ARCHIVED' });
    expect(normalizeSecurityHubFinding({ ...base, ProductName: 'GuardDuty' })).toEqual({ kind: 'skipped', reason: 'product GuardDuty' });
    const cve = asffFromInspector2({
      ...v2Findings[0]!,
      type: 'PACKAGE_VULNERABILITY',
      title: 'CVE-2024-6387 - openssh',
      networkReachabilityDetails: undefined,
    });
    expect(normalizeSecurityHubFinding(cve)).toMatchObject({ kind: 'skipped' });
    const lambda = { ...base, Resources: [{ Type: 'AwsLambdaFunction', Id: 'arn:aws:lambda:us-east-1:111122223333:function:f' }] };
    expect(normalizeSecurityHubFinding(lambda)).toEqual({ kind: 'skipped', reason: 'resource type AwsLambdaFunction' });
  });

  it('skips a finding Inspector itself suppressed, as the direct read does', () => {
    const base = asffFromInspector2(v2Findings[0]!);
    const suppressed = { ...base, ProductFields: { ...(base.ProductFields as Json), 'aws/inspector/FindingStatus': 'SUPPRESSED' } };
    expect(normalizeSecurityHubFinding(suppressed)).toEqual({ kind: 'skipped', reason: 'Inspector status SUPPRESSED' });
  });

  it('fails loudly on an Inspector finding of neither known shape', () => {
    const base = asffFromInspector2(v2Findings[0]!);
    const unknown = { ...base, ProductFields: { 'aws/inspector/ProductVersion': 3 } };
    expect(() => normalizeSecurityHubFinding(unknown)).toThrow(/neither .*ProductVersion.* nor "attributes\/\*"/);
    // A number where a string is expected is still version 2.
    expect(exposuresOf({ ...base, ProductFields: { 'aws/inspector/ProductVersion': 2 } })).toHaveLength(1);
  });

  it('counts a path as internet unless it names a private edge and no internet gateway', () => {
    const base = asffFromInspector2(v2Findings[0]!);
    const withPath = (...types: string[]) =>
      exposuresOf({ ...base, NetworkPath: types.map((t, n) => ({ ComponentId: `c-${n}`, ComponentType: t })) })[0]!.reachability;
    expect(withPath('InternetGateway', 'SecurityGroup')).toBe('internet');
    expect(withPath('AWS::EC2::SecurityGroup', 'AWS::EC2::NetworkInterface')).toBe('internet');
    expect(withPath('AWS::EC2::VPCPeeringConnection', 'AWS::EC2::SecurityGroup')).toBe('private');
    expect(withPath('AWS::EC2::TransitGateway')).toBe('private');
  });

  it('fails loudly on a v2 network finding whose ports it cannot find, never reading it as "no ports"', () => {
    expect(() => normalizeSecurityHubFinding(asffFromInspector2(v2Findings[0]!, { portsIn: 'nowhere' }))).toThrow(FindingShapeError);
    expect(() => normalizeSecurityHubFinding(asffFromInspector2(v2Findings[0]!, { portsIn: 'nowhere' }))).toThrow(
      /arn:aws:inspector2:.*Network\.OpenPortRange/,
    );
    const noInstance = {
      ...asffFromInspector2(v2Findings[0]!),
      Resources: [{ Type: 'AwsEc2Instance', Id: 'arn:aws:ec2:us-east-1:111122223333:instance/' }],
      ProductFields: { 'aws/inspector/ProductVersion': '2' },
    };
    expect(() => normalizeSecurityHubFinding(noInstance)).toThrow(/resources\[0\]\.id/);
  });

  it('asks Security Hub only for active Inspector network findings on instances of the scopes', () => {
    expect(securityHubFilters(['111122223333', '444455556666'], ['eu-west-1'])).toEqual({
      ProductName: [{ Value: 'Inspector', Comparison: 'EQUALS' }],
      RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
      ResourceType: [{ Value: 'AwsEc2Instance', Comparison: 'EQUALS' }],
      Title: [{ Value: 'reachable from', Comparison: 'CONTAINS' }],
      AwsAccountId: [
        { Value: '111122223333', Comparison: 'EQUALS' },
        { Value: '444455556666', Comparison: 'EQUALS' },
      ],
      Region: [{ Value: 'eu-west-1', Comparison: 'EQUALS' }],
    });
    // The title filter must match every network title and no CVE title.
    const titles = [...v2Findings.map((f) => String(f.title)), ...classicFindings.map((f) => String(f.title)), REAL_CLASSIC_ASFF.Title];
    for (const title of titles) expect(title).toContain('reachable from');
    expect('CVE-2024-6387 - openssh').not.toContain('reachable from');
  });
});

describe('a Security Hub scope', () => {
  it('closes an issue Inspector opened when the port is gone (Security Hub relays Inspector)', () => {
    const v = unexpected({ ports: range(22) });
    const plan = planIssues({
      verdicts: [],
      scopes: [completeScope({ source: 'securityhub' })],
      issues: [issueFor(v)],
      instances: new Map([instance(v.exposure.resource.id, 'running')]),
      rules: [],
      options: issueOptions(),
    });
    expect(plan.actions.map((a) => `${a.kind}:${a.reason}`)).toEqual(['close:gone']);
  });

  it('that is incomplete holds an issue Inspector opened, even beside a complete Inspector scope', () => {
    const v = unexpected({ ports: range(22) });
    const scopes = [completeScope(), completeScope({ source: 'securityhub', status: 'incomplete', reason: 'GetFindings failed' })];
    const plan = planIssues({ verdicts: [], scopes, issues: [issueFor(v)], instances: new Map(), rules: [], options: issueOptions() });
    expect(plan.actions).toEqual([]);
    expect(plan.held.map((h) => h.reason)).toEqual(['scope-incomplete']);
  });

  it('does not speak for ports the security-group source reported', () => {
    const v = unexpected({ ports: range(22), sources: ['security-groups'] });
    const plan = planIssues({
      verdicts: [],
      scopes: [completeScope({ source: 'securityhub' })],
      issues: [issueFor(v)],
      instances: new Map(),
      rules: [],
      options: issueOptions(),
    });
    expect(plan.actions).toEqual([]);
  });
});

describe('workflow write-back plan', () => {
  const REPO = 'acme/security';
  const ref = (id: string, workflowStatus = 'NEW'): SecurityHubFindingRef => ({
    id,
    productArn: 'arn:aws:securityhub:eu-west-1::product/aws/inspector',
    workflowStatus,
  });
  const relayed = (id: string, ports = range(22), instanceId = 'i-0abc12345def67890') => ({
    ports,
    sources: ['securityhub' as const],
    findingIds: [id],
    instanceId,
  });
  const sync = (
    verdicts: Verdict[],
    refs: SecurityHubFindingRef[],
    openIssues: [Verdict, number][] = [],
    rules = [rule({ id: 'web', reason: 'reviewed in SEC-1' })],
  ) =>
    planWorkflowSync({
      findings: new Map(refs.map((r) => [r.id, r])),
      verdicts,
      openIssues: new Map(openIssues.map(([v, n]) => [v.fingerprint, { number: n, url: `https://github.com/${REPO}/issues/${n}` }])),
      rules,
      repository: REPO,
    } satisfies WorkflowInput);

  it('marks a finding NOTIFIED with the link to its open issue', () => {
    const v = unexpected(relayed('f1'));
    expect(sync([v], [ref('f1')], [[v, 7]])).toEqual([
      {
        status: 'NOTIFIED',
        note: 'Portwarden: tracked in GitHub issue acme/security#7 https://github.com/acme/security/issues/7',
        findings: [{ Id: 'f1', ProductArn: 'arn:aws:securityhub:eu-west-1::product/aws/inspector' }],
      },
    ]);
  });

  it('marks an allowed finding SUPPRESSED with the rule and its reason', () => {
    const v = allowedBy('web', relayed('f1'));
    expect(sync([v], [ref('f1')])).toEqual([
      {
        status: 'SUPPRESSED',
        note: 'Portwarden: allowed by the allowlist of acme/security: rule web (reviewed in SEC-1)',
        findings: [expect.objectContaining({ Id: 'f1' })],
      },
    ]);
  });

  it('writes nothing when the status is already right', () => {
    const tracked = unexpected(relayed('f1'));
    const allowed = allowedBy('web', relayed('f2', range(443)));
    expect(sync([tracked, allowed], [ref('f1', 'NOTIFIED'), ref('f2', 'SUPPRESSED')], [[tracked, 7]])).toEqual([]);
  });

  it('changes its own status that is no longer right: a finding it suppressed whose rule was removed now has an issue', () => {
    const v = unexpected(relayed('f1'));
    expect(sync([v], [{ ...ref('f1', 'SUPPRESSED'), noteBy: 'portwarden' }], [[v, 9]])).toEqual([
      expect.objectContaining({ status: 'NOTIFIED' }),
    ]);
  });

  it('leaves a status a person set: RESOLVED or SUPPRESSED with their own note', () => {
    const v = unexpected(relayed('f1'));
    const allowed = allowedBy('web', relayed('f2', range(443)));
    expect(sync([v, allowed], [{ ...ref('f1', 'SUPPRESSED'), noteBy: 'alice' }, ref('f2', 'RESOLVED')], [[v, 9]])).toEqual([]);
  });

  it('leaves alone a finding without an open issue yet, an ignored one, and one it did not read from Security Hub', () => {
    const waiting = unexpected(relayed('f1'));
    const ignored = evaluate([exposure({ ...relayed('f2'), severity: 'low' })], allowlist(), evalOptions({ minSeverity: 'high' }))
      .verdicts[0]!;
    const direct = unexpected({ ports: range(3389), findingIds: ['arn:aws:inspector2:eu-west-1:111122223333:finding/direct'] });
    expect(ignored.status).toBe('ignored');
    expect(sync([waiting, ignored, direct], [ref('f1'), ref('f2')], [[direct, 3]])).toEqual([]);
  });

  it('a finding with several ports: NOTIFIED if any tracked port is unexpected, SUPPRESSED only when every port is allowed', () => {
    const tcp = unexpected({ ...relayed('agg', range(8080)) });
    const udp = allowedBy('web', { ...relayed('agg', range(1194)), protocol: 'udp' });
    expect(sync([tcp, udp], [ref('agg')], [[tcp, 4]])).toEqual([
      expect.objectContaining({ status: 'NOTIFIED', findings: [expect.objectContaining({ Id: 'agg' })] }),
    ]);
    expect(sync([tcp, udp], [ref('agg')])).toEqual([]);
  });

  it('batches findings with the same status and note, at most 100 per request', () => {
    const verdicts = Array.from({ length: 250 }, (_, n) =>
      allowedBy('web', relayed(`f${String(n).padStart(3, '0')}`, range(443), `i-${n.toString(16).padStart(17, '0')}`)),
    );
    const updates = sync(
      verdicts,
      verdicts.map((v) => ref(v.exposure.findingIds[0]!)),
    );
    expect(updates.map((u) => u.findings.length)).toEqual([MAX_FINDINGS_PER_UPDATE, MAX_FINDINGS_PER_UPDATE, 50]);
    expect(new Set(updates.flatMap((u) => u.findings.map((f) => f.Id))).size).toBe(250);
  });

  it("keeps the note within Security Hub's 512 characters", () => {
    const v = allowedBy('web', relayed('f1'));
    const [update] = sync([v], [ref('f1')], [], [rule({ id: 'web', reason: 'x'.repeat(900) })]);
    expect(update!.note).toHaveLength(512);
  });
});
