// The scheduled workflow end to end: dist/index.js as the runner runs it, AWS through the
// OIDC token at moto, issues in the local OpenAPI-validated GitHub server.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMarker } from '../../src/core/issues/marker.js';
import { enableEc2Scanning, queueV2Findings, runInstance, v2Finding } from '../support/aws-seed.js';
import { startFaultProxy, type FaultProxy } from '../support/aws-fault-proxy.js';
import { startFakeGitHub, type Fault, type FakeGitHub } from '../support/fake-github.js';
import { motoAvailable, startMoto, TEST_ACCOUNT, type Moto } from '../support/moto.js';
import { startOidcServer, type OidcServer } from '../support/oidc-server.js';
import { runAction, type ActionRun } from '../support/run-dist.js';

const REGION = 'eu-west-1';
const TOKEN = 'ghs_portwardentesttoken';

interface Estate {
  web: string;
  bastion: string;
  db: string;
}

const baseRules = [{ id: 'web', match: { name: 'web-*' }, allow: { tcp: [80, 443] }, reason: 'public web' }];
const widenedRules = [
  ...baseRules,
  { id: 'redis-partner', match: { name: 'db-1' }, allow: { tcp: [6379] }, reason: 'partner replication, SEC-42' },
];

describe.skipIf(!motoAvailable)('the scheduled workflow, three runs in a row', () => {
  let moto: Moto;
  let oidc: OidcServer;
  let estate: Estate;
  /** Ports "closed" since the scan: the proxy drops their findings from moto's answer. */
  const closedPorts = new Set<string>();
  let proxy: FaultProxy;

  beforeAll(async () => {
    moto = await startMoto();
    oidc = await startOidcServer();
    estate = {
      web: await runInstance(moto.url, REGION, { Name: 'web-1' }),
      bastion: await runInstance(moto.url, REGION, { Name: 'bastion-1' }),
      db: await runInstance(moto.url, REGION, { Name: 'db-1' }),
    };
    await enableEc2Scanning(moto.url, REGION, TEST_ACCOUNT);
    const at = { accountId: TEST_ACCOUNT, region: REGION, protocol: 'TCP' as const };
    await queueV2Findings(moto, TEST_ACCOUNT, REGION, [
      v2Finding({ ...at, instanceId: estate.web, from: 443 }),
      v2Finding({ ...at, instanceId: estate.web, from: 22 }),
      v2Finding({ ...at, instanceId: estate.bastion, from: 22, severity: 'HIGH' }),
      v2Finding({ ...at, instanceId: estate.db, from: 5432 }),
      v2Finding({ ...at, instanceId: estate.db, from: 6379 }),
    ]);
    proxy = await startFaultProxy(
      moto.url,
      () => undefined,
      (request, body) => {
        if (!request.path.startsWith('/findings/list')) return body;
        const page = JSON.parse(body) as {
          findings: { resources: { id: string }[]; networkReachabilityDetails: { openPortRange: { begin: number } } }[];
        };
        page.findings = page.findings.filter(
          (f) => !closedPorts.has(`${f.resources[0]!.id}:${f.networkReachabilityDetails.openPortRange.begin}`),
        );
        return JSON.stringify(page);
      },
    );
  });
  afterAll(async () => {
    await proxy?.close();
    await oidc?.close();
    await moto?.stop();
  });

  function workspace(rules: unknown[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-ws-'));
    writeFileSync(join(dir, 'allowlist.json'), `${JSON.stringify({ rules }, null, 2)}\n`);
    return dir;
  }

  async function scheduledRun(github: FakeGitHub, rules: unknown[]): Promise<ActionRun> {
    return runAction(
      { source: 'inspector2', regions: REGION, 'role-to-assume': `arn:aws:iam::${TEST_ACCOUNT}:role/portwarden`, 'github-token': TOKEN },
      {
        ...oidc.env,
        AWS_ENDPOINT_URL: proxy.url,
        AWS_EC2_METADATA_DISABLED: 'true',
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'acme/security',
        GITHUB_RUN_ID: '77',
      },
      workspace(rules),
    );
  }

  const state = (github: FakeGitHub) =>
    github.issues
      .map((i) => ({ title: i.title, state: i.state, labels: [...i.labels].sort(), fingerprint: decodeMarker(i.body)?.fingerprint }))
      .sort((a, b) => a.title.localeCompare(b.title));

  async function threeRuns(github: FakeGitHub) {
    closedPorts.clear();
    const first = await scheduledRun(github, baseRules);
    const afterFirst = github.log.length;
    const second = await scheduledRun(github, baseRules);
    const afterSecond = github.log.length;
    closedPorts.add(`${estate.web}:22`);
    const third = await scheduledRun(github, widenedRules);
    return { first, second, third, afterFirst, afterSecond };
  }

  it('opens one issue per unexpected port, then makes zero writes, then closes exactly what changed', async () => {
    const github = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN });
    try {
      const { first, second, third, afterFirst, afterSecond } = await threeRuns(github);

      expect(first.status).toBe(0);
      expect(first.outputs).toMatchObject({ unexpected: '4', created: '4', closed: '0' });
      expect(github.issues.map((i) => i.title).sort()).toEqual(
        [
          `Unexpected open port TCP 22 on bastion-1 (${estate.bastion}) in ${TEST_ACCOUNT}/${REGION}`,
          `Unexpected open port TCP 22 on web-1 (${estate.web}) in ${TEST_ACCOUNT}/${REGION}`,
          `Unexpected open port TCP 5432 on db-1 (${estate.db}) in ${TEST_ACCOUNT}/${REGION}`,
          `Unexpected open port TCP 6379 on db-1 (${estate.db}) in ${TEST_ACCOUNT}/${REGION}`,
        ].sort(),
      );
      expect(github.issues.find((i) => i.title.includes('bastion-1'))!.labels.sort()).toEqual(['portwarden', 'severity:high']);
      expect([...github.labels.keys()].sort()).toEqual(['portwarden', 'severity:high', 'severity:medium']);

      expect(second.status).toBe(0);
      expect(github.log.slice(afterFirst, afterSecond).filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);
      expect(JSON.parse(readFileSync(second.outputs['report-path']!, 'utf8')).plan).toEqual([]);

      expect(third.status).toBe(0);
      expect(third.outputs).toMatchObject({ closed: '2', created: '0', reopened: '0', updated: '0' });
      const closed = github.issues.filter((i) => i.state === 'closed');
      expect(closed.map((i) => i.title).sort()).toEqual([
        `Unexpected open port TCP 22 on web-1 (${estate.web}) in ${TEST_ACCOUNT}/${REGION}`,
        `Unexpected open port TCP 6379 on db-1 (${estate.db}) in ${TEST_ACCOUNT}/${REGION}`,
      ]);
      // Each issue's first comment is Portwarden's identity copy; what follows is what the runs said.
      const comments = Object.fromEntries(
        closed.map((i) => [i.title.split(' on ')[0]!.split(' ').pop(), i.comments.slice(1).map((c) => c.body)]),
      );
      expect(comments['22']).toEqual([
        `Closing: the port is closed (no longer reported by inspector2 in a complete scan of ${TEST_ACCOUNT}/${REGION}).`,
      ]);
      expect(comments['6379']).toEqual(['Closing: now allowed by rule `redis-partner` (partner replication, SEC-42).']);
      expect(closed.every((i) => i.state_reason === 'completed')).toBe(true);
      expect(github.violations.map((v) => v.slice(0, 300))).toEqual([]);
    } finally {
      await github.close();
    }
  }, 120_000);

  it('ends in the same issue state, with no duplicates, when 10% of GitHub requests fail', async () => {
    const clean = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN });
    const faulty = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN });
    try {
      await threeRuns(clean);
      // Every tenth request fails, cycling through the fault kinds: the same faults every run.
      const faults: Fault[] = ['500-before', 'secondary-rate-limit', '429', '502-after'];
      let rotation = 0;
      let requests = 0;
      let injected = 0;
      let firstCreate = true;
      faulty.faultFor = ({ method, path }) => {
        requests += 1;
        // The worst case on top: the first issue is created, but the client sees a 502.
        if (method === 'POST' && path.endsWith('/issues') && firstCreate) {
          firstCreate = false;
          injected += 1;
          return '502-after';
        }
        if (requests % 10 !== 3) return undefined;
        injected += 1;
        return faults[rotation++ % faults.length];
      };
      await threeRuns(faulty);
      expect(injected).toBeGreaterThanOrEqual(Math.floor(requests / 10));
      expect(new Set(faulty.log.filter((r) => r.fault).map((r) => r.fault)).size).toBe(4);
      expect(state(faulty)).toEqual(state(clean));
      const prints = faulty.issues.map((i) => decodeMarker(i.body)?.fingerprint);
      expect(new Set(prints).size).toBe(prints.length);
      for (const issue of faulty.issues) expect(new Set(issue.comments.map((c) => c.body)).size).toBe(issue.comments.length);
      expect(faulty.violations).toEqual([]);
    } finally {
      await clean.close();
      await faulty.close();
    }
  }, 240_000);
});
