// Whole-process start-up of the bundled CLI as a user runs it: `--help`, `check` and a small
// `report --findings`, each against `node -e 0` (the floor), median of 7 runs, with the peak
// resident memory of the median run. PORTWARDEN_BENCH_CLI=<dir> measures another build
// (e.g. an older checkout's dist/cli) for a before/after comparison.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../test/support/run-dist.js';

const RUNS = 7;
const cli = join(process.env.PORTWARDEN_BENCH_CLI ?? join(repoRoot, 'dist/cli'), 'index.js');
const preload = join(repoRoot, 'bench/rss-on-exit.cjs');
const examples = (name: string) => join(repoRoot, 'examples', name);

const cases: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['--help', [cli, '--help']],
  ['check allowlist.json', [cli, 'check', join(repoRoot, 'allowlist.json')]],
  [
    'report --findings (2 files)',
    [
      cli,
      'report',
      '--findings',
      examples('inspector2-findings.json'),
      examples('classic-findings.json'),
      '--allowlist',
      join(repoRoot, 'allowlist.json'),
    ],
  ],
];

function measure(args: string[]): { ms: number; rssMiB: number } {
  const samples: { ms: number; rssMiB: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['-r', preload, ...args], {
      encoding: 'utf8',
      cwd: repoRoot,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const kib = Number(/bench:maxrss_kib=(\d+)/.exec(run.stderr)?.[1]);
    if (!Number.isFinite(kib)) throw new Error(`no memory reading from ${args.join(' ')}: ${run.stderr.slice(0, 300)}`);
    samples.push({ ms, rssMiB: kib / 1024 });
  }
  return samples.sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]!;
}

console.log(`CLI: ${cli}`);
const floor = measure(cases[0]![1]);
for (const [name, args] of cases) {
  const m = name === 'node -e 0' ? floor : measure(args);
  console.log(
    `${name.padEnd(30)} ${m.ms.toFixed(0).padStart(5)} ms (${(m.ms / floor.ms).toFixed(1)}x node -e 0)  peak ${m.rssMiB.toFixed(0).padStart(4)} MiB (${(m.rssMiB / floor.rssMiB).toFixed(1)}x)`,
  );
}
