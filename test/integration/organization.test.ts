// An AWS Organization end to end: the CLI lists the organization's accounts, assumes the
// member role once per member account (through a proxy in front of moto that can deny one),
// reads security groups and EC2 facts in every (account, region), and keeps one issue per
// port in the local OpenAPI-validated GitHub server across stops, denials and terminations.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrganization, startInstanceIn, stopInstanceIn, terminateInstanceIn, type SeededOrganization } from '../support/aws-org.js';
import { startFaultProxy, type FaultProxy, type RequestInfo } from '../support/aws-fault-proxy.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { awsEnv, motoAvailable, startMoto, type Moto } from '../support/moto.js';
import { runCli } from '../support/run-dist.js';

const REGIONS = ['eu-west-1', 'us-east-1'];
const PORTS = [22, 5432];
const TOKEN = 'ghs_portwardenorgtest';

interface Report {
  exposures: { accountId: string; region: string; resource: { id: string }; ports: { from: number }; status: string }[];
  scopes: { source: string; accountId: string; region: string; status: string; reason?: string }[];
}

describe.skipIf(!motoAvailable)('an organization of five member accounts in two regions', () => {
  let moto: Moto;
  let proxy: FaultProxy;
  let org: SeededOrganization;
  let denied = new Set<string>();
  const allowlist = join(mkdtempSync(join(tmpdir(), 'portwarden-org-')), 'allowlist.json');

  beforeAll(async () => {
    moto = await startMoto();
    org = await seedOrganization(moto.url, { members: 5, regions: REGIONS, ports: PORTS });
    // SSH is allowed everywhere and PostgreSQL in three accounts: the inbox holds 5432 of
    // members 0-2 in both regions, six issues (GitHub paces creates; more would only be slower).
    const quiet = [org.management, org.members[3]!, org.members[4]!];
    writeFileSync(
      allowlist,
      JSON.stringify({
        rules: [
          { id: 'ssh', match: { accounts: [org.management, ...org.members] }, allow: { tcp: [22] }, reason: 'bastions everywhere' },
          { id: 'postgres', match: { accounts: quiet }, allow: { tcp: [5432] }, reason: 'replicas behind client TLS' },
        ],
      }),
    );
    const assumeInto = (request: RequestInfo) =>
      request.operation === 'AssumeRole' ? /RoleArn=arn%3Aaws%3Aiam%3A%3A(\d{12})%3A/.exec(request.body)?.[1] : undefined;
    proxy = await startFaultProxy(moto.url, (request) => {
      const account = assumeInto(request);
      return account && denied.has(account)
        ? { status: 403, code: 'AccessDenied', message: `User is not authorized to perform: sts:AssumeRole on ${account}` }
        : undefined;
    });
  }, 120_000);
  afterAll(async () => {
    await proxy?.close();
    await moto?.stop();
  });

  const portwarden = (extra: string[], github?: FakeGitHub) =>
    runCli(
      [
        'report',
        '--source',
        'security-groups',
        '--accounts',
        'all',
        '--member-role',
        'PortwardenReadOnly',
        '--regions',
        REGIONS.join(','),
        '--allowlist',
        allowlist,
        ...extra,
      ],
      undefined,
      { ...awsEnv(proxy.url), ...(github ? { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url } : {}) },
    );
  const operations = (from: number, name: string) => proxy.log.slice(from).filter((r) => r.operation === name);

  it('reads every exposure of every account with one AssumeRole per member, and a denied member is incomplete alone', async () => {
    const victim = org.members[3]!;
    denied = new Set([victim]);
    const from = proxy.log.length;
    const { status, stdout, stderr } = await portwarden([
      '--json',
      '--member-role-external-id',
      'acme-portwarden',
      '--role-duration-seconds',
      '7200',
    ]);
    denied = new Set();
    const report = JSON.parse(stdout) as Report;

    const seen = report.exposures.map((e) => `${e.accountId}/${e.region}/${e.resource.id}/${e.ports.from}`).sort();
    const expected = org.units
      .filter((u) => u.accountId !== victim)
      .flatMap((u) => u.instanceIds.flatMap((id) => PORTS.map((port) => `${u.accountId}/${u.region}/${id}/${port}`)))
      .sort();
    expect(seen).toEqual(expected);
    expect(seen.some((e) => e.startsWith(org.management))).toBe(true);

    const incomplete = report.scopes.filter((s) => s.status !== 'complete');
    expect(incomplete.map((s) => `${s.accountId}/${s.region}`).sort()).toEqual(REGIONS.map((r) => `${victim}/${r}`).sort());
    expect(incomplete[0]!.reason).toContain(`arn:aws:iam::${victim}:role/PortwardenReadOnly`);
    expect(incomplete[0]!.reason).toMatch(/AccessDenied.*trust policy must trust the base role/);
    expect(report.scopes.filter((s) => s.status === 'complete')).toHaveLength((org.members.length + 1 - 1) * REGIONS.length);
    // Exit 1 under fail-on-incomplete, after reporting everything else.
    expect(status).toBe(1);
    expect(stderr).not.toMatch(/TypeError|at .*\.js:\d+/);

    const assumed = operations(from, 'AssumeRole').map((r) => /%3A(\d{12})%3Arole/.exec(r.body)?.[1]);
    expect(assumed.sort()).toEqual([...org.members].sort());
    // Role chaining caps the member session at an hour, whatever the base session asks.
    for (const call of operations(from, 'AssumeRole')) expect(call.body).toMatch(/DurationSeconds=3600&ExternalId=acme-portwarden(&|$)/);
    expect(operations(from, 'ListAccounts').length).toBe(1);
  });

  it('keeps a member instance stopped and a denied member quiet, then closes a terminated one', { timeout: 240_000 }, async () => {
    const github = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN, private: true });
    try {
      const repo = ['--repo', 'acme/security'];
      const first = await portwarden(repo, github);
      expect(first.status).toBe(0);
      const loud = org.units.filter((u) => org.members.slice(0, 3).includes(u.accountId));
      expect(
        github.issues
          .filter((i) => i.state === 'open')
          .map((i) => i.title.match(/i-[0-9a-f]+/)?.[0])
          .sort(),
      ).toEqual(loud.flatMap((u) => u.instanceIds).sort());

      // Week 2: a member instance stops, and another member's role breaks. Nothing is owed.
      const sleeper = org.units.find((u) => u.accountId === org.members[0] && u.region === 'us-east-1')!;
      await stopInstanceIn(moto.url, sleeper.accountId, sleeper.region, sleeper.instanceIds[0]!);
      denied = new Set([org.members[1]!]);
      const writes = github.writes().length;
      const second = await portwarden(repo, github);
      expect(second.status).toBe(1);
      expect(github.writes().slice(writes)).toEqual([]);
      expect(second.stdout).toContain('instance-stopped');
      expect(second.stdout).toContain('scope-incomplete');

      // Week 3: it starts again and the role is fixed: still nothing.
      await startInstanceIn(moto.url, sleeper.accountId, sleeper.region, sleeper.instanceIds[0]!);
      denied = new Set();
      const third = await portwarden(repo, github);
      expect(third.status).toBe(0);
      expect(github.writes().slice(writes)).toEqual([]);

      // Week 4: a member instance is terminated: its issue closes with that reason.
      const gone = org.units.find((u) => u.accountId === org.members[2] && u.region === 'eu-west-1')!;
      await terminateInstanceIn(moto.url, gone.accountId, gone.region, gone.instanceIds[0]!);
      const fourth = await portwarden(repo, github);
      expect(fourth.status).toBe(0);
      const closed = github.issues.filter((i) => i.state === 'closed');
      expect(closed.map((i) => i.title.includes(gone.instanceIds[0]!))).toEqual([true]);
      expect(fourth.stdout).toMatch(/close[^\n]*terminated/);
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
    }
  });
});

