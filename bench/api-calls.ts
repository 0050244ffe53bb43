// API efficiency: one scheduled run against moto and the local GitHub server with 2,000
// findings and 500 existing issues; AWS and GitHub requests counted by operation and set
// next to the lower bound (the pages the data needs at the server's page size, plus one
// write per change). Then the same estate again: a steady state must make 0 writes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { evaluate } from '../src/core/allowlist/evaluate.js';
import { renderBody, renderTitle } from '../src/core/issues/render.js';
import { exposuresFromReport } from '../src/core/findings/known-exposures.js';
import { enableEc2Scanning, queueV2Findings, v2Finding } from '../test/support/aws-seed.js';
import { startFaultProxy } from '../test/support/aws-fault-proxy.js';
import { startFakeGitHub } from '../test/support/fake-github.js';
import { awsEnv, motoAvailable, startMoto, TEST_ACCOUNT, testCredentials } from '../test/support/moto.js';
import { runCli } from '../test/support/run-dist.js';

const REGION = 'eu-west-1';
const INSTANCES = 400;
const PORTS = [22, 80, 443, 8080, 9200];
const EXISTING = 500;
const TOKEN = 'ghp_bench';

if (!motoAvailable) {
  console.log('moto_server not installed: skipping the API-call benchmark');
  process.exit(0);
}
const moto = await startMoto();
const github = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN, pageSize: 100 });
const proxy = await startFaultProxy(moto.url, () => undefined);
try {
  const ec2 = new EC2Client({ region: REGION, endpoint: moto.url, credentials: testCredentials });
  const launched = await ec2.send(
    new RunInstancesCommand({
      ImageId: 'ami-12c6146b',
      MinCount: INSTANCES,
      MaxCount: INSTANCES,
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Team', Value: 'web' }] }],
    }),
  );
  const ids = (launched.Instances ?? []).map((i) => i.InstanceId!);
  await enableEc2Scanning(moto.url, REGION, TEST_ACCOUNT);
  await queueV2Findings(
    moto,
    TEST_ACCOUNT,
    REGION,
    ids.flatMap((instanceId) =>
      PORTS.map((from) => v2Finding({ accountId: TEST_ACCOUNT, region: REGION, instanceId, protocol: 'TCP', from })),
    ),
  );

  const dir = mkdtempSync(join(tmpdir(), 'portwarden-bench-'));
  const allowlistPath = join(dir, 'allowlist.json');
  const rules = [{ id: 'web', match: { tags: { Team: 'web' } }, allow: { tcp: [80, 443] }, reason: 'public web', expires: '2027-06-01' }];
  writeFileSync(allowlistPath, JSON.stringify({ rules }));
  const env = { ...awsEnv(proxy.url), GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url };
  const args = ['report', '--source', 'inspector2', '--allowlist', allowlistPath, '--repo', 'acme/security', '--today', '2026-11-23'];

  // The issues a previous run left: 500 of the 1,200 unexpected ports, written by our renderer.
  const dry = await runCli([...args, '--dry-run', '--json'], undefined, env);
  const verdicts = evaluate(
    exposuresFromReport(JSON.parse(dry.stdout)),
    {
      file: 'allowlist.json',
      rules: rules.map((r) => ({
        ...r,
        match: { tags: { Team: ['web'] } },
        allow: {
          tcp: [
            { from: 80, to: 80 },
            { from: 443, to: 443 },
          ],
        },
        line: 1,
      })),
    },
    { today: '2026-11-23', minSeverity: 'informational', includePrivatePaths: false },
  ).verdicts.filter((v) => v.status === 'unexpected');
  for (const [n, v] of verdicts.slice(0, EXISTING).entries()) {
    github.issues.push({
      number: n + 1,
      title: renderTitle(v),
      body: renderBody(v, { today: '2026-11-23' }),
      state: 'open',
      state_reason: null,
      labels: ['portwarden', `severity:${v.exposure.severity}`],
      assignees: [],
      user: 'github-actions[bot]',
      comments: [],
      created_at: '2026-11-16T06:00:00Z',
      updated_at: '2026-11-16T06:00:00Z',
      closed_at: null,
    });
  }
  for (const name of ['portwarden', 'severity:medium']) github.labels.set(name, { name, color: 'ededed', description: null });

  const count = async (label: string, extra: string[]) => {
    const [gh, aws] = [github.log.length, proxy.log.length];
    const started = Date.now();
    const run = await runCli([...args, ...extra], undefined, env);
    const ghOps = tally(github.log.slice(gh).map((r) => `${r.method} ${r.path.replace(/\/\d+(?=\/|$)/g, '/{n}')}`));
    const awsOps = tally(
      proxy.log
        .slice(aws)
        .map((r) =>
          r.operation.replace(/^POST \/findings\/list$/, 'ListFindings').replace(/^POST \/status\/batch\/get$/, 'BatchGetAccountStatus'),
        ),
    );
    console.log(`\n${label} (exit ${run.status}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    for (const [op, n] of Object.entries({ ...awsOps, ...ghOps })) console.log(`  ${op.padEnd(58)} ${String(n).padStart(5)}`);
    return { gh: github.log.length - gh, writes: github.writes(gh).length, aws: proxy.log.length - aws };
  };

  const first = await count(`run with ${INSTANCES * PORTS.length} findings and ${EXISTING} existing issues (max-new-issues 25)`, []);
  const pages = Math.ceil(EXISTING / 100);
  const ghBound =
    1 /* repository visibility */ +
    1 /* own account (GraphQL viewer) */ +
    pages /* issues */ +
    1 /* labels */ +
    25 * 2; /* creates, each with its identity comment */
  const awsBound =
    1 /* GetCallerIdentity */ +
    1 /* BatchGetAccountStatus */ +
    1 /* ListFindings: moto never paginates */ +
    Math.ceil(INSTANCES / 200); /* DescribeInstances, 200 ids per filter */
  console.log(
    `  GitHub: ${first.gh} requests, lower bound ${ghBound} (${(first.gh / ghBound).toFixed(2)}x); AWS: ${first.aws} requests, lower bound ${awsBound} (${(first.aws / awsBound).toFixed(2)}x)`,
  );

  // Every unexpected port has its issue now (the rest as later runs would open them).
  const have = new Set(github.issues.map((i) => /portwarden:.*"fingerprint":"([0-9a-f]+)"/.exec(i.body ?? '')?.[1]));
  for (const v of verdicts.filter((x) => !have.has(x.fingerprint))) {
    github.issues.push({
      number: github.issues.length + 1,
      title: renderTitle(v),
      body: renderBody(v, { today: '2026-11-23' }),
      state: 'open',
      state_reason: null,
      labels: ['portwarden', `severity:${v.exposure.severity}`],
      assignees: [],
      user: 'github-actions[bot]',
      comments: [],
      created_at: '2026-11-16T06:00:00Z',
      updated_at: '2026-11-16T06:00:00Z',
      closed_at: null,
    });
  }
  const steady = await count(`steady state: the same estate, all ${github.issues.length} issues exist`, []);
  const steadyBound = 2 + Math.ceil(github.issues.length / 100);
  console.log(
    `  writes: ${steady.writes} (target 0); GitHub: ${steady.gh} requests, lower bound ${steadyBound} (${(steady.gh / steadyBound).toFixed(2)}x)`,
  );

  // GitHub's pagination at 5,000 issues (closed ones from earlier quarters), reads only.
  for (let n = github.issues.length; n < 5000; n++) {
    const v = verdicts[n % verdicts.length]!;
    github.issues.push({
      number: n + 1,
      title: renderTitle(v),
      body: renderBody(v, { today: '2026-11-23' }),
      state: 'closed',
      state_reason: 'completed',
      labels: ['portwarden'],
      assignees: [],
      user: 'github-actions[bot]',
      comments: [],
      created_at: '2026-08-01T06:00:00Z',
      updated_at: '2026-08-01T06:00:00Z',
      closed_at: '2026-08-08T06:00:00Z',
    });
  }
  const big = await count(`${github.issues.length} issues (dry run: reads only)`, ['--dry-run']);
  const bigBound = 2 + Math.ceil(github.issues.length / 100);
  console.log(`  GitHub: ${big.gh} requests, lower bound ${bigBound} (${(big.gh / bigBound).toFixed(2)}x); writes ${big.writes}`);

  await classicPages();
  await securityHubCalls();
} finally {
  await proxy.close();
  await github.close();
  await moto.stop();
}

/** Inspector Classic through the local Classic server at a page size of 50. */
async function classicPages(): Promise<void> {
  const { startFakeClassic } = await import('../test/support/fake-inspector-classic.js');
  const network = 'arn:aws:inspector:us-east-1:316112463485:rulespackage/0-PmNV0Tcd';
  const template = `arn:aws:inspector:us-east-1:${TEST_ACCOUNT}:target/0-Ab3dEf9H/template/0-Kq7LmN2p`;
  const classic = await startFakeClassic({
    rulesPackages: [{ arn: network, name: 'Network Reachability' }],
    templates: [template],
    pageSize: 50,
  });
  const now = Date.now();
  const runArn = (id: string) => `${template}/run/0-${id}`;
  const findings = Array.from({ length: 600 }, (_, n) => ({
    arn: `${runArn('new')}/finding/0-${String(n).padStart(8, '0')}`,
    serviceAttributes: { schemaVersion: 1, assessmentRunArn: runArn('new'), rulesPackageArn: network },
    assetType: 'ec2-instance',
    assetAttributes: { schemaVersion: 1, tags: [] },
    id: 'Recognized port reachable from internet',
    title: 'port reachable',
    severity: 'Medium',
    attributes: [
      { key: 'INSTANCE_ID', value: `i-${(n % 120).toString(16).padStart(17, '0')}` },
      { key: 'PORT', value: String(1000 + n) },
      { key: 'PROTOCOL', value: 'TCP' },
      { key: 'REACHABILITY_TYPE', value: 'Internet' },
      { key: 'RULE_TYPE', value: 'RecognizedPortNoAgent' },
    ],
    userAttributes: [],
    createdAt: new Date(now).toISOString(),
    updatedAt: new Date(now).toISOString(),
  }));
  classic.state.runs = [
    {
      arn: runArn('old'),
      templateArn: template,
      state: 'COMPLETED',
      createdAt: new Date(now - 86_400_000 * 8),
      completedAt: new Date(now - 86_400_000 * 8),
      findings: [],
    },
    {
      arn: runArn('new'),
      templateArn: template,
      state: 'COMPLETED',
      createdAt: new Date(now - 3_600_000),
      completedAt: new Date(now - 3_600_000),
      findings,
    },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'portwarden-bench-classic-'));
  writeFileSync(join(dir, 'allowlist.json'), JSON.stringify({ rules: [] }));
  try {
    await runCli(
      ['report', '--source', 'inspector-classic', '--regions', 'us-east-1', '--allowlist', join(dir, 'allowlist.json'), '--json'],
      undefined,
      { ...awsEnv(moto.url), AWS_ENDPOINT_URL_INSPECTOR: classic.url },
    );
    const ops = tally(classic.log.map((q) => q.operation));
    const bound: Record<string, number> = {
      ListRulesPackages: 1,
      DescribeRulesPackages: 1,
      ListAssessmentTemplates: 1,
      ListAssessmentRuns: 1,
      DescribeAssessmentRuns: 1,
      ListFindings: Math.ceil(600 / 50),
      DescribeFindings: Math.ceil(600 / 10),
    };
    console.log(`\nInspector Classic, 600 findings at a page size of 50 (Describe* take 10 ARNs)`);
    for (const [op, n] of Object.entries(ops)) console.log(`  ${op.padEnd(58)} ${String(n).padStart(5)}   lower bound ${bound[op] ?? '?'}`);
    const total = Object.values(ops).reduce((a, b) => a + b, 0);
    const totalBound = Object.values(bound).reduce((a, b) => a + b, 0);
    console.log(`  Classic: ${total} requests, lower bound ${totalBound} (${(total / totalBound).toFixed(2)}x)`);
  } finally {
    await classic.close();
  }
}

function tally(items: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}

/** Security Hub: 1,000 findings read and written back, then the same again (steady state). */
async function securityHubCalls(): Promise<void> {
  const { BatchImportFindingsCommand, SecurityHubClient } = await import('@aws-sdk/client-securityhub');
  const { asffFromInspector2 } = await import('../test/support/asff.js');
  const { startSecurityHubFront } = await import('../test/support/securityhub-front.js');
  const FINDINGS = 1000;
  const UNEXPECTED = 5;
  const hub = new SecurityHubClient({ region: REGION, endpoint: moto.url, credentials: testCredentials });
  const findings = Array.from({ length: FINDINGS }, (_, n) =>
    asffFromInspector2(
      v2Finding({
        accountId: TEST_ACCOUNT,
        region: REGION,
        instanceId: `i-${(0xb000 + (n % 250)).toString(16).padStart(17, '0')}`,
        protocol: 'TCP',
        from: n < UNEXPECTED ? 22 : 10000 + n,
      }),
    ),
  );
  for (let i = 0; i < findings.length; i += 100)
    await hub.send(new BatchImportFindingsCommand({ Findings: findings.slice(i, i + 100) as never }));
  const front = await startSecurityHubFront(moto.url);
  const shGitHub = await startFakeGitHub({ owner: 'acme', repo: 'hub', token: TOKEN, pageSize: 100 });
  const dir = mkdtempSync(join(tmpdir(), 'portwarden-bench-securityhub-'));
  writeFileSync(
    join(dir, 'allowlist.json'),
    JSON.stringify({
      rules: [{ id: 'high-ports', match: {}, allow: { tcp: ['10000-20000'] }, reason: 'service mesh', expires: '2027-06-01' }],
    }),
  );
  const args = [
    'report',
    '--source',
    'securityhub',
    '--accounts',
    TEST_ACCOUNT,
    '--regions',
    REGION,
    '--allowlist',
    join(dir, 'allowlist.json'),
    '--repo',
    'acme/hub',
    '--securityhub-workflow-sync',
    '--today',
    '2026-11-23',
  ];
  const env = { ...awsEnv(moto.url, { AWS_ENDPOINT_URL_SECURITYHUB: front.url }), GITHUB_TOKEN: TOKEN, GITHUB_API_URL: shGitHub.url };
  try {
    console.log(`\nSecurity Hub, ${FINDINGS} findings (${UNEXPECTED} unexpected, the rest allowed by one rule), workflow write-back on`);
    for (const label of ['first run', 'steady state (the same findings again)']) {
      const [hubFrom, ghFrom] = [front.log.length, shGitHub.log.length];
      const run = await runCli(args, undefined, env);
      const ops = tally(front.log.slice(hubFrom).map((r) => r.operation));
      // What the hub covers (aggregator, members) is asked once per run.
      const reads = { ListFindingAggregators: 1, ListMembers: 1, GetFindings: Math.ceil(FINDINGS / 100) };
      const bound = { ...reads, BatchUpdateFindings: label === 'first run' ? Math.ceil((FINDINGS - UNEXPECTED) / 100) + UNEXPECTED : 0 };
      console.log(`  ${label} (exit ${run.status}): GitHub writes ${shGitHub.writes(ghFrom).length}`);
      for (const op of Object.keys({ ...bound, ...ops }))
        console.log(`    ${op.padEnd(56)} ${String(ops[op] ?? 0).padStart(5)}   lower bound ${bound[op as keyof typeof bound] ?? '?'}`);
    }
  } finally {
    await front.close();
    await shGitHub.close();
  }
}
