// Near-real-time findings: dist/index.js on repository_dispatch events, against the
// OpenAPI-validated GitHub server.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v2Finding } from '../support/aws-seed.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { runAction } from '../support/run-dist.js';

const TOKEN = 'ghs_dispatchtoken';
const INSTANCE = 'i-0abc12345def67890';

/** The EventBridge "Inspector2 Finding" event, as the API destination posts it. */
function eventBridgeEvent(port: number, overrides: Record<string, unknown> = {}) {
  const detail = {
    ...v2Finding({
      accountId: '111122223333',
      region: 'eu-west-1',
      instanceId: INSTANCE,
      protocol: 'TCP',
      from: port,
      tags: { Name: 'bastion-1' },
    }),
    findingArn: `arn:aws:inspector2:eu-west-1:111122223333:finding/${String(port).padStart(32, '0')}`,
  };
  return {
    version: '0',
    id: 'e1',
    'detail-type': 'Inspector2 Finding',
    source: 'aws.inspector2',
    account: '111122223333',
    time: '2026-11-23T06:00:00Z',
    region: 'eu-west-1',
    resources: [INSTANCE],
    detail: { ...detail, ...overrides },
  };
}

describe('repository_dispatch portwarden-finding', () => {
  let github: FakeGitHub;
  let workspace: string;
  beforeEach(async () => {
    github = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN });
    workspace = mkdtempSync(join(tmpdir(), 'portwarden-dispatch-'));
    writeFileSync(
      join(workspace, 'allowlist.json'),
      JSON.stringify({ rules: [{ id: 'web', match: { name: 'bastion-*' }, allow: { tcp: [443] }, reason: 'TLS', expires: '2027-06-01' }] }),
    );
  });
  afterEach(async () => {
    expect(github.violations).toEqual([]);
    await github.close();
  });

  const dispatch = (clientPayload: unknown, action = 'portwarden-finding') => {
    const event = join(workspace, `event-${Math.random()}.json`);
    writeFileSync(event, JSON.stringify({ action, client_payload: clientPayload }));
    return runAction(
      { 'github-token': TOKEN },
      {
        GITHUB_EVENT_NAME: 'repository_dispatch',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'acme/security',
      },
      workspace,
    );
  };

  it('opens the issue for an unexpected port, and an identical event makes no write', async () => {
    const first = await dispatch(eventBridgeEvent(22));
    expect(first.status).toBe(0);
    expect(github.issues.map((i) => i.title)).toEqual([`Unexpected open port TCP 22 on bastion-1 (${INSTANCE}) in 111122223333/eu-west-1`]);
    const before = github.log.length;
    const again = await dispatch(eventBridgeEvent(22));
    expect(again.status).toBe(0);
    expect(github.writes(before)).toEqual([]);
  });

  it('accepts the finding alone (the event detail) as the payload', async () => {
    await dispatch(eventBridgeEvent(3389).detail);
    expect(github.issues).toHaveLength(1);
  });

  it('makes no write for an allowed port, and never closes an open issue', async () => {
    await dispatch(eventBridgeEvent(22));
    const issue = github.issues[0]!;
    // The team allows SSH; a pushed finding still may not close the issue: only scans close.
    writeFileSync(
      join(workspace, 'allowlist.json'),
      JSON.stringify({
        rules: [{ id: 'ssh', match: { name: 'bastion-*' }, allow: { tcp: [22, 443] }, reason: 'jump host', expires: '2027-06-01' }],
      }),
    );
    const before = github.log.length;
    expect((await dispatch(eventBridgeEvent(443))).status).toBe(0);
    expect((await dispatch(eventBridgeEvent(22))).status).toBe(0);
    expect(github.writes(before)).toEqual([]);
    expect(issue.state).toBe('open');
  });

  it('ignores findings that are not active network reachability, with a notice', async () => {
    const run = await dispatch(eventBridgeEvent(22, { status: 'CLOSED' }));
    expect(run.status).toBe(0);
    expect(run.commands).toContainEqual(
      expect.objectContaining({ command: 'notice', message: expect.stringContaining('Finding ignored: status CLOSED') }),
    );
    expect(github.writes()).toEqual([]);
  });

  it.each([
    [
      'a non-Inspector event',
      { 'detail-type': 'EC2 Instance State-change Notification', source: 'aws.ec2', detail: {} },
      /not "Inspector2 Finding"/,
    ],
    [
      'a forged ARN',
      { ...eventBridgeEvent(22), detail: { ...eventBridgeEvent(22).detail, findingArn: 'arn:aws:iam::1:role/x' } },
      /is not an Inspector2 finding ARN/,
    ],
    [
      'a non-instance resource id',
      eventBridgeEvent(22, { resources: [{ type: 'AWS_EC2_INSTANCE', id: '<img src=x>', region: 'eu-west-1' }] }),
      /is not an EC2 instance id/,
    ],
    ['a string', 'hello', /client_payload is not an object/],
  ])('rejects %s with a message and no write', async (_, payload, message) => {
    const run = await dispatch(payload);
    expect(run.status).toBe(1);
    expect(run.commands.at(-1)?.message).toMatch(message);
    expect(github.writes()).toEqual([]);
  });
});
