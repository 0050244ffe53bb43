#!/usr/bin/env node
// Usage: node scripts/release/smoke.mjs FILE [VERSION]
// Proves the single-file CLI runs alone: copies FILE to an empty temporary directory (no
// node_modules anywhere above it), then runs `node portwarden.mjs --version` there and
// expects VERSION (default: package.json's) on one line, and `report --json` on the bundled
// examples and expects a report with exposures. Exit 1 with what went wrong.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [file, version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version] = process.argv.slice(2);
if (!file) {
  console.error('usage: smoke.mjs FILE [VERSION]');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'portwarden-smoke-'));
const failures = [];
try {
  copyFileSync(file, join(dir, 'portwarden.mjs'));
  const run = (...args) => spawnSync(process.execPath, ['portwarden.mjs', ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

  const v = run('--version');
  const printed = (v.stdout ?? '').trim();
  if (v.status !== 0 || (printed !== version && printed !== `portwarden ${version}`)) {
    failures.push(
      `--version: exit ${v.status}, printed ${JSON.stringify(printed)}, expected "${version}" or "portwarden ${version}"\n${v.stderr ?? ''}`,
    );
  }

  const r = run(
    'report',
    '--json',
    '--findings',
    join(root, 'examples/inspector2-findings.json'),
    join(root, 'examples/classic-findings.json'),
    '--allowlist',
    join(root, 'allowlist.json'),
  );
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    // reported below
  }
  if (r.status !== 0 || !Array.isArray(report?.exposures) || report.exposures.length === 0) {
    failures.push(
      `report --json on examples/: exit ${r.status}, ${report ? `${report.exposures?.length ?? 'no'} exposures` : 'stdout is not JSON'}\n${r.stderr ?? ''}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`${file} does not run alone:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`${file} runs alone: --version prints ${version}, report reads the examples.`);
