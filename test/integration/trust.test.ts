// The trust boundaries end to end: each attack of the adversarial review, replayed against
// dist/index.js (and the CLI) as the runner runs it, with the OpenAPI-validated GitHub server,
// which refuses what GitHub refuses (titles over 256 characters, bodies over 65,536). Each test
// asserts that the attack fails and that the legitimate path next to it still works.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMarker } from '../../src/core/issues/marker.js';
import { renderBody, renderTitle } from '../../src/core/issues/render.js';
import { v2Finding } from '../support/aws-seed.js';
import { range } from '../support/builders.js';
import { startFakeGitHub, type FakeGitHub, type FakeIssue } from '../support/fake-github.js';
import { issueOptions, unexpected } from '../support/issue-builders.js';
import { repoRoot, runAction, runCli } from '../support/run-dist.js';
import { zipOf } from '../support/zip-writer.js';

const TOKEN = 'ghs_trusttoken';
const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const BOT = 'github-actions[bot]';

describe('trust boundaries of the bundled action', () => {
  let github: FakeGitHub;
  let workspace: string;
  beforeEach(async () => {
    github = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN });
    workspace = mkdtempSync(join(tmpdir(), 'portwarden-trust-'));
    writeFileSync(join(workspace, 'allowlist.json'), JSON.stringify({ rules: [] }));
  });
  afterEach(async () => {
    expect(github.violations).toEqual([]);
    await github.close();
  });

  const env = () => ({ GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/security' });
  const report = (findings: Record<string, unknown>[], inputs: Record<string, string> = {}) => {
    const file = join(workspace, `findings-${Math.random()}.json`);
    writeFileSync(file, JSON.stringify({ findings }));
    return runAction({ findings: file, 'github-token': TOKEN, ...inputs }, env(), workspace);
  };
  const finding = (instanceId: string, port: number, extra: Partial<Parameters<typeof v2Finding>[0]> = {}) =>
    v2Finding({ accountId: ACCOUNT, region: REGION, instanceId, protocol: 'TCP', from: port, ...extra });
  /** An issue as Portwarden (or someone else) left it in the repository. */
  const seedIssue = (fields: Partial<FakeIssue> & Pick<FakeIssue, 'title' | 'body'>) => {
    const issue: FakeIssue = {
      number: github.issues.length + 1,
      state: 'open',
      state_reason: null,
      labels: ['portwarden', 'severity:medium'],
      assignees: [],
      user: BOT,
      comments: [],
      created_at: '2026-11-16T06:00:00Z',
      updated_at: '2026-11-16T06:00:00Z',
      closed_at: null,
      ...fields,
    };
    github.issues.push(issue);
    return issue;
  };
  const alertFor = (instanceId: string, port: number) => {
    const v = unexpected({ instanceId, ports: range(port), name: 'bastion-1' });
    return { title: renderTitle(v), body: renderBody(v, issueOptions()) };
  };

  describe('1: text from AWS or an export cannot keep an alert out of the inbox', () => {
    it('files ports of instances with 49 tags at AWS limits, a 100 kB Name, a 100 kB path id and a 300-character id, within GitHub limits', async () => {
      const dashTags = Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`${'-'.repeat(120)}${i}`, '-'.repeat(256)]));
      const longPath = finding('i-0000000000000003', 3389);
      (longPath.networkReachabilityDetails as { networkPath: { steps: { componentId: string }[] } }).networkPath.steps[0]!.componentId =
        `igw-${'-'.repeat(100_000)}`;
      const run = await report([
        finding('i-0000000000000001', 22, { tags: dashTags }),
        finding('i-0000000000000002', 22, { tags: { Name: 'n'.repeat(100_000) } }),
        longPath,
        finding(`i-${'f'.repeat(298)}`, 5432),
      ]);
      expect(run.status).toBe(0);
      expect(github.issues).toHaveLength(4);
      for (const issue of github.issues) {
        expect([...issue.title].length).toBeLessThanOrEqual(256);
        expect(issue.body!.length).toBeLessThanOrEqual(65_536);
        expect(readMarker(issue.body).kind).toBe('valid');
      }
      expect(github.issues.find((i) => i.title.includes('5432'))!.title).toMatch(/i-f+… in 111122223333\/eu-west-1$/);
      // The second run recognises all four: no duplicates, no writes.
      const before = github.log.length;
      expect(
        (
          await report([
            finding('i-0000000000000001', 22, { tags: dashTags }),
            finding('i-0000000000000002', 22, { tags: { Name: 'n'.repeat(100_000) } }),
            longPath,
            finding(`i-${'f'.repeat(298)}`, 5432),
          ])
        ).status,
      ).toBe(0);
      expect(github.writes(before)).toEqual([]);
    });
  });

  describe('2: one malformed marker stops nothing else', () => {
    it('skips the issue with a warning in words, and opens the new port', async () => {
      const broken = alertFor('i-0aaaaaaaaaaaaaaa1', 22);
      const marker = JSON.parse(/<!-- portwarden:(.*) -->/.exec(broken.body)![1]!) as Record<string, unknown>;
      delete marker.sources;
      seedIssue({ ...broken, body: broken.body.replace(/<!-- portwarden:.* -->/, `<!-- portwarden:${JSON.stringify(marker)} -->`) });
      const run = await report([finding('i-0bbbbbbbbbbbbbbb2', 8080)]);
      expect(run.status).toBe(0);
      expect(github.issues.map((i) => i.title)).toEqual([broken.title, expect.stringContaining('TCP 8080 on i-0bbbbbbbbbbbbbbb2')]);
      const warning = run.commands.find((c) => c.command === 'warning' && c.message.includes('#1'));
      expect(warning?.message).toBe(
        'issue #1 was skipped: the marker lacks "sources". Portwarden leaves it alone; restore its marker from Portwarden\'s first comment on it, or close it',
      );
      expect(run.stdout).not.toMatch(/is not iterable|TypeError/);
    });
  });

  describe('3: only issues Portwarden opened count', () => {
    it("opens the real alert though a triage user's issue carries its marker, and never touches theirs", async () => {
      const forged = seedIssue({
        title: 'Docs: typo',
        body: `Fix the typo.\n${alertFor('i-0ccccccccccccccc3', 22).body.split('\n').at(-1)!}`,
        user: 'mallory',
      });
      const run = await report([finding('i-0ccccccccccccccc3', 22)]);
      expect(run.status).toBe(0);
      expect(github.issues).toHaveLength(2);
      expect(github.issues[1]).toMatchObject({ user: BOT, state: 'open' });
      expect(forged).toMatchObject({ title: 'Docs: typo', comments: [], state: 'open' });
      expect(run.commands).toContainEqual(
        expect.objectContaining({ command: 'warning', message: expect.stringContaining('#1 (by mallory)') }),
      );
    });

    it('is not silenced by a forged issue closed as not planned, even with reopen-manually-closed false', async () => {
      seedIssue({ ...alertFor('i-0ccccccccccccccc3', 22), user: 'mallory', state: 'closed', state_reason: 'not_planned' });
      const run = await report([finding('i-0ccccccccccccccc3', 22)], { 'reopen-manually-closed': 'false' });
      expect(run.status).toBe(0);
      expect(github.issues.filter((i) => i.state === 'open' && i.user === BOT)).toHaveLength(1);
    });

    it('neither rewrites a planning issue with a pasted marker nor closes the real alert as its duplicate', async () => {
      const real = seedIssue({ ...alertFor('i-0ccccccccccccccc3', 22) });
      const planning = seedIssue({
        title: 'Q3 planning',
        body: `Agenda\n${real.body!.split('\n').at(-1)!}`,
        user: 'alice',
        created_at: '2026-01-01T00:00:00Z',
      });
      const run = await report([finding('i-0ccccccccccccccc3', 22, { severity: 'HIGH', tags: { Name: 'bastion-1' } })]);
      expect(run.status).toBe(0);
      expect(real.state).toBe('open');
      expect(planning).toMatchObject({ title: 'Q3 planning', state: 'open', comments: [] });
      expect(planning.body).toMatch(/^Agenda\n/);
      expect(real.body).toContain('| Severity | high |');
    });

    it('keeps an alert whose marker a person removed: no duplicate, and the marker comes back from the identity comment', async () => {
      const first = await report([finding('i-0ddddddddddddddd4', 22)]);
      expect(first.status).toBe(0);
      const [alert] = github.issues;
      expect(alert!.comments.map((c) => c.user)).toEqual([BOT]);
      alert!.body = 'I cleaned this up.';
      const before = github.log.length;
      const second = await report([finding('i-0ddddddddddddddd4', 22)]);
      expect(second.status).toBe(0);
      expect(github.issues).toHaveLength(1);
      expect(github.writes(before).map((w) => w.method)).toEqual(['PATCH']);
      expect(readMarker(alert!.body).kind).toBe('valid');
    });
  });

  describe("4: Portwarden's own login is read, not guessed", () => {
    it('works with a GitHub App installation token without GET /user and without a warning, and finds its label-removed issues by the App', async () => {
      await github.close();
      github = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN, login: 'portwarden-app[bot]' });
      const first = await report([finding('i-0eeeeeeeeeeeeeee5', 22)]);
      expect(first.status).toBe(0);
      expect(github.issues[0]!.user).toBe('portwarden-app[bot]');
      github.issues[0]!.labels = ['severity:medium'];
      const second = await report([finding('i-0eeeeeeeeeeeeeee5', 22)]);
      expect(second.status).toBe(0);
      expect(github.issues).toHaveLength(1);
      expect(github.issues[0]!.labels).toContain('portwarden');
      expect(github.log.filter((r) => r.path === '/user')).toEqual([]);
      expect(github.log.some((r) => r.path === '/search/issues' && decodeURIComponent(r.query).includes('author:app/portwarden-app'))).toBe(
        true,
      );
      expect([...first.commands, ...second.commands].filter((c) => c.command === 'warning')).toEqual([]);
    });

    it('stops before any write, naming bot-login, when the login cannot be read', async () => {
      github.viewer = 'forbidden';
      const run = await report([finding('i-0eeeeeeeeeeeeeee5', 22)]);
      expect(run.status).toBe(1);
      expect(run.commands.at(-1)?.message).toMatch(/^bot-login: cannot tell which account this token writes as .*Set bot-login/);
      expect(github.writes()).toEqual([]);
    });

    it('takes the login from bot-login, former identities included', async () => {
      github.viewer = 'forbidden';
      seedIssue({ ...alertFor('i-0eeeeeeeeeeeeeee5', 22), user: 'old-app[bot]' });
      const run = await report([finding('i-0eeeeeeeeeeeeeee5', 22), finding('i-0eeeeeeeeeeeeeee6', 22)], {
        'bot-login': `${BOT},old-app[bot]`,
      });
      expect(run.status).toBe(0);
      expect(github.issues.map((i) => i.user)).toEqual(['old-app[bot]', BOT]);
    });
  });

  describe('10: dispatched events', () => {
    const dispatch = (payload: unknown) => {
      const event = join(workspace, `event-${Math.random()}.json`);
      writeFileSync(event, JSON.stringify({ action: 'portwarden-finding', client_payload: payload }));
      return runAction(
        { 'github-token': TOKEN },
        { ...env(), GITHUB_EVENT_NAME: 'repository_dispatch', GITHUB_EVENT_PATH: event },
        workspace,
      );
    };
    const event = (detail: Record<string, unknown>, envelope: Record<string, unknown> = {}) => ({
      version: '0',
      'detail-type': 'Inspector2 Finding',
      source: 'aws.inspector2',
      account: ACCOUNT,
      region: REGION,
      detail,
      ...envelope,
    });

    it("may raise a scanned issue's severity but never lower it or rename its instance", async () => {
      expect((await report([finding('i-0fffffffffffffff7', 22, { severity: 'CRITICAL', tags: { Name: 'payments-db' } })])).status).toBe(0);
      const [issue] = github.issues;
      const scanned = { title: issue!.title, body: issue!.body };
      const before = github.log.length;
      const spoofed = await dispatch(event(finding('i-0fffffffffffffff7', 22, { severity: 'LOW', tags: { Name: 'test-box' } })));
      expect(spoofed.status).toBe(0);
      expect(github.writes(before)).toEqual([]);
      expect({ title: issue!.title, body: issue!.body }).toEqual(scanned);
    });

    it('cannot narrow or silence a scanned issue with a Name chosen to match a rule', async () => {
      writeFileSync(
        join(workspace, 'allowlist.json'),
        JSON.stringify({
          rules: [{ id: 'web', match: { name: 'web-*' }, allow: { tcp: ['22-443'] }, reason: 'public web', expires: '2027-06-01' }],
        }),
      );
      expect((await report([finding('i-0fffffffffffffff8', 22, { to: 443, tags: { Name: 'bastion' } })])).status).toBe(0);
      const [issue] = github.issues;
      const before = { title: issue!.title, body: issue!.body };
      const writes = github.log.length;
      expect(
        (await dispatch(event(finding('i-0fffffffffffffff8', 22, { to: 443, severity: 'CRITICAL', tags: { Name: 'web-1' } })))).status,
      ).toBe(0);
      // Only the severity may rise; the rule the event's Name would match plays no part.
      expect(
        github
          .writes(writes)
          .filter((w) => w.path.includes('/issues'))
          .map((w) => `${w.method} ${w.path}`),
      ).toEqual(['PATCH /repos/acme/security/issues/1']);
      expect(issue!.title).toBe(before.title);
      expect(issue!.body).toContain('| Severity | critical |');
      expect(issue!.body).toContain('22-443 unexpected');
    });

    it.each([
      [
        'a region that carries markdown',
        (d: Record<string, unknown>) =>
          event({ ...d, resources: [{ ...(d.resources as object[])[0], region: 'eu-west-1\n# PWNED' }] }, { region: 'eu-west-1\n# PWNED' }),
        /is not an AWS region/,
      ],
      [
        'an account that disagrees with the finding ARN',
        (d: Record<string, unknown>) => event({ ...d, awsAccountId: '444455556666' }, { account: '444455556666' }),
        /disagrees/,
      ],
      ['no account id', (d: Record<string, unknown>) => event({ ...d, awsAccountId: undefined }), /awsAccountId undefined/],
    ])('rejects %s with no write', async (_, make, message) => {
      const run = await dispatch(make(finding('i-0fffffffffffffff7', 22)));
      expect(run.status).toBe(1);
      expect(run.commands.at(-1)?.message).toMatch(message);
      expect(github.writes()).toEqual([]);
    });
  });

  describe('/portwarden allow', () => {
    const allowlistText = readFileSync(join(repoRoot, 'allowlist.json'), 'utf8');
    beforeEach(() => {
      github.files.set('allowlist.json', new Map([['main', allowlistText]]));
      github.roles.set('alice', 'maintain');
    });
    const comment = (issue: FakeIssue, body: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'portwarden-accept-'));
      const payload = {
        action: 'created',
        issue: {
          number: issue.number,
          title: issue.title,
          body: issue.body,
          state: issue.state,
          labels: issue.labels.map((name) => ({ name })),
          user: { login: issue.user, id: github.userIds.get(issue.user) ?? 1 },
        },
        comment: { body, user: { login: 'alice' } },
      };
      writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
      return runAction(
        { mode: 'accept', 'github-token': TOKEN },
        { ...env(), GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: join(dir, 'event.json') },
        dir,
      );
    };
    const issueWith = (name: string, tags: Record<string, string>, ports = range(22), user = BOT) => {
      const v = unexpected({ name, tags, ports });
      const issue = seedIssue({ title: renderTitle(v), body: renderBody(v, issueOptions()), user });
      if (!github.userIds.has(user)) github.userIds.set(user, 777);
      return issue;
    };
    const addedRule = () => {
      const edited = github.files.get('allowlist.json')!.get('portwarden/accept-issue-1');
      return edited === undefined ? undefined : (JSON.parse(edited) as { rules: { match: unknown }[] }).rules.at(-1);
    };

    it('5: never copies a wildcard a tagger chose into a rule, and says why', async () => {
      const issue = issueWith('*', {});
      expect((await comment(issue, '/portwarden allow reason: "jump host" scope: name')).status).toBe(0);
      expect(addedRule()).toMatchObject({ match: { accounts: [ACCOUNT], regions: [REGION], instanceIds: ['i-0abc12345def67890'] } });
      expect(issue.comments.at(-1)!.body).toContain('holds * or ?');
    });

    it('5: scope tag:constructor finds no such tag and writes no rule', async () => {
      const issue = issueWith('web-1', {});
      expect((await comment(issue, '/portwarden allow reason: "jump host" scope: tag:constructor')).status).toBe(1);
      expect(github.pullRequests).toEqual([]);
      expect(issue.comments.at(-1)!.body).toContain('has no tag');
    });

    it('5: does not run a command shown in a code block', async () => {
      const issue = issueWith('web-1', {});
      expect((await comment(issue, 'To accept, a maintainer writes:\n```\n/portwarden allow reason: "jump host"\n```')).status).toBe(0);
      expect(github.pullRequests).toEqual([]);
      expect(github.writes()).toEqual([]);
    });

    it('3: ignores a forged issue that asks for TCP 1-65535, with no pull request and no reply', async () => {
      const issue = issueWith('web-1', {}, range(1, 65535), 'mallory');
      const run = await comment(issue, '/portwarden allow reason: "looks fine"');
      expect(run.status).toBe(0);
      expect(run.commands).toContainEqual(
        expect.objectContaining({ command: 'notice', message: expect.stringContaining('opened by mallory, not by Portwarden') }),
      );
      expect(github.pullRequests).toEqual([]);
      expect(github.writes()).toEqual([]);
    });

    it('8: refuses a branch whose pull request someone else opened, and reuses only its own untouched one', async () => {
      const issue = issueWith('web-1', {});
      github.branches.set('portwarden/accept-issue-1', 'b'.repeat(40));
      github.pullRequests.push({
        number: 900,
        title: 'Allow',
        body: 'also changes .github/workflows',
        head: 'portwarden/accept-issue-1',
        base: 'main',
        state: 'open',
        user: 'mallory',
      });
      const refused = await comment(issue, '/portwarden allow reason: "jump host"');
      expect(refused.status).toBe(1);
      expect(issue.comments.at(-1)!.body).toMatch(/opened by mallory, not by Portwarden/);
      expect(github.pullRequests[0]).toMatchObject({ body: 'also changes .github/workflows' });
      expect(github.writes().filter((w) => w.path.includes('/contents/') || w.path.includes('/pulls') || w.path.includes('/git/'))).toEqual(
        [],
      );

      // Portwarden's own pull request, with a commit pushed on top by someone else: refused too.
      github.pullRequests.length = 0;
      github.branches.delete('portwarden/accept-issue-1');
      expect((await comment(issue, '/portwarden allow reason: "jump host"')).status).toBe(0);
      expect((await comment(issue, '/portwarden allow reason: "jump host, reviewed"')).status).toBe(0);
      expect(github.pullRequests).toHaveLength(1);
      github.branches.set('portwarden/accept-issue-1', 'f'.repeat(40));
      expect((await comment(issue, '/portwarden allow reason: "jump host, again"')).status).toBe(1);
      expect(issue.comments.at(-1)!.body).toMatch(/has commits Portwarden did not make/);
    });

    it('a failed pull request leaves no branch behind, so the same command works once allowed', async () => {
      const issue = issueWith('web-1', {});
      github.refusePullRequests = true;
      expect((await comment(issue, '/portwarden allow reason: "jump host"')).status).toBe(1);
      expect(github.branches.has('portwarden/accept-issue-1')).toBe(false);
      github.refusePullRequests = false;
      expect((await comment(issue, '/portwarden allow reason: "jump host"')).status).toBe(0);
      expect(github.pullRequests).toHaveLength(1);
    });

    it("8: the pull request's diff is the added rule and one comma, with the README's compact rules", async () => {
      const compact =
        '{\n  "rules": [\n    { "id": "public-web",\n      "match": { "name": ["webapps (Prod)"] },\n      "allow": { "tcp": [80, 443] },\n      "reason": "Public web sites", "owner": "@acme/web", "expires": "2027-06-30" }\n  ]\n}\n';
      github.files.set('allowlist.json', new Map([['main', compact]]));
      const issue = issueWith('web-1', {});
      expect((await comment(issue, '/portwarden allow reason: "jump host"')).status).toBe(0);
      const edited = github.files.get('allowlist.json')!.get('portwarden/accept-issue-1')!;
      const before = compact.split('\n');
      const after = edited.split('\n');
      expect(after.slice(0, 5)).toEqual(before.slice(0, 5));
      expect(after[5]).toBe(`${before[5]},`);
      expect(after.slice(-3)).toEqual(before.slice(-3));
    });
  });

  describe('4 (review): the sticky check comment', () => {
    it("is Portwarden's own: a comment the author started with the marker is left alone", async () => {
      const dir = mkdtempSync(join(tmpdir(), 'portwarden-pr-'));
      writeFileSync(join(dir, 'allowlist.json'), JSON.stringify({ rules: [] }));
      github.files.set('allowlist.json', new Map([['b'.repeat(40), JSON.stringify({ rules: [] })]]));
      const fake = { id: 1, body: '<!-- portwarden:check -->\nNo open issue would close.', user: 'mallory' };
      github.pulls.set(7, {
        number: 7,
        title: 'pr',
        body: '',
        state: 'open',
        state_reason: null,
        labels: [],
        assignees: [],
        user: 'mallory',
        comments: [fake],
        created_at: '2026-11-23T06:00:00Z',
        updated_at: '2026-11-23T06:00:00Z',
        closed_at: null,
      });
      const event = join(dir, 'event.json');
      writeFileSync(
        event,
        JSON.stringify({
          pull_request: {
            number: 7,
            base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/security' } },
            head: { repo: { full_name: 'acme/security' } },
          },
        }),
      );
      expect(
        (
          await runAction(
            { mode: 'check', 'github-token': TOKEN },
            { ...env(), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
            dir,
          )
        ).status,
      ).toBe(0);
      const comments = github.pulls.get(7)!.comments;
      expect(comments[0]).toEqual(fake);
      expect(comments.map((c) => c.user)).toEqual(['mallory', BOT]);
    });
  });

  describe('7: the impact preview trusts only the scheduled run', () => {
    it('skips a newer artifact uploaded by a pull request run, and names the run it used', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'portwarden-pr-'));
      const head = {
        rules: [
          { id: 'ssh', match: { name: 'bastion-*' }, allow: { tcp: [22] }, reason: 'jump host', owner: '@acme/ops', expires: '2027-01-31' },
        ],
      };
      writeFileSync(join(dir, 'allowlist.json'), JSON.stringify(head, null, 2));
      github.files.set('allowlist.json', new Map([['b'.repeat(40), JSON.stringify({ rules: [] })]]));
      github.pulls.set(7, {
        number: 7,
        title: 'pr',
        body: '',
        state: 'open',
        state_reason: null,
        labels: [],
        assignees: [],
        user: 'mallory',
        comments: [],
        created_at: '2026-11-23T06:00:00Z',
        updated_at: '2026-11-23T06:00:00Z',
        closed_at: null,
      });
      const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
      const exposure = {
        accountId: ACCOUNT,
        region: REGION,
        resource: { id: 'i-0abc12345def67890', name: 'bastion-1', tags: { Name: 'bastion-1' } },
        protocol: 'tcp',
        ports: { from: 22, to: 22 },
        severity: 'high',
      };
      github.runs.set(3001, {
        id: 3001,
        event: 'schedule',
        conclusion: 'success',
        head_branch: 'main',
        head_repository: 'acme/security',
        updated_at: hoursAgo(5),
      });
      github.runs.set(3002, {
        id: 3002,
        event: 'pull_request',
        conclusion: 'success',
        head_branch: 'evil',
        head_repository: 'mallory/security',
        updated_at: hoursAgo(1),
      });
      github.runs.set(3003, {
        id: 3003,
        event: 'workflow_dispatch',
        conclusion: 'success',
        head_branch: 'evil',
        head_repository: 'acme/security',
        updated_at: hoursAgo(1),
      });
      github.artifacts.push(
        {
          id: 21,
          name: 'portwarden-report',
          zip: zipOf({ 'portwarden-report.json': JSON.stringify({ exposures: [exposure] }) }),
          created_at: hoursAgo(5),
          runId: 3001,
        },
        {
          id: 22,
          name: 'portwarden-report',
          zip: zipOf({ 'portwarden-report.json': '{"exposures": []}' }),
          created_at: hoursAgo(1),
          runId: 3002,
        },
        {
          id: 23,
          name: 'portwarden-report',
          zip: zipOf({ 'portwarden-report.json': '{"exposures": []}' }),
          created_at: hoursAgo(1),
          runId: 3003,
        },
      );
      const event = join(dir, 'event.json');
      writeFileSync(
        event,
        JSON.stringify({
          pull_request: {
            number: 7,
            base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/security' } },
            head: { repo: { full_name: 'mallory/security' } },
          },
        }),
      );
      const run = await runAction(
        { mode: 'check', 'github-token': TOKEN },
        { ...env(), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
        dir,
      );
      expect(run.status).toBe(0);
      const body = github.pulls.get(7)!.comments[0]!.body;
      expect(body).toContain(
        `### Impact on the 1 exposures of the "portwarden-report" artifact of schedule run [#1](${github.url}/acme/security/actions/runs/3001) on main, 5 hours old`,
      );
      expect(body).not.toContain('No open issue would close');
    });
  });
});

