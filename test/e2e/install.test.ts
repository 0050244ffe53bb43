// A user installs the CLI from the repository (npm pack is what `npm install github:...`
// installs), into an empty prefix with nothing beside it, and runs it from elsewhere.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-dist.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

function sizeOf(path: string): number {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : stat.size;
}

describe('installing the CLI', () => {
  it('ships only the bundled CLI, installs with no dependencies, and runs from another directory', () => {
    const work = mkdtempSync(join(tmpdir(), 'portwarden-install-'));
    const pack = spawnSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: repoRoot, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const shipped = packed!.files.map((f) => f.path).filter((p) => !p.startsWith('dist/cli/'));
    expect(shipped.sort()).toEqual(['LICENSE', 'README.md', 'package.json'].filter((f) => packed!.files.some((x) => x.path === f)).sort());
    expect(packed!.files.some((f) => f.path === 'dist/cli/index.js')).toBe(true);

    const prefix = join(work, 'prefix');
    const install = spawnSync(
      npm,
      ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(work, packed!.filename)],
      {
        cwd: work,
        encoding: 'utf8',
      },
    );
    expect(install.status, install.stderr).toBe(0);
    const installed = join(prefix, 'lib/node_modules/portwarden');
    expect(readdirSync(installed).sort()).not.toContain('node_modules');
    expect(sizeOf(installed) / 2 ** 20).toBeLessThan(20);

    const bin = join(prefix, 'bin/portwarden');
    const elsewhere = mkdtempSync(join(tmpdir(), 'portwarden-elsewhere-'));
    const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
    const shown = spawnSync(bin, ['--version'], { cwd: elsewhere, encoding: 'utf8', env });
    expect([shown.status, shown.stdout]).toEqual([0, `portwarden ${version}\n`]);
    const examples = (name: string) => join(repoRoot, 'examples', name);
    const report = spawnSync(
      bin,
      ['report', '--json', '--findings', examples('inspector2-findings.json'), '--allowlist', join(repoRoot, 'allowlist.json')],
      {
        cwd: elsewhere,
        encoding: 'utf8',
        env,
      },
    );
    expect(report.status, report.stderr).toBe(0);
    expect((JSON.parse(report.stdout) as { summary: { unexpected: number } }).summary.unexpected).toBeGreaterThan(0);
  });

  it('builds the release file, which runs alone from an empty directory (as the release workflow checks it)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'portwarden-release-')), 'portwarden.mjs');
    const build = spawnSync(process.execPath, [join(repoRoot, 'scripts/release/build-cli.mjs'), out], { cwd: repoRoot, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const smoke = spawnSync(process.execPath, [join(repoRoot, 'scripts/release/smoke.mjs'), out], { cwd: repoRoot, encoding: 'utf8' });
    expect(smoke.status, smoke.stdout + smoke.stderr).toBe(0);
    const stale = spawnSync(process.execPath, [join(repoRoot, 'scripts/release/smoke.mjs'), out, '9.9.9'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('--version');
  });
});
