// 200,000 findings in one saved file, through the bundled CLI as a user runs it: read,
// evaluated and printed as the text table and as --json. Prints wall time and the process's
// peak resident memory (target: under 600 MB for each).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../test/support/run-dist.js';

const FINDINGS = 200_000;
const dir = mkdtempSync(join(tmpdir(), 'portwarden-large-'));

function finding(i: number): Record<string, unknown> {
  const id = `i-${i.toString(16).padStart(17, '0')}`;
  const port = [22, 80, 443, 3389, 5432][i % 5]!;
  return {
    findingArn: `arn:aws:inspector2:eu-west-1:111122223333:finding/${i.toString(16).padStart(32, '0')}`,
    awsAccountId: '111122223333',
    type: 'NETWORK_REACHABILITY',
    status: 'ACTIVE',
    severity: 'MEDIUM',
    title: `Port ${port} is reachable from an Internet Gateway - TCP`,
    firstObservedAt: '2026-11-01T00:00:00Z',
    lastObservedAt: '2026-11-22T00:00:00Z',
    resources: [{ type: 'AWS_EC2_INSTANCE', id, region: 'eu-west-1', tags: { Name: `web-${i}` } }],
    networkReachabilityDetails: {
      protocol: 'TCP',
      openPortRange: { begin: port, end: port },
      networkPath: { steps: [{ componentId: 'igw-1', componentType: 'AWS::EC2::InternetGateway' }] },
    },
  };
}

const file = join(dir, 'findings.json');
writeFileSync(file, JSON.stringify({ findings: Array.from({ length: FINDINGS }, (_, i) => finding(i)) }));
writeFileSync(
  join(dir, 'allowlist.json'),
  JSON.stringify({ rules: [{ id: 'web', match: { name: 'web-*' }, allow: { tcp: [80, 443] }, reason: 'public web' }] }),
);
console.log(`findings file: ${FINDINGS.toLocaleString('en')} findings, ${(statSync(file).size / 1e6).toFixed(0)} MB`);

// The last row shows what is live: V8 collects lazily, and with a 400 MB heap the same run fits.
for (const [label, extra, nodeFlags] of [
  ['text table', [], []],
  ['--json', ['--json'], []],
  ['table, heap 400 MB', [], ['--max-old-space-size=400']],
] as const) {
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [
      ...nodeFlags,
      '-r',
      join(repoRoot, 'bench/rss-on-exit.cjs'),
      join(repoRoot, 'dist/cli/index.js'),
      'report',
      '--findings',
      file,
      '--allowlist',
      join(dir, 'allowlist.json'),
      ...extra,
    ],
    {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = Number(/bench:maxrss_kib=(\d+)/.exec(String(run.stderr))?.[1] ?? NaN) / 1024;
  const ok = run.status === 0 ? 'ok' : `exit ${run.status}: ${String(run.stderr).slice(0, 300)}`;
  console.log(`${label.padEnd(19)} ${seconds.toFixed(1)} s, peak resident memory ${rss.toFixed(0)} MB (target < 600 MB) ${ok}`);
}
rmSync(dir, { recursive: true, force: true });
