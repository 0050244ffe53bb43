// Accept mode end to end: dist/index.js on an issue_comment event, against the
// OpenAPI-validated GitHub server.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderBody, renderTitle } from '../../src/core/issues/render.js';
import { range } from '../support/builders.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { issueOptions, unexpected } from '../support/issue-builders.js';
import { repoRoot, runAction } from '../support/run-dist.js';

const TOKEN = 'ghs_accepttoken';
const allowlistText = readFileSync(join(repoRoot, 'allowlist.json'), 'utf8');

describe('/portwarden allow on an issue', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN });
    github.files.set('allowlist.json', new Map([['main', allowlistText]]));
    github.roles.set('alice', 'maintain');
    github.roles.set('mallory', 'triage');
    const v = unexpected({ name: 'vpn-gw-2', ports: range(1194), protocol: 'udp', tags: { Team: 'network' } });
    github.issues.push({
      number: 1,
      title: renderTitle(v),
      body: renderBody(v, issueOptions()),
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
  afterEach(async () => {
    expect(github.violations).toEqual([]);
    await github.close();
  });

  const comment = (login: string, body: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-accept-'));
    const issue = github.issues[0]!;
    writeFileSync(
      join(dir, 'event.json'),
      JSON.stringify({
        action: 'created',
        issue: {
          number: issue.number,
          title: issue.title,
          body: issue.body,
          state: issue.state,
          labels: issue.labels.map((name) => ({ name })),
          user: { login: issue.user, id: github.userIds.get(issue.user) },
        },
        comment: { body, user: { login } },
      }),
    );
    return runAction(
      { mode: 'accept', 'github-token': TOKEN },
      {
        GITHUB_EVENT_NAME: 'issue_comment',
        GITHUB_EVENT_PATH: join(dir, 'event.json'),
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'acme/security',
      },
      dir,
    );
  };
  const replies = () => github.issues[0]!.comments.map((c) => c.body);

  it('opens a pull request that adds exactly that rule, leaving the rest of the file as it was', async () => {
    const run = await comment('alice', '/portwarden allow reason: "Contractor VPN, see SEC-123" expires: 2027-03-01 scope: name');
    expect(run.status).toBe(0);
    expect(github.pullRequests).toEqual([expect.objectContaining({ head: 'portwarden/accept-issue-1', base: 'main', state: 'open' })]);
    const edited = github.files.get('allowlist.json')!.get('portwarden/accept-issue-1')!;
    const added = JSON.parse(edited).rules.at(-1);
    expect(added).toEqual({
      id: 'accept-issue-1-udp',
      match: { accounts: ['111122223333'], regions: ['eu-west-1'], name: ['vpn-gw-2'] },
      allow: { udp: [1194] },
      reason: 'Contractor VPN, see SEC-123',
      owner: '@alice',
      expires: '2027-03-01',
    });
    expect(edited.startsWith(allowlistText.slice(0, allowlistText.lastIndexOf('}\n  ]')))).toBe(true);
    expect(github.pullRequests[0]!.body).toContain('#1');
    expect(github.pullRequests[0]!.body).toContain('| `accept-issue-1-udp` | added | UDP 1194 |');
    expect(replies()).toEqual([
      `Opened #${github.pullRequests[0]!.number} with rule \`accept-issue-1-udp\`. This issue closes after it is merged and the next scan runs.`,
    ]);
    expect(github.issues[0]!.state).toBe('open');
  });

  it('updates the same pull request on a second command', async () => {
    await comment('alice', '/portwarden allow reason: "Contractor VPN"');
    await comment('alice', '/portwarden allow reason: "Contractor VPN until the migration" expires: 2027-01-31');
    expect(github.pullRequests).toHaveLength(1);
    const rules = JSON.parse(github.files.get('allowlist.json')!.get('portwarden/accept-issue-1')!).rules;
    expect(rules.filter((r: { id: string }) => r.id === 'accept-issue-1-udp')).toEqual([
      expect.objectContaining({ reason: 'Contractor VPN until the migration', expires: '2027-01-31' }),
    ]);
    expect(replies()[1]).toMatch(/^Updated #\d+/);
  });

  it('politely refuses someone without write permission, and changes nothing else', async () => {
    const run = await comment('mallory', '/portwarden allow reason: "looks fine to me"');
    expect(run.status).toBe(0);
    expect(replies()).toEqual([expect.stringContaining('Only people with write, maintain or admin permission')]);
    expect(github.pullRequests).toEqual([]);
    expect(github.branches.size).toBe(1);
  });

  it('answers a malformed command without echoing markup, and opens nothing', async () => {
    const run = await comment('alice', '/portwarden allow reason: "x" <img src=x>');
    expect(run.status).toBe(1);
    expect(replies()[0]).toMatch(/^I could not read that command: /);
    expect(replies()[0]).not.toContain('<img');
    expect(github.pullRequests).toEqual([]);
  });

  it('says which setting to change when Actions may not open pull requests', async () => {
    github.refusePullRequests = true;
    const run = await comment('alice', '/portwarden allow reason: "Contractor VPN"');
    expect(run.status).toBe(1);
    expect(run.commands.at(-1)?.message).toContain('Allow GitHub Actions to create and approve pull requests');
  });
});
