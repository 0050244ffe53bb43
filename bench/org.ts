// Organisation-wide fan-out (#17): an AWS Organization of 200 member accounts plus the
// management account, each with an internet-facing instance in 3 regions, in moto behind a
// loopback proxy that adds 50 ms to every AWS call. One dry run of the bundled CLI with
// `--accounts all --member-role` at concurrency 8; printed: AWS requests by operation against
// the lower bound, wall time against the concurrency bound (requests x 50 ms / 8), the CLI's
// peak memory, and whether the report holds exactly the seeded exposures with every scope
// complete (a FAIL line and exit 1 otherwise). Seeding is timed apart and not counted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFaultProxy, type RequestInfo } from '../test/support/aws-fault-proxy.js';
import { DEFAULT_MEMBER_ROLE, expectedExposures, seedOrganization } from '../test/support/aws-org.js';
import { awsEnv, motoAvailable, startMoto, testCredentials } from '../test/support/moto.js';
import { repoRoot, runCli } from '../test/support/run-dist.js';

const MEMBERS = 200;
const REGIONS = ['eu-west-1', 'us-east-1', 'ap-southeast-2'];
const INSTANCES_PER_UNIT = 2;
const PORTS = [22, 3389];
/** Added to every AWS call; PORTWARDEN_BENCH_LATENCY_MS=200 shows the CLI with moto's own time diluted. */
const LATENCY_MS = Number(process.env.PORTWARDEN_BENCH_LATENCY_MS ?? 50);
const CONCURRENCY = 8;
/** organizations:ListAccounts returns at most 20 accounts a page. */
const LIST_ACCOUNTS_PAGE = 20;

if (!motoAvailable) {
  console.log('moto_server not installed: skipping the organisation benchmark');
  process.exit(0);
}

const help = await runCli(['report', '--help']);
const helpText = help.stdout + help.stderr;
if (!/--member-role/.test(helpText)) {
  console.log('FAIL: dist/cli has no --member-role (rebundle after #17 lands): nothing to measure');
  process.exit(1);
}
const jsonFlag = /--format\b/.test(helpText) ? ['--format', 'json'] : ['--json'];

interface Report {
  exposures: { accountId: string; region: string; resource: { id: string }; status: string }[];
  scopes: { source: string; accountId: string; region: string; status: string; reason?: string }[];
}

const failures: string[] = [];
const fail = (message: string) => failures.push(message);

