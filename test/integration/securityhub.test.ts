// Source securityhub through the CLI bundle: findings of both Inspector versions imported into
// moto's Security Hub (which pages GetFindings but ignores its Filters), the aggregator and
// write-back answered by a recording front (moto lacks them), issues in the OpenAPI-validated
// GitHub server.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchImportFindingsCommand, CreateMembersCommand, SecurityHubClient, type AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report/report.js';
import { securityHubFilters } from '../../src/aws/sources/securityhub.js';
import { runInstance, v2Finding } from '../support/aws-seed.js';
import { asffFromClassic, asffFromInspector2 } from '../support/asff.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { awsEnv, motoAvailable, startMoto, TEST_ACCOUNT, testCredentials, type Moto } from '../support/moto.js';
import { startSecurityHubFront, type SecurityHubFront } from '../support/securityhub-front.js';
import { runCli } from '../support/run-dist.js';

const HUB = 'eu-west-1';
const LINKED = 'us-east-1';
const MEMBER = '222233334444';
const TOKEN = 'ghp_portwardensecurityhub';
const MEMBER_FINDINGS = 130;

describe.skipIf(!motoAvailable)('source securityhub', () => {
  let moto: Moto;
  let front: SecurityHubFront;
  let github: FakeGitHub;
  let web: string;
  let db: string;
  let vpn: string;
  const dir = mkdtempSync(join(tmpdir(), 'portwarden-securityhub-'));
  writeFileSync(
    join(dir, 'allowlist.json'),
    JSON.stringify({
      rules: [
        { id: 'web', match: { tags: { Team: 'web' } }, allow: { tcp: [443] }, reason: 'public web, SEC-12' },
        { id: 'member-alb', match: { accounts: [MEMBER] }, allow: { tcp: [8080] }, reason: 'behind the ALB, SEC-40' },
      ],
    }),
  );

  beforeAll(async () => {
    moto = await startMoto();
    web = await runInstance(moto.url, HUB, { Name: 'web-1', Team: 'web' });
    db = await runInstance(moto.url, HUB, { Name: 'db-1' });
    vpn = await runInstance(moto.url, LINKED, { Name: 'vpn-1' });
    const hub = new SecurityHubClient({ region: HUB, endpoint: moto.url, credentials: testCredentials });
    await hub.send(new CreateMembersCommand({ AccountDetails: [{ AccountId: MEMBER, Email: 'member@example.com' }] }));
    const at = (accountId: string, region: string, instanceId: string, from: number, protocol: 'TCP' | 'UDP' = 'TCP') =>
      v2Finding({ accountId, region, instanceId, protocol, from });
    const classicAggregate = asffFromClassic({
      arn: `arn:aws:inspector:${LINKED}:${TEST_ACCOUNT}:target/0-Ab3dEf9H/template/0-Kq7LmN2p/run/0-Zx81YwVu/finding/0-Lp4Qs8Tu`,
      id: 'Network exposure from the internet',
      title: `Aggregate network exposure: On instance ${vpn}, ports are reachable from the internet through ENI eni-0f1e2d3c4b5a69788 and security group sg-0a9b8c7d6e5f40312`,
      severity: 'Informational',
      createdAt: '2026-11-20T06:00:00.000Z',
      updatedAt: '2026-11-22T06:00:00.000Z',
      attributes: [
        { key: 'INSTANCE_ID', value: vpn },
        { key: 'RULE_TYPE', value: 'NetworkExposure' },
        { key: 'REACHABILITY_TYPE', value: 'Internet' },
        { key: 'PROTOCOL', value: 'TCP' },
        { key: 'TCP_PORTS', value: '[[22 - 22]]' },
        { key: 'UDP_PORTS', value: '[[1194 - 1194]]' },
        { key: 'IGW', value: 'igw-0e1d2c3b4a5f60789' },
        { key: 'SECURITY_GROUP', value: 'sg-0a9b8c7d6e5f40312' },
      ],
    });
    const findings = [
      asffFromInspector2(at(TEST_ACCOUNT, HUB, web, 443)),
      asffFromInspector2(at(TEST_ACCOUNT, HUB, web, 22)),
      asffFromInspector2(at(TEST_ACCOUNT, HUB, db, 5432), { portsIn: 'network-path' }),
      classicAggregate,
      // Not Portwarden's: archived, a CVE, another product.
      asffFromInspector2(at(TEST_ACCOUNT, HUB, db, 3306), { recordState: 'ARCHIVED' }),
      {
        ...asffFromInspector2({ ...at(TEST_ACCOUNT, HUB, db, 1), type: 'PACKAGE_VULNERABILITY', networkReachabilityDetails: undefined }),
        Title: 'CVE-2024-6387 - openssh',
      },
      {
        ...asffFromInspector2(at(TEST_ACCOUNT, HUB, db, 6379)),
        ProductName: 'GuardDuty',
        ProductArn: `arn:aws:securityhub:${HUB}::product/aws/guardduty`,
      },
      // A member's ALB targets, allowed by rule: enough to need a second page.
      ...Array.from({ length: MEMBER_FINDINGS }, (_, n) =>
        asffFromInspector2(at(MEMBER, HUB, `i-${(0xa000 + n).toString(16).padStart(17, '0')}`, 8080)),
      ),
    ];
    for (let i = 0; i < findings.length; i += 100) {
      const response = await hub.send(
        new BatchImportFindingsCommand({ Findings: findings.slice(i, i + 100) as unknown as AwsSecurityFinding[] }),
      );
      expect(response.FailedCount).toBe(0);
    }
  });
  afterAll(async () => {
    await moto?.stop();
  });
  beforeEach(async () => {
    front = await startSecurityHubFront(moto.url);
    front.aggregator = { region: HUB, mode: 'SPECIFIED_REGIONS', regions: [LINKED] };
    github = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN });
  });
  afterEach(async () => {
    expect(github.violations).toEqual([]);
    await github.close();
    await front.close();
  });

  const portwarden = (...extra: string[]) =>
    runCli(
      ['report', '--source', 'securityhub', '--allowlist', join(dir, 'allowlist.json'), '--today', '2026-11-23', ...extra],
      undefined,
      {
        ...awsEnv(moto.url, { AWS_ENDPOINT_URL_SECURITYHUB: front.url }),
        GITHUB_TOKEN: TOKEN,
        GITHUB_API_URL: github.url,
      },
    );
  const key = (e: { resource: { id: string }; protocol: string; ports: { from: number; to: number } }) =>
    `${e.resource.id} ${e.protocol} ${e.ports.from}-${e.ports.to}`;

  it('reads both Inspector versions for the members and linked regions, every page, with the filters built for the scopes', async () => {
    const { status, stdout, stderr } = await portwarden('--json');
    expect(stderr).not.toMatch(/Error/);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as Report;
    const byStatus = (s: string) =>
      report.exposures
        .filter((e) => e.status === s)
        .map(key)
        .sort();
    expect(byStatus('unexpected')).toEqual([`${db} tcp 5432-5432`, `${vpn} tcp 22-22`, `${vpn} udp 1194-1194`, `${web} tcp 22-22`].sort());
    expect(byStatus('expected')).toHaveLength(1 + MEMBER_FINDINGS);
    expect(report.exposures.every((e) => e.sources.join() === 'securityhub')).toBe(true);
    // EC2 facts for the caller's instances, in the hub and in the linked region.
    expect(report.exposures.find((e) => e.resource.id === vpn)?.resource.name).toBe('vpn-1');
    expect(report.exposures.find((e) => e.resource.id === db)?.instanceState).toBe('running');
    // Scopes: the hub's members and the aggregator's regions, not the places that have findings.
    expect(report.scopes.map((s) => `${s.source} ${s.accountId} ${s.region} ${s.status}`).sort()).toEqual(
      [`${MEMBER} ${HUB}`, `${MEMBER} ${LINKED}`, `${TEST_ACCOUNT} ${HUB}`, `${TEST_ACCOUNT} ${LINKED}`]
        .map((p) => `securityhub ${p} complete`)
        .sort(),
    );
    const reads = front.log.filter((r) => r.operation === 'GetFindings');
    expect(reads).toHaveLength(2);
    expect(reads.every((r) => r.region === HUB)).toBe(true);
    expect(reads[0]!.body.Filters).toEqual(securityHubFilters([TEST_ACCOUNT, MEMBER].sort(), [HUB, LINKED].sort()));
    expect(reads[0]!.body.MaxResults).toBe(100);
    expect(reads[1]!.body.NextToken).toEqual(expect.any(String));
    expect(front.log.filter((r) => r.operation === 'BatchUpdateFindings')).toEqual([]);
  });

  it("writes Security Hub's workflow: NOTIFIED with the issue, SUPPRESSED with the rule, then nothing while nothing changes", async () => {
    const first = await portwarden('--repo', 'acme/security', '--securityhub-workflow-sync');
    expect(first.status).toBe(0);
    expect(github.issues).toHaveLength(4);
    const updates = front.log
      .filter((r) => r.operation === 'BatchUpdateFindings')
      .map(
        (r) => r.body as { FindingIdentifiers: { Id: string }[]; Workflow: { Status: string }; Note: { Text: string; UpdatedBy: string } },
      );
    const notified = updates.filter((u) => u.Workflow.Status === 'NOTIFIED');
    const suppressed = updates.filter((u) => u.Workflow.Status === 'SUPPRESSED');
    // One NOTIFIED per issue (the Classic aggregate's two ports share the older issue), SUPPRESSED batched per rule.
    expect(notified).toHaveLength(3);
    for (const u of notified) {
      const number = Number(/acme\/security#(\d+) /.exec(u.Note.Text)?.[1]);
      expect(github.issues.find((i) => i.number === number)?.state).toBe('open');
      expect(u.Note.Text).toContain(`${github.url}/acme/security/issues/${number}`);
      expect(u.FindingIdentifiers).toHaveLength(1);
    }
    expect(new Set(notified.map((u) => u.Note.Text)).size).toBe(3);
    expect(suppressed.map((u) => [u.FindingIdentifiers.length, u.Note.Text]).sort()).toEqual(
      [
        [1, 'Portwarden: allowed by the allowlist of acme/security: rule web (public web, SEC-12)'],
        [30, 'Portwarden: allowed by the allowlist of acme/security: rule member-alb (behind the ALB, SEC-40)'],
        [100, 'Portwarden: allowed by the allowlist of acme/security: rule member-alb (behind the ALB, SEC-40)'],
      ].sort(),
    );
    expect(updates.every((u) => u.Note.UpdatedBy === 'portwarden')).toBe(true);
    expect(first.stdout).toContain('Security Hub workflow: set 3 finding(s) NOTIFIED and 131 SUPPRESSED in 6 request(s).');

    const before = { github: github.log.length, hub: front.log.length };
    const second = await portwarden('--repo', 'acme/security', '--securityhub-workflow-sync');
    expect(second.status).toBe(0);
    expect(github.writes(before.github)).toEqual([]);
    expect(front.log.slice(before.hub).filter((r) => r.operation === 'BatchUpdateFindings')).toEqual([]);
  });

  it('a failed GetFindings makes its scopes incomplete: the run fails and no issue is closed or written', async () => {
    await portwarden('--repo', 'acme/security');
    expect(github.issues.filter((i) => i.state === 'open')).toHaveLength(4);
    front.failures.set('GetFindings', 'AccessDeniedException');
    const before = github.log.length;
    const { status, stdout } = await portwarden('--repo', 'acme/security', '--securityhub-workflow-sync');
    expect(status).toBe(1);
    expect(stdout).toMatch(
      /incomplete +securityhub 123456789012\/eu-west-1: SecurityHub GetFindings failed for .*AccessDeniedException.*securityhub:GetFindings/,
    );
    expect(github.writes(before)).toEqual([]);
    expect(front.log.filter((r) => r.operation === 'BatchUpdateFindings')).toEqual([]);
  });

  it('a GetFindings that fails on its second page keeps none of the first: the scopes are incomplete, their issues stay', async () => {
    await portwarden('--repo', 'acme/security');
    const open = github.issues.filter((i) => i.state === 'open').length;
    front.failWhen = (operation, body) => (operation === 'GetFindings' && body.NextToken ? 'InternalServerException' : undefined);
    const before = github.log.length;
    const { status, stdout } = await portwarden('--repo', 'acme/security', '--json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.exposures).toEqual([]);
    expect(
      report.scopes.every((s) => s.status === 'incomplete' && /GetFindings failed .*InternalServerException/.test(s.reason ?? '')),
    ).toBe(true);
    expect(github.writes(before)).toEqual([]);
    expect(github.issues.filter((i) => i.state === 'open')).toHaveLength(open);
  });

  it('without the member list, every scope is incomplete and names securityhub:ListMembers', async () => {
    front.failures.set('ListMembers', 'AccessDeniedException');
    const { status, stdout } = await portwarden('--json', '--accounts', TEST_ACCOUNT);
    expect(status).toBe(1);
    for (const scope of (JSON.parse(stdout) as Report).scopes)
      expect(scope).toMatchObject({
        status: 'incomplete',
        reason: expect.stringMatching(/SecurityHub ListMembers failed .*securityhub:ListMembers/),
      });
  });

  it("without the aggregator's regions, every scope is incomplete and the message names the call and the fix", async () => {
    front.failures.set('ListFindingAggregators', 'AccessDeniedException');
    const { status, stdout } = await portwarden('--json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.scopes.length).toBeGreaterThan(0);
    for (const scope of report.scopes) {
      expect(scope.status).toBe('incomplete');
      expect(scope.reason).toMatch(
        /SecurityHub ListFindingAggregators failed .*securityhub:ListFindingAggregators.*nothing is closed until/,
      );
    }
    expect(front.log.filter((r) => r.operation === 'GetFindings')).toEqual([]);
  });

  it('an aggregator linking all regions but some: every enabled region except those is a scope', async () => {
    front.aggregator = { region: HUB, mode: 'ALL_REGIONS_EXCEPT_SPECIFIED', regions: [LINKED] };
    const { status, stdout } = await portwarden('--json', '--accounts', TEST_ACCOUNT);
    expect(status).toBe(0);
    const regions = [...new Set((JSON.parse(stdout) as Report).scopes.map((s) => s.region))];
    const { EC2Client, DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
    const enabled = (
      (await new EC2Client({ region: HUB, endpoint: moto.url, credentials: testCredentials }).send(new DescribeRegionsCommand({})))
        .Regions ?? []
    ).map((r) => r.RegionName!);
    expect(enabled.length).toBeGreaterThan(20);
    expect(regions.sort()).toEqual(enabled.filter((r) => r !== LINKED).sort());
    // 20 regions per filter: the regions take two reads, and the hub findings are still found.
    expect(front.log.filter((r) => r.operation === 'GetFindings').length).toBeGreaterThanOrEqual(2);
    expect((JSON.parse(stdout) as Report).exposures.some((e) => e.resource.id === web)).toBe(true);
  });

  it('configured accounts and regions replace discovery, read in the aggregation region; places the hub does not cover are incomplete', async () => {
    const outsider = '999988887777';
    const { status, stdout } = await portwarden(
      '--json',
      '--accounts',
      `${TEST_ACCOUNT},${outsider}`,
      '--regions',
      `${LINKED},${HUB},ap-south-1`,
    );
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as Report;
    const scopes = Object.fromEntries(report.scopes.map((s) => [`${s.accountId} ${s.region}`, s]));
    expect(Object.keys(scopes).sort()).toEqual(
      [TEST_ACCOUNT, outsider].flatMap((a) => [`${a} ${HUB}`, `${a} ${LINKED}`, `${a} ap-south-1`]).sort(),
    );
    expect(scopes[`${TEST_ACCOUNT} ${HUB}`]!.status).toBe('complete');
    expect(scopes[`${TEST_ACCOUNT} ${LINKED}`]!.status).toBe('complete');
    expect(scopes[`${TEST_ACCOUNT} ap-south-1`]).toMatchObject({
      status: 'incomplete',
      reason: expect.stringMatching(
        /ap-south-1 is not linked to Security Hub's aggregation region eu-west-1.*link it in the finding aggregator/,
      ),
    });
    expect(scopes[`${outsider} ${HUB}`]).toMatchObject({
      status: 'incomplete',
      reason: expect.stringMatching(/999988887777 is not an enabled Security Hub member of 123456789012/),
    });
    expect(report.exposures.some((e) => e.accountId === MEMBER)).toBe(false);
    // The linked region was listed first; Security Hub is still read where the findings are.
    const reads = front.log.filter((r) => r.operation === 'GetFindings');
    expect([...new Set(reads.map((r) => r.region))]).toEqual([HUB]);
    expect(reads[0]!.body.Filters).toEqual(securityHubFilters([TEST_ACCOUNT], [HUB, LINKED].sort()));
    expect(report.exposures.find((e) => e.resource.id === vpn)?.status).toBe('unexpected');
  });

  it('a region with no finding aggregator holds only its own findings', async () => {
    front.aggregator = undefined;
    const { stdout } = await portwarden('--json', '--accounts', TEST_ACCOUNT, '--regions', `${HUB},${LINKED}`);
    const scopes = (JSON.parse(stdout) as Report).scopes;
    expect(scopes.map((s) => `${s.region} ${s.status}`).sort()).toEqual([`${HUB} complete`, `${LINKED} incomplete`]);
  });
});