describe.skipIf(!motoAvailable)('an organization read with regions all', () => {
  let moto: Moto;
  let proxy: FaultProxy;
  let org: SeededOrganization;
  let listDenied = false;
  const allowlist = join(mkdtempSync(join(tmpdir(), 'portwarden-org-all-')), 'allowlist.json');

  beforeAll(async () => {
    moto = await startMoto();
    org = await seedOrganization(moto.url, { members: 3, regions: ['eu-west-1'], ports: [22] });
    writeFileSync(allowlist, JSON.stringify({ rules: [] }));
    const [victim, suspended] = [org.members[0]!, org.members[1]!];
    proxy = await startFaultProxy(
      moto.url,
      (request) => {
        if (request.operation === 'ListAccounts' && listDenied)
          return { status: 400, code: 'AccessDeniedException', message: "You don't have permissions to access this resource." };
        return request.operation === 'AssumeRole' && request.body.includes(`%3A${victim}%3Arole`)
          ? { status: 403, code: 'AccessDenied', message: 'not authorized to perform: sts:AssumeRole' }
          : undefined;
      },
      // Organizations reports one member as suspended, as it does once an account is closing.
      (request, body) => {
        if (request.operation !== 'ListAccounts') return body;
        const page = JSON.parse(body) as { Accounts: { Id: string; State?: string; Status?: string }[] };
        for (const account of page.Accounts)
          if (account.Id === suspended) Object.assign(account, { State: 'SUSPENDED', Status: 'SUSPENDED' });
        return JSON.stringify(page);
      },
    );
  }, 120_000);
  afterAll(async () => {
    await proxy?.close();
    await moto?.stop();
  });

  const portwarden = (...extra: string[]) =>
    runCli(
      [
        'report',
        '--source',
        'security-groups',
        '--accounts',
        'all',
        '--member-role',
        'PortwardenReadOnly',
        '--allowlist',
        allowlist,
        '--json',
        ...extra,
      ],
      undefined,
      awsEnv(proxy.url),
    );

  it("reads each active account's enabled regions; a member whose role fails is one incomplete scope for every region", async () => {
    const from = proxy.log.length;
    const { status, stdout } = await portwarden('--regions', 'all');
    const report = JSON.parse(stdout) as Report;
    const [victim, suspended] = [org.members[0]!, org.members[1]!];
    const read = [org.management, org.members[2]!];

    const describeRegions = proxy.log.slice(from).filter((r) => r.operation === 'DescribeRegions');
    expect(describeRegions).toHaveLength(read.length);
    const regionsOf = (account: string) =>
      report.scopes
        .filter((s) => s.accountId === account)
        .map((s) => s.region)
        .sort();
    const enabled = regionsOf(org.management);
    expect(enabled.length).toBeGreaterThan(10);
    expect(enabled).toContain('eu-west-1');
    expect(enabled).not.toContain('*');
    expect(regionsOf(org.members[2]!)).toEqual(enabled);
    expect(report.scopes.filter((s) => s.accountId === victim)).toEqual([
      expect.objectContaining({
        region: '*',
        status: 'incomplete',
        reason: expect.stringContaining(`arn:aws:iam::${victim}:role/PortwardenReadOnly`),
      }),
    ]);
    expect(report.scopes.filter((s) => s.accountId === suspended)).toEqual([]);
    expect(report.exposures.map((e) => e.accountId).sort()).toEqual(read.sort());
    expect(status).toBe(1);
  });

  it('stops with exit 2 naming organizations:ListAccounts when Organizations refuses the list', async () => {
    listDenied = true;
    const { status, stdout, stderr } = await portwarden('--regions', 'eu-west-1');
    listDenied = false;
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/accounts: all needs the organization's account list: .*AccessDeniedException.*organizations:ListAccounts/);
    expect(stderr).toContain('or list the account ids in accounts');
  });
});
