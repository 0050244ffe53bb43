// Check mode end to end: dist/index.js on a pull_request event, against the OpenAPI-validated
// GitHub server holding the base allowlist and the open Portwarden issues.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderBody, renderTitle } from '../../src/core/issues/render.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { issueOptions, unexpected } from '../support/issue-builders.js';
import { range } from '../support/builders.js';
import { runAction } from '../support/run-dist.js';
import { zipOf } from '../support/zip-writer.js';

const TOKEN = 'ghs_checktoken';
const BASE_SHA = 'b'.repeat(40);

const baseAllowlist = {
  rules: [
    {
      id: 'web',
      match: { instanceIds: ['i-0abc12345def67890'] },
      allow: { tcp: [443] },
      reason: 'public site',
      owner: '@acme/web',
      expires: '2027-03-01',
    },
  ],
};

describe('mode: check on a pull request', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN });
    github.files.set('allowlist.json', new Map([[BASE_SHA, JSON.stringify(baseAllowlist, null, 2)]]));
    // An open issue from the last scheduled run: SSH on the same instance.
    const ssh = unexpected({ ports: range(22), name: 'bastion-1' });
    github.issues.push({
      number: 1,
      title: renderTitle(ssh),
      body: renderBody(ssh, issueOptions()),
      state: 'open',
      state_reason: null,
      labels: ['portwarden', 'severity:medium'],
      assignees: [],
      user: 'github-actions[bot]',
      comments: [],
      created_at: '2026-11-16T06:00:00Z',
      updated_at: '2026-11-16T06:00:00Z',
      closed_at: null,
    });
  });
  beforeEach(() => {
    github.pulls.set(7, {
      number: 7,
      title: 'Allow SSH on the bastion',
      body: '',
      state: 'open',
      state_reason: null,
      labels: [],
      assignees: [],
      user: 'alice',
      comments: [],
      created_at: '2026-11-23T06:00:00Z',
      updated_at: '2026-11-23T06:00:00Z',
      closed_at: null,
    });
  });
  afterEach(async () => {
    expect(github.violations).toEqual([]);
    await github.close();
  });

  function pullRequest(headAllowlist: string) {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-pr-'));
    writeFileSync(join(dir, 'allowlist.json'), headAllowlist);
    const event = join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 7,
          base: { sha: BASE_SHA, repo: { full_name: 'acme/security' } },
          head: { repo: { full_name: 'acme/security' } },
        },
      }),
    );
    return runAction(
      { mode: 'check', 'github-token': TOKEN },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/security' },
      dir,
    );
  }

  const withSsh = JSON.stringify(
    {
      rules: [
        ...baseAllowlist.rules,
        {
          id: 'bastion-ssh',
          match: { name: 'bastion-*' },
          allow: { tcp: [22] },
          reason: 'jump host',
          owner: '@acme/ops',
          expires: '2027-01-31',
        },
      ],
    },
    null,
    2,
  );

  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

  it('annotates risky rules at their line, and keeps one sticky comment with the diff and the impact', async () => {
    const first = await pullRequest(withSsh);
    expect(first.status).toBe(0);
    expect(first.commands).toContainEqual({
      command: 'warning',
      properties: expect.objectContaining({
        file: 'allowlist.json',
        line: String(lineOf(withSsh, '"id": "bastion-ssh"')),
        title: 'Risky allowlist rule (PW003-sensitive-wildcard)',
      }),
      message: expect.stringContaining('allows 22 (SSH) for a wildcard match'),
    });
    const [comment] = github.pulls.get(7)!.comments;
    expect(github.pulls.get(7)!.comments).toHaveLength(1);
    expect(comment!.body).toContain('| `bastion-ssh` | added | TCP 22 |');
    expect(comment!.body).toContain('**1 open issue(s) would close** (now allowed):');
    expect(comment!.body).toContain('bastion-1');
    expect(first.summary).toContain('| `bastion-ssh` | added | TCP 22 |');

    // The author narrows the rule: the same comment is edited, not a second one posted.
    const narrowed = withSsh.replace('"name": "bastion-*"', '"instanceIds": "i-0abc12345def67890"');
    const second = await pullRequest(narrowed);
    expect(second.status).toBe(0);
    expect(github.pulls.get(7)!.comments).toHaveLength(1);
    expect(github.pulls.get(7)!.comments[0]!.body).not.toContain('PW003');
    expect(github.writes().map((w) => `${w.method} ${w.path.replace(/comments\/\d+$/, 'comments/N')}`)).toEqual([
      'POST /repos/acme/security/issues/7/comments',
      'PATCH /repos/acme/security/issues/comments/N',
    ]);
  });

  it('previews the impact from the latest report artifact when there is one', async () => {
    const report = {
      exposures: [
        {
          accountId: '111122223333',
          region: 'eu-west-1',
          resource: { id: 'i-0abc12345def67890', name: 'bastion-1', tags: { Name: 'bastion-1' } },
          protocol: 'tcp',
          ports: { from: 22, to: 22 },
          severity: 'medium',
        },
        {
          accountId: '111122223333',
          region: 'eu-west-1',
          resource: { id: 'i-0fff12345def67890', name: 'bastion-2', tags: { Name: 'bastion-2' } },
          protocol: 'tcp',
          ports: { from: 22, to: 22 },
          severity: 'high',
        },
      ],
    };
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    github.runs.set(101, {
      id: 101,
      event: 'schedule',
      conclusion: 'success',
      head_branch: 'main',
      head_repository: 'acme/security',
      updated_at: hoursAgo(14 * 24),
    });
    github.runs.set(102, {
      id: 102,
      event: 'schedule',
      conclusion: 'success',
      head_branch: 'main',
      head_repository: 'acme/security',
      updated_at: hoursAgo(2),
    });
    github.artifacts.push(
      {
        id: 11,
        name: 'portwarden-report',
        zip: zipOf({ 'portwarden-report.json': '{"exposures": []}' }),
        created_at: hoursAgo(14 * 24),
        runId: 101,
      },
      {
        id: 12,
        name: 'portwarden-report',
        zip: zipOf({ 'portwarden-report.json': JSON.stringify(report) }),
        created_at: hoursAgo(2),
        runId: 102,
      },
    );
    await pullRequest(withSsh);
    const body = github.pulls.get(7)!.comments[0]!.body;
    expect(body).toContain(
      `### Impact on the 2 exposures of the "portwarden-report" artifact of schedule run [#102](${github.url}/acme/security/actions/runs/102) on main, 2 hours old`,
    );
    expect(body).toContain('**2 open issue(s) would close** (now allowed):');
  });

  it("previews from every shard's artifact of one matrix run, skipping a newer run that lacks a shard", async () => {
    const exposure = (id: string, name: string) => ({
      accountId: '111122223333',
      region: 'eu-west-1',
      resource: { id, name, tags: { Name: name } },
      protocol: 'tcp',
      ports: { from: 22, to: 22 },
      severity: 'medium',
    });
    const shardReport = (id: string, name: string) =>
      zipOf({ 'portwarden-report-k-of-2.json': JSON.stringify({ exposures: [exposure(id, name)] }) });
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const run = (id: number, hours: number) =>
      github.runs.set(id, {
        id,
        event: 'schedule',
        conclusion: 'success',
        head_branch: 'main',
        head_repository: 'acme/security',
        updated_at: hoursAgo(hours),
      });
    run(103, 5);
    run(104, 1);
    github.artifacts.push(
      {
        id: 21,
        name: 'portwarden-report-1-of-2',
        zip: shardReport('i-0abc12345def67890', 'bastion-1'),
        created_at: hoursAgo(5),
        runId: 103,
      },
      {
        id: 22,
        name: 'portwarden-report-2-of-2',
        zip: shardReport('i-0fff12345def67890', 'bastion-2'),
        created_at: hoursAgo(5),
        runId: 103,
      },
      // The newest run lost its second shard (the job failed before uploading): never half an organization.
      {
        id: 23,
        name: 'portwarden-report-1-of-2',
        zip: shardReport('i-0abc12345def67890', 'bastion-1'),
        created_at: hoursAgo(1),
        runId: 104,
      },
    );
    await pullRequest(withSsh);
    const body = github.pulls.get(7)!.comments[0]!.body;
    expect(body).toContain(
      `### Impact on the 2 exposures of the 2 "portwarden-report-k-of-n" shard artifacts of schedule run [#103](${github.url}/acme/security/actions/runs/103) on main, 5 hours old`,
    );
    expect(body).toContain('**2 open issue(s) would close** (now allowed):');
  });

  it('fails on allowlist errors with an annotation at the exact line and column', async () => {
    const broken = withSsh.replace('"allow": {\n        "tcp": [\n          22', '"alow": {\n        "tcp": [\n          22');
    expect(broken).not.toBe(withSsh);
    const run = await pullRequest(broken);
    expect(run.status).toBe(1);
    const line = lineOf(broken, '"alow"') + 1;
    expect(run.commands).toContainEqual({
      command: 'error',
      properties: expect.objectContaining({ file: 'allowlist.json', line: String(line), col: '7' }),
      message: expect.stringContaining('unknown key "alow"'),
    });
  });

  it('makes warnings fail with strict', async () => {
    const run = await runActionStrict(withSsh);
    expect(run.status).toBe(1);
    expect(run.commands.at(-1)?.message).toContain('risky rule(s) and strict is true');
  });

  it('on a fork (read-only token) skips the comment with a notice and still judges the change', async () => {
    github.readOnly = true;
    const run = await pullRequest(withSsh);
    expect(run.status).toBe(0);
    expect(run.commands).toContainEqual(
      expect.objectContaining({ command: 'notice', message: expect.stringContaining('fork pull requests get a read-only token') }),
    );
    expect(github.pulls.get(7)!.comments).toEqual([]);
  });

  async function runActionStrict(text: string) {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-pr-'));
    writeFileSync(join(dir, 'allowlist.json'), text);
    return runAction({ mode: 'check', strict: 'true', comment: 'false' }, {}, dir);
  }
});