describe('the CLI against hostile allowlist patterns and tag keys', () => {
  it('answers at once for wildcards against 256-character Names, and a tag rule on "constructor" allows nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-cli-trust-'));
    const findings = Array.from({ length: 50 }, (_, i) =>
      v2Finding({
        accountId: ACCOUNT,
        region: REGION,
        instanceId: `i-${String(i).padStart(17, '0')}`,
        protocol: 'TCP',
        from: 22,
        tags: { Name: 'a'.repeat(256) },
      }),
    );
    writeFileSync(join(dir, 'findings.json'), JSON.stringify({ findings }));
    const rules = [
      { id: 'slow', match: { name: ['*a*a*a*a*a*a*a*a*b'] }, allow: { tcp: [22] }, reason: 'adversarial pattern', expires: '2027-01-01' },
      ...['constructor', 'toString', 'hasOwnProperty', '__proto__'].map((key) => ({
        id: `tag-${key.replace(/_/g, 'u')}`,
        match: { tags: { [key]: '*' } },
        allow: { tcp: [22] },
        reason: 'built-in name',
        expires: '2027-01-01',
      })),
    ];
    writeFileSync(join(dir, 'allowlist.json'), JSON.stringify({ rules }));
    const { status, stdout } = await runCli(['report', '--findings', 'findings.json', '--allowlist', 'allowlist.json', '--json'], dir);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).summary).toMatchObject({ unexpected: 50, expected: 0 });
  });

  it('refuses a 65,400-character reason at its line, before it can make a close fail', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portwarden-cli-trust-'));
    writeFileSync(
      join(dir, 'allowlist.json'),
      JSON.stringify({ rules: [{ id: 'long', match: {}, allow: { tcp: [22] }, reason: 'x'.repeat(65_400) }] }, null, 2),
    );
    const { status, stdout } = await runCli(['check', 'allowlist.json'], dir);
    expect(status).toBe(2);
    expect(stdout).toContain('allowlist.json:11:17: rules[0].reason (rule "long") has 65400 characters, more than 1000: shorten it.');
  });
});