const moto = await startMoto();
let latency = LATENCY_MS;
/** Access key -> account: the management's own key, and every member key AssumeRole hands out. */
const keyAccount = new Map<string, string>();
let answeredOk = 0;
/** When each request reached the proxy and when its answer was ready (successful ones). */
const arrived = new Map<RequestInfo, number>();
const answered = new Map<RequestInfo, number>();
const proxy = await startFaultProxy(
  moto.url,
  () => undefined,
  (request, body) => {
    answeredOk += 1;
    answered.set(request, performance.now());
    if (request.operation === 'AssumeRole') {
      const account = /RoleArn=arn%3Aaws%3Aiam%3A%3A(\d{12})%3A/.exec(request.body)?.[1];
      const key = /<AccessKeyId>([^<]+)<\/AccessKeyId>/.exec(body)?.[1];
      if (account && key) keyAccount.set(key, account);
    }
    return body;
  },
  {
    delayMs: (request) => {
      arrived.set(request, performance.now());
      return latency;
    },
  },
);
const dir = mkdtempSync(join(tmpdir(), 'portwarden-bench-org-'));
try {
  let started = Date.now();
  const org = await seedOrganization(moto.url, {
    members: MEMBERS,
    regions: REGIONS,
    instancesPerUnit: INSTANCES_PER_UNIT,
    ports: PORTS,
  });
  keyAccount.set(testCredentials.accessKeyId, org.management);
  const accounts = 1 + org.members.length;
  const expected = expectedExposures(org);
  console.log(
    `seeded ${accounts} accounts x ${REGIONS.length} regions (${org.units.length} units, ${expected} exposures) in ${((Date.now() - started) / 1000).toFixed(1)} s (not counted)`,
  );

  const allowlist = join(dir, 'allowlist.json');
  writeFileSync(allowlist, JSON.stringify({ rules: [] }));
  const args = [
    'report',
    '--source',
    'security-groups',
    '--accounts',
    'all',
    '--member-role',
    DEFAULT_MEMBER_ROLE,
    '--regions',
    REGIONS.join(','),
    '--concurrency',
    String(CONCURRENCY),
    '--dry-run',
    ...jsonFlag,
    '--allowlist',
    allowlist,
  ];
  const env = {
    ...awsEnv(proxy.url),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    NODE_OPTIONS: `-r ${join(repoRoot, 'bench/rss-on-exit.cjs')}`,
  };

  const from = proxy.log.length;
  const okFrom = answeredOk;
  started = Date.now();
  const startedAt = performance.now();
  const run = await runCli(args, undefined, env);
  const seconds = (Date.now() - started) / 1000;
  const endedAt = performance.now();
  const log = proxy.log.slice(from);
  const errors = log.length - (answeredOk - okFrom);
  const rssMiB = Number(/bench:maxrss_kib=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;

  // The lower bound: who the caller is, the organization's account pages, one AssumeRole per
  // member (the management account is the caller and reads with the base credentials), and
  // per (account, region) the one page of each Describe the security-group source needs.
  const units = org.units.length;
  const withInstances = org.units.filter((u) => u.instanceIds.length > 0).length;
  const bound: Record<string, number> = {
    GetCallerIdentity: 1,
    ListAccounts: Math.ceil(accounts / LIST_ACCOUNTS_PAGE),
    AssumeRole: org.members.length,
    DescribeInstances: units,
    DescribeSecurityGroups: units,
    DescribeRouteTables: withInstances,
  };
  const ops = tally(log.map((r) => r.operation));
  const total = log.length;
  const totalBound = Object.values(bound).reduce((a, b) => a + b, 0);
  console.log(
    `\nreport --source security-groups --accounts all --member-role ${DEFAULT_MEMBER_ROLE}, ${REGIONS.length} regions, concurrency ${CONCURRENCY}, +${LATENCY_MS} ms per AWS call (exit ${run.status})`,
  );
  console.log(`  ${'operation'.padEnd(28)} ${'requests'.padStart(8)} ${'bound'.padStart(7)}`);
  for (const op of [...new Set([...Object.keys(bound), ...Object.keys(ops)])])
    console.log(
      `  ${op.padEnd(28)} ${String(ops[op] ?? 0).padStart(8)} ${String(bound[op] ?? 0).padStart(7)}${(ops[op] ?? 0) > (bound[op] ?? 0) ? '  <- above the bound' : ''}`,
    );
  const requestRatio = total / totalBound;
  console.log(
    `  AWS: ${total} requests, lower bound ${totalBound} (${requestRatio.toFixed(2)}x, target <= 1.1x)${errors > 0 ? `; ${errors} answered with an error (retried?)` : ''}`,
  );

  // Where requests above the bound went: per (account, region, operation) repeats, and the
  // AssumeRole calls per member account.
  const perUnit = tally(
    log
      .filter((r) => r.operation.startsWith('Describe'))
      .map((r) => `${keyAccount.get(r.accessKeyId) ?? `key ${r.accessKeyId}`} ${r.region} ${r.operation}`),
  );
  for (const op of ['DescribeInstances', 'DescribeSecurityGroups', 'DescribeRouteTables']) {
    const counts = Object.entries(perUnit).filter(([key]) => key.endsWith(` ${op}`));
    const histogram = tally(counts.map(([, n]) => `${n}x`));
    if (counts.some(([, n]) => n > 1))
      console.log(`  ${op} per (account, region): ${JSON.stringify(histogram)} over ${counts.length} units`);
  }
  const unknownKeys = new Set(log.filter((r) => r.accessKeyId && !keyAccount.has(r.accessKeyId)).map((r) => r.accessKeyId));
  if (unknownKeys.size > 0) console.log(`  ${unknownKeys.size} access key(s) not from the base credentials or an observed AssumeRole`);
  const assumeRoles = tally(
    log.filter((r) => r.operation === 'AssumeRole').map((r) => /RoleArn=[^&]*?%3A(\d{12})%3A/.exec(r.body)?.[1] ?? '?'),
  );
  const repeatedRoles = Object.values(assumeRoles).filter((n) => n > 1).length;
  if (repeatedRoles > 0) console.log(`  AssumeRole: ${repeatedRoles} account(s) assumed more than once`);
  if (assumeRoles[org.management]) console.log(`  AssumeRole into the management account (the caller): ${assumeRoles[org.management]}`);
  const stsRegions = tally(log.filter((r) => r.operation === 'AssumeRole').map((r) => r.region || '(none)'));
  const durations = tally(
    log.filter((r) => r.operation === 'AssumeRole').map((r) => /DurationSeconds=(\d+)/.exec(r.body)?.[1] ?? '(none)'),
  );
  const listPages = tally(
    log
      .filter((r) => r.operation === 'ListAccounts')
      .map((r) => String((JSON.parse(r.body || '{}') as { MaxResults?: number }).MaxResults ?? '(none)')),
  );
  console.log(
    `  AssumeRole signed for region(s) ${JSON.stringify(stsRegions)}, DurationSeconds ${JSON.stringify(durations)}; ListAccounts MaxResults ${JSON.stringify(listPages)}`,
  );

  const timeBound = (total * LATENCY_MS) / CONCURRENCY / 1000;
  const timeRatio = seconds / timeBound;
  console.log(
    `  wall time ${seconds.toFixed(1)} s, concurrency bound ${timeBound.toFixed(1)} s (${total} x ${LATENCY_MS} ms / ${CONCURRENCY}): ${timeRatio.toFixed(2)}x, target <= 1.5x` +
      `; against the lower-bound requests ${((totalBound * LATENCY_MS) / CONCURRENCY / 1000).toFixed(1)} s`,
  );
  timing(log, startedAt, endedAt, LATENCY_MS);
  console.log(`  peak resident memory of the CLI: ${rssMiB.toFixed(0)} MiB`);

  // Correctness, loosely: exactly the seeded exposures, every unit's scope complete.
  if (run.status !== 0) fail(`the CLI exited ${run.status}: ${describeFailure(run.stdout, run.stderr)}`);
  let report: Report | undefined;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    fail(`no JSON report on stdout: ${run.stdout.slice(0, 300)} ${run.stderr.slice(-800)}`);
  }
  if (report) {
    const seeded = new Set(org.units.flatMap((u) => u.instanceIds.map((id) => `${u.accountId} ${u.region} ${id}`)));
    const found = report.exposures.filter((e) => seeded.has(`${e.accountId} ${e.region} ${e.resource.id}`));
    if (report.exposures.length !== expected || found.length !== expected)
      fail(`${report.exposures.length} exposures in the report (${found.length} on seeded instances), ${expected} seeded`);
    const unexpected = report.exposures.filter((e) => e.status !== 'unexpected').length;
    if (unexpected > 0) fail(`${unexpected} exposures not "unexpected" under an empty allowlist`);
    const incomplete = report.scopes.filter((s) => s.status !== 'complete');
    if (incomplete.length > 0)
      fail(
        `${incomplete.length} of ${report.scopes.length} scopes not complete, e.g. ${incomplete
          .slice(0, 3)
          .map((s) => `${s.accountId}/${s.region} ${s.status}: ${s.reason}`)
          .join('; ')}`,
      );
    const scoped = new Set(report.scopes.filter((s) => s.source === 'security-groups').map((s) => `${s.accountId} ${s.region}`));
    const missing = org.units.filter((u) => !scoped.has(`${u.accountId} ${u.region}`));
    if (missing.length > 0)
      fail(`${missing.length} (account, region) units without a scope, e.g. ${missing[0]!.accountId}/${missing[0]!.region}`);
    console.log(`  report: ${report.exposures.length} exposures (${expected} seeded), ${report.scopes.length} scopes (${units} units)`);
  }

  // The same run without the added latency: what moto and the CLI's own work cost, so a time
  // ratio above target can be told apart from a slow local server.
  latency = 0;
  const again = proxy.log.length;
  started = Date.now();
  const bareFrom = performance.now();
  const bare = await runCli(args, undefined, env);
  console.log(
    `  the same run with no added latency: ${((Date.now() - started) / 1000).toFixed(1)} s, ${proxy.log.length - again} requests (exit ${bare.status}; moto's and the CLI's own cost)`,
  );
  timing(proxy.log.slice(again), bareFrom, performance.now(), 0);
  if (bare.status !== 0) fail(`the run with no added latency exited ${bare.status}: ${describeFailure(bare.stdout, bare.stderr)}`);

  if (requestRatio > 1.1) console.log(`  over target: requests ${requestRatio.toFixed(2)}x > 1.1x`);
  if (timeRatio > 1.5) console.log(`  over target: time ${timeRatio.toFixed(2)}x > 1.5x`);
  for (const failure of failures) console.log(`FAIL: ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
  await proxy.close();
  await moto.stop();
}

/**
 * Where the wall time went: requests in flight on average (the concurrency the CLI achieved;
 * 8 is the bound's assumption), moto's own time per request on top of the added latency, and
 * the phases before the first EC2 call and after the last answer.
 */
function timing(log: RequestInfo[], startedAt: number, endedAt: number, added: number): void {
  const timed = log.filter((r) => arrived.has(r) && answered.has(r));
  if (timed.length === 0) return;
  const busy = timed.reduce((sum, r) => sum + answered.get(r)! - arrived.get(r)!, 0);
  const server = busy / timed.length - added;
  const first = (op: (r: RequestInfo) => boolean) => Math.min(...timed.filter(op).map((r) => arrived.get(r)!));
  const last = (op: (r: RequestInfo) => boolean) => Math.max(...timed.filter(op).map((r) => answered.get(r)!));
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const ec2 = (r: RequestInfo) => r.operation.startsWith('Describe');
  const sts = (r: RequestInfo) => r.operation === 'AssumeRole';
  console.log(
    `  requests in flight on average ${(busy / (endedAt - startedAt)).toFixed(1)} (concurrency ${CONCURRENCY}); ` +
      `mean time per request ${(busy / timed.length).toFixed(0)} ms = ${added} ms added + ${server.toFixed(0)} ms moto and proxy` +
      `; bound with that time: ${s((timed.length * (busy / timed.length)) / CONCURRENCY)}`,
  );
  console.log(
    `  phases: start to first request ${s(Math.min(...timed.map((r) => arrived.get(r)!)) - startedAt)}` +
      `, AssumeRole ${s(first(sts) - startedAt)}-${s(last(sts) - startedAt)}, EC2 ${s(first(ec2) - startedAt)}-${s(last(ec2) - startedAt)}` +
      `, last answer to exit ${s(endedAt - Math.max(...timed.map((r) => answered.get(r)!)))}`,
  );
}

/** Why a run failed: its incomplete scopes (grouped by reason) and the end of its log. */
function describeFailure(stdout: string, stderr: string): string {
  let reasons = '';
  try {
    const scopes = (JSON.parse(stdout) as Report).scopes.filter((s) => s.status !== 'complete');
    const byReason = tally(scopes.map((s) => `${s.status}: ${s.reason ?? ''}`.replace(/\b\d{12}\b/g, '<account>')));
    reasons = `${scopes.length} scope(s) not complete: ${JSON.stringify(byReason)}; `;
  } catch {
    // no report: the log says why
  }
  return `${reasons}stderr: ${stderr.replace(/\nbench:maxrss_kib=\d+\n?/, '').slice(-600)}`;
}

function tally(items: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}