describe('portwarden check (CLI)', () => {
  it('prints errors, warnings, the diff and the impact, and exits 2 on errors or strict warnings', async () => {
    const { runCli } = await import('../support/run-dist.js');
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-check-'));
    writeFileSync(join(dir, 'base.json'), JSON.stringify(baseAllowlist));
    writeFileSync(join(dir, 'head.json'), withSshText());
    const report = JSON.parse(readFileSync(new URL('../../examples/inspector2-findings.json', import.meta.url), 'utf8'));
    expect(report.findings.length).toBeGreaterThan(0);
    const ok = await runCli(['check', join(dir, 'head.json'), '--base', join(dir, 'base.json'), '--today', '2026-11-23']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/warning .*head\.json:\d+: PW003-sensitive-wildcard: rule "bastion-ssh"/);
    expect(ok.stdout).toContain('  added    bastion-ssh: +TCP 22');
    expect((await runCli(['check', join(dir, 'head.json'), '--strict', '--today', '2026-11-23'])).status).toBe(2);
    writeFileSync(join(dir, 'bad.json'), '{"rules": [}');
    const bad = await runCli(['check', join(dir, 'bad.json')]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toMatch(/^error {3}.*bad\.json:1:12: invalid JSON/m);
  });
});

function withSshText(): string {
  return JSON.stringify(
    {
      rules: [
        ...baseAllowlist.rules,
        {
          id: 'bastion-ssh',
          match: { name: 'bastion-*' },
          allow: { tcp: [22] },
          reason: 'jump host',
          owner: '@acme/ops',
          expires: '2027-01-31',
        },
      ],
    },
    null,
    2,
  );
}
