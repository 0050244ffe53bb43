// The lifecycle's edge cases through the CLI (`--repo`), against moto and the OpenAPI-validated
// GitHub server: each asserts the fake's final state and its request log.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enableEc2Scanning, queueV2Findings, runInstance, stopInstance, terminateInstance, v2Finding } from '../support/aws-seed.js';
import { startFaultProxy, type AwsFault, type FaultProxy } from '../support/aws-fault-proxy.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { awsEnv, motoAvailable, startMoto, TEST_ACCOUNT, type Moto } from '../support/moto.js';
import { runCli } from '../support/run-dist.js';

const REGION = 'eu-west-1';
const TOKEN = 'ghp_portwardencasestoken';

describe.skipIf(!motoAvailable)('issue lifecycle cases', () => {
  let moto: Moto;
  let proxy: FaultProxy;
  let github: FakeGitHub;
  let web: string;
  let batch: string;
  const hidden = new Set<string>();
  let awsFault: ((path: string) => AwsFault | undefined) | undefined;
  const allowlistDir = mkdtempSync(join(tmpdir(), 'portwarden-cases-'));
  writeFileSync(join(allowlistDir, 'allowlist.json'), JSON.stringify({ rules: [] }));

  beforeAll(async () => {
    moto = await startMoto();
    web = await runInstance(moto.url, REGION, { Name: 'web-1' });
    batch = await runInstance(moto.url, REGION, { Name: 'batch-1' });
    await enableEc2Scanning(moto.url, REGION, TEST_ACCOUNT);
    const at = { accountId: TEST_ACCOUNT, region: REGION, protocol: 'TCP' as const };
    await queueV2Findings(moto, TEST_ACCOUNT, REGION, [
      v2Finding({ ...at, instanceId: web, from: 22 }),
      v2Finding({ ...at, instanceId: batch, from: 8080 }),
    ]);
    proxy = await startFaultProxy(
      moto.url,
      (request) => awsFault?.(request.path),
      (request, body) => {
        if (!request.path.startsWith('/findings/list')) return body;
        const page = JSON.parse(body) as { findings: { resources: { id: string }[] }[] };
        page.findings = page.findings.filter((f) => !hidden.has(f.resources[0]!.id));
        return JSON.stringify(page);
      },
    );
  });
  afterAll(async () => {
    await proxy?.close();
    await moto?.stop();
  });
  beforeEach(async () => {
    hidden.clear();
    awsFault = undefined;
    github = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN, private: true });
  });
  afterEach(async () => {
    expect(github.violations).toEqual([]);
    await github.close();
  });

  const portwarden = (...extra: string[]) =>
    runCli(
      ['report', '--source', 'inspector2', '--repo', 'acme/security', '--allowlist', join(allowlistDir, 'allowlist.json'), ...extra],
      undefined,
      {
        ...awsEnv(proxy.url),
        GITHUB_TOKEN: TOKEN,
        GITHUB_API_URL: github.url,
      },
    );
  const issueOf = (instanceId: string) => github.issues.filter((i) => i.title.includes(instanceId));

  it('prints the plan with --dry-run and writes nothing', async () => {
    const { status, stdout } = await portwarden('--dry-run');
    expect(status).toBe(0);
    expect(stdout).toMatch(/Issues \(2\):\n  planned +create [^\n]* TCP (22|8080) \(new\)\n  planned +create [^\n]* TCP (22|8080) \(new\)/);
    expect(github.writes()).toEqual([]);
  });

  const reads = (from: number) =>
    github.log
      .slice(from)
      .filter((r) => r.method === 'GET')
      .map(
        (r) =>
          `${r.path}${r.path === '/repos/acme/security/issues' ? ` ${new URLSearchParams(r.query).has('creator') ? 'by creator' : 'by label'}` : ''}`,
      );

  it.each([
    ['one search finds it', 'ok', 'search'],
    ['the search times out and the exact listing finds it', 'incomplete', 'creator'],
    ['the search is unavailable and the exact listing finds it', 'unavailable', 'creator'],
  ] as const)('restores the label a person removed instead of opening a duplicate: %s', async (_, search, via) => {
    await portwarden();
    const issue = issueOf(web)[0]!;
    issue.labels = ['severity:medium'];
    github.search = search;
    const before = github.log.length;
    const { status } = await portwarden();
    expect(status).toBe(0);
    expect(issueOf(web)).toHaveLength(1);
    expect(issue.labels.sort()).toEqual(['portwarden', 'severity:medium']);
    expect(github.writes(before).map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH /repos/acme/security/issues/${issue.number}`]);
    const listings = reads(before).filter((r) => r !== '/repos/acme/security' && r !== '/repos/acme/security/labels');
    // One search and no retries of it: the exact listing is the fallback.
    expect(listings.filter((r) => r === '/search/issues')).toHaveLength(1);
    expect(listings.filter((r) => r.endsWith('by label'))).toHaveLength(1);
    expect(listings.filter((r) => r.endsWith('by creator'))).toHaveLength(via === 'creator' ? 1 : 0);
  });

  it('closes an issue whose label a person removed once its port is gone', async () => {
    await portwarden();
    const issue = issueOf(web)[0]!;
    issue.labels = [];
    hidden.add(web);
    const before = github.log.length;
    expect((await portwarden()).status).toBe(0);
    expect(issue.state).toBe('closed');
    expect(issueOf(web)).toHaveLength(1);
    expect(github.writes(before).map((w) => `${w.method} ${w.path}`)).toEqual([
      `PATCH /repos/acme/security/issues/${issue.number}`,
      `POST /repos/acme/security/issues/${issue.number}/comments`,
    ]);
  });

  it('stays within max-writes, labels included, and the next run makes what was deferred', async () => {
    // Two new ports (an issue and its identity comment each) and two labels the repository
    // lacks: 6 writes needed, 4 allowed.
    const first = await portwarden('--max-writes', '4');
    expect(first.status).toBe(0);
    expect(github.writes().map((w) => `${w.method} ${w.path.replace(/\d+/, 'N')}`)).toEqual([
      'POST /repos/acme/security/labels',
      'POST /repos/acme/security/labels',
      'POST /repos/acme/security/issues',
      'POST /repos/acme/security/issues/N/comments',
    ]);
    expect(first.stdout).toMatch(/deferred +create .*\(new: max-writes \(4\) reached\)/);
    expect(first.stdout).toContain('1 issue change(s) deferred: max-writes (4) reached after creating labels; the next run makes them');
    const before = github.log.length;
    expect((await portwarden('--max-writes', '4')).status).toBe(0);
    expect(github.writes(before).map((w) => `${w.method} ${w.path.replace(/\d+/, 'N')}`)).toEqual([
      'POST /repos/acme/security/issues',
      'POST /repos/acme/security/issues/N/comments',
    ]);
    expect(github.issues).toHaveLength(2);
  });

  it('reopens an issue a person closed as not planned, explaining why, unless told not to', async () => {
    await portwarden();
    const issue = issueOf(web)[0]!;
    Object.assign(issue, { state: 'closed', state_reason: 'not_planned' });
    const acknowledged = await portwarden('--reopen-manually-closed', 'false');
    expect(acknowledged.stdout).toMatch(/held +hold #\d+ .* \(acknowledged/);
    expect(issue.state).toBe('closed');
    await portwarden();
    expect(issue.state).toBe('open');
    expect(issue.comments.map((c) => c.body)).toEqual([
      expect.stringContaining('Portwarden tracks this issue by the identity below'),
      expect.stringContaining('only an allowlist rule (a reviewed pull request to `allowlist.json`) silences an alert'),
    ]);
  });

  it('never closes on an incomplete scan, and fails the run', async () => {
    await portwarden();
    awsFault = (path) =>
      path.startsWith('/findings/list') ? { status: 403, code: 'AccessDeniedException', message: 'denied' } : undefined;
    const before = github.log.length;
    const { status, stdout, stderr } = await portwarden();
    expect(status).toBe(1);
    expect(stderr).toContain('1 scope(s) incomplete or stale');
    expect(stdout).toMatch(/held +hold #\d+ .* \(scope-incomplete/);
    expect(github.writes(before)).toEqual([]);
    expect(github.issues.every((i) => i.state === 'open')).toBe(true);
  });

  it('refuses to write issues to a public repository before any AWS call', async () => {
    const open = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN, private: false });
    try {
      const calls = proxy.log.length;
      const result = await runCli(
        ['report', '--source', 'inspector2', '--repo', 'acme/security', '--allowlist', join(allowlistDir, 'allowlist.json')],
        undefined,
        {
          ...awsEnv(proxy.url),
          GITHUB_TOKEN: TOKEN,
          GITHUB_API_URL: open.url,
        },
      );
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('acme/security is public, and Portwarden issues describe your attack surface');
      expect(open.writes()).toEqual([]);
      expect(proxy.log.length).toBe(calls);
    } finally {
      await open.close();
    }
  });

  // Last: these change the moto estate for good.
  it("leaves a stopped instance's issue alone, and closes it once the instance is terminated", async () => {
    await portwarden();
    const issue = issueOf(batch)[0]!;
    await stopInstance(moto.url, REGION, batch);
    hidden.add(batch); // Inspector reports nothing for a stopped instance
    let before = github.log.length;
    const stopped = await portwarden();
    expect(stopped.status).toBe(0);
    expect(stopped.stdout).toMatch(/held +hold #\d+ .* \(instance-stopped/);
    expect(github.writes(before)).toEqual([]);

    await terminateInstance(moto.url, REGION, batch);
    before = github.log.length;
    await portwarden();
    expect(issue.state).toBe('closed');
    expect(issue.comments.slice(1).map((c) => c.body)).toEqual([`Closing: the instance ${batch} is terminated.`]);
    expect(github.writes(before).map((w) => w.method)).toEqual(['PATCH', 'POST']);
  });
});
