import { describe, expect, it } from 'vitest';
import { planIssues, writeCost, type PlanInput } from '../../src/core/issues/plan.js';
import type { Plan } from '../../src/core/model.js';
import { range, rule } from '../support/builders.js';
import { allowedBy, completeScope, instance, issueFor, issueOptions, unexpected } from '../support/issue-builders.js';

function planWith(input: Partial<PlanInput>): Plan {
  return planIssues({
    verdicts: [],
    scopes: [completeScope()],
    issues: [],
    instances: new Map(),
    rules: [],
    options: issueOptions(),
    ...input,
  });
}

const plan = planWith;
const kinds = (p: Plan) => p.actions.map((a) => `${a.kind}:${a.reason}`);
const ssh = () => unexpected({ ports: range(22) });

describe('an unexpected exposure', () => {
  it('without an issue: create', () => {
    expect(kinds(plan({ verdicts: [ssh()] }))).toEqual(['create:new']);
  });

  it('with its open issue and nothing material changed: nothing, not even a "last seen" edit', () => {
    const v = ssh();
    const later = unexpected({ ports: range(22), lastSeen: '2026-12-01T00:00:00.000Z', findingIds: ['another-arn'] });
    expect(plan({ verdicts: [later], issues: [issueFor(v)] }).actions).toEqual([]);
  });

  it.each([
    ['severity', { severity: 'high' as const }, 'severity medium -> high'],
    ['Name', { name: 'bastion-2' }, 'Name (none) -> bastion-2'],
    ['network path', { path: ['igw-2', 'sg-9'] }, 'network path changed'],
  ])('with its open issue and a new %s: update with the change', (_, overrides, change) => {
    const before = ssh();
    const now = unexpected({ ports: range(22), ...overrides });
    expect(plan({ verdicts: [now], issues: [issueFor(before)] }).actions).toEqual([
      expect.objectContaining({ kind: 'update', reason: 'changed', changes: [change] }),
    ]);
  });

  it('keeps the issue open and updates it when only part of the range becomes allowed', () => {
    const before = unexpected({ ports: range(8000, 8100) });
    const now = allowedBy('partial', { ports: range(8000, 8100) });
    const partial = {
      ...now,
      status: 'unexpected' as const,
      allowed: [range(8000, 8079)],
      uncovered: [range(8080, 8100)],
      rules: ['partial'],
    };
    expect(plan({ verdicts: [partial], issues: [issueFor(before)] }).actions).toEqual([
      expect.objectContaining({ kind: 'update', changes: ['unexpected ports 8000-8100 -> 8080-8100'] }),
    ]);
  });

  it('with its issue missing the portwarden label: restore the label, no duplicate', () => {
    const v = ssh();
    expect(kinds(plan({ verdicts: [v], issues: [issueFor(v, { labels: ['severity:medium'] })] }))).toEqual(['update:label-missing']);
  });

  it('with its issue closed by Portwarden: reopen', () => {
    const v = ssh();
    expect(kinds(plan({ verdicts: [v], issues: [issueFor(v, { state: 'closed', stateReason: 'completed' })] }))).toEqual([
      'reopen:reappeared',
    ]);
  });

  it('with its issue closed by a person as not planned: reopen and explain, unless reopen-manually-closed is false', () => {
    const v = ssh();
    const closedByHand = issueFor(v, { state: 'closed', stateReason: 'not_planned' });
    expect(kinds(plan({ verdicts: [v], issues: [closedByHand] }))).toEqual(['reopen:reappeared-after-manual-close']);
    const acknowledged = plan({ verdicts: [v], issues: [closedByHand], options: issueOptions({ reopenManuallyClosed: false }) });
    expect(acknowledged.actions).toEqual([]);
    expect(acknowledged.held).toEqual([expect.objectContaining({ reason: 'acknowledged' })]);
  });
});

describe('an open issue whose port is not reported', () => {
  const v = ssh();
  const id = v.exposure.resource.id;

  it('in a complete scope of its source, the instance running: close as gone', () => {
    expect(plan({ issues: [issueFor(v)], instances: new Map([instance(id, 'running')]) }).actions).toEqual([
      expect.objectContaining({
        kind: 'close',
        reason: 'gone',
        detail: 'no longer reported by inspector2 in a complete scan of 111122223333/eu-west-1',
      }),
    ]);
  });

  it('with no facts about the instance (another account, no member-role): hold, since it may only be stopped', () => {
    const p = plan({ issues: [issueFor(v)] });
    expect(p.actions).toEqual([]);
    expect(p.held).toEqual([expect.objectContaining({ reason: 'state-unknown', detail: expect.stringContaining('member-role') })]);
  });

  it('with no facts, but another port of the same instance still reported: it runs, so close as gone', () => {
    const http = unexpected({ ports: range(80) });
    expect(kinds(plan({ verdicts: [http], issues: [issueFor(v), issueFor(http)] }))).toEqual(['close:gone']);
    const elsewhere = unexpected({ ports: range(80), region: 'us-east-1' });
    expect(
      kinds(plan({ verdicts: [elsewhere], issues: [issueFor(v)], scopes: [completeScope(), completeScope({ region: 'us-east-1' })] })),
    ).toEqual(['create:new']);
  });

  it.each(['incomplete', 'stale'] as const)('in a %s scope: hold, never close', (status) => {
    const p = plan({ issues: [issueFor(v)], scopes: [completeScope({ status, reason: 'x' })] });
    expect(p.actions).toEqual([]);
    expect(p.held).toEqual([expect.objectContaining({ reason: 'scope-incomplete' })]);
  });

  it('when one of two scopes for its place is incomplete: hold', () => {
    const issue = issueFor(v, { sources: ['inspector2', 'inspector-classic'] });
    const p = plan({ issues: [issue], scopes: [completeScope(), completeScope({ source: 'inspector-classic', status: 'stale' })] });
    expect(p.actions).toEqual([]);
  });

  it('in another account, region or source than this run read: untouched', () => {
    expect(plan({ issues: [issueFor(v)], scopes: [completeScope({ accountId: '444455556666' })] })).toEqual({
      actions: [],
      deferred: [],
      held: [],
    });
    expect(plan({ issues: [issueFor(v)], scopes: [completeScope({ region: 'us-east-1' })] }).actions).toEqual([]);
    expect(plan({ issues: [issueFor(v)], scopes: [completeScope({ source: 'inspector-classic' })] }).actions).toEqual([]);
  });

  it('on a stopped instance: nothing, so a restart does not cost a close and a reopen', () => {
    const p = plan({ issues: [issueFor(v)], instances: new Map([instance(id, 'stopped')]) });
    expect(p.actions).toEqual([]);
    expect(p.held).toEqual([expect.objectContaining({ reason: 'instance-stopped' })]);
  });

  it.each(['terminated', 'missing'] as const)('on a %s instance: close as terminated, even in an incomplete scope', (state) => {
    const p = plan({ issues: [issueFor(v)], instances: new Map([instance(id, state)]), scopes: [completeScope({ status: 'incomplete' })] });
    expect(kinds(p)).toEqual(['close:terminated']);
  });

  it('closed already: nothing', () => {
    expect(plan({ issues: [issueFor(v, { state: 'closed', stateReason: 'completed' })] }).actions).toEqual([]);
  });
});

describe('an open issue whose port is reported and now allowed', () => {
  it('closes naming the rule and its reason', () => {
    const before = ssh();
    const now = allowedBy('bastion-ssh', { ports: range(22) });
    const p = plan({ verdicts: [now], issues: [issueFor(before)], rules: [rule({ id: 'bastion-ssh', reason: 'reviewed in SEC-1' })] });
    expect(p.actions).toEqual([
      expect.objectContaining({ kind: 'close', reason: 'now-allowed', detail: 'now allowed by rule `bastion-ssh` (reviewed in SEC-1)' }),
    ]);
  });
});

describe('guards', () => {
  it('creates at most max-new-issues, most severe first, and defers the rest with the reason', () => {
    const verdicts = [
      unexpected({ ports: range(1), severity: 'low' }),
      unexpected({ ports: range(2), severity: 'critical' }),
      unexpected({ ports: range(3), severity: 'high' }),
    ];
    const p = plan({ verdicts, options: issueOptions({ maxNewIssues: 2 }) });
    expect(p.actions.map((a) => (a.kind === 'create' ? a.verdict.exposure.severity : a.kind))).toEqual(['critical', 'high']);
    expect(p.deferred).toEqual([expect.objectContaining({ why: 'max-new-issues (2) reached' })]);
  });

  it('refuses a mass close (more than max-closes and more than half of the open issues) unless allowed', () => {
    const issues = Array.from({ length: 6 }, (_, i) => issueFor(unexpected({ ports: range(1000 + i) })));
    const running = new Map([instance(issues[0]!.identity.resourceId, 'running')]);
    const plan = (input: Partial<PlanInput>) => planWith({ instances: running, ...input });
    const guarded = plan({ issues, options: issueOptions({ maxCloses: 3 }) });
    expect(guarded.actions).toEqual([]);
    expect(guarded.guard).toMatch(/^refusing to close 6 of 6 open issues/);
    expect(guarded.held.filter((h) => h.reason === 'mass-close-guard')).toHaveLength(6);
    expect(plan({ issues, options: issueOptions({ maxCloses: 3, allowMassClose: true }) }).actions).toHaveLength(6);
    expect(plan({ issues, options: issueOptions({ maxCloses: 6 }) }).actions).toHaveLength(6);
  });

  it('lets many closes through when they are a minority of the open issues', () => {
    const issues = Array.from({ length: 10 }, (_, i) => issueFor(unexpected({ ports: range(2000 + i) })));
    const verdicts = issues.slice(4).map((i) => unexpected({ ports: range(i.identity.ports.from) }));
    expect(plan({ issues, verdicts, options: issueOptions({ maxCloses: 3 }) }).actions).toHaveLength(4);
  });
});

describe('duplicates from an earlier failure', () => {
  it('keep the oldest open issue and close the others as duplicates', () => {
    const v = ssh();
    const first = issueFor(v);
    const second = issueFor(v);
    const p = plan({ verdicts: [v], issues: [second, first] });
    expect(p.actions).toEqual([
      expect.objectContaining({ kind: 'close', reason: 'duplicate', issue: second, detail: `duplicate of #${first.number}` }),
    ]);
  });
});

describe('partial knowledge (review findings)', () => {
  const v = unexpected({ ports: range(22) });

  it('a saved export never proves a port gone, even when complete', () => {
    const p = plan({ issues: [issueFor(v)], scopes: [completeScope({ source: 'file' })] });
    expect(p.actions).toEqual([]);
  });

  it('a port now allowed in a place whose scan was partial (EC2 facts failed) is held, not closed', () => {
    const now = allowedBy('by-name', { ports: range(22) });
    const p = plan({
      verdicts: [now],
      issues: [issueFor(v)],
      scopes: [completeScope({ status: 'incomplete', reason: 'EC2 DescribeInstances failed' })],
    });
    expect(p.actions).toEqual([]);
    expect(p.held).toEqual([expect.objectContaining({ reason: 'scope-incomplete', detail: expect.stringContaining('now expected') })]);
  });

  it('a change seen while another source of the place failed is held, not written', () => {
    const issue = issueFor(v, { sources: ['inspector2', 'security-groups'] });
    const now = unexpected({ ports: range(22), severity: 'high' });
    const p = plan({
      verdicts: [now],
      issues: [issue],
      scopes: [completeScope(), completeScope({ source: 'security-groups', status: 'incomplete' })],
    });
    expect(p.actions).toEqual([]);
    expect(p.held[0]).toMatchObject({ reason: 'scope-incomplete', detail: expect.stringContaining('severity medium -> high') });
  });

  it('a new unexpected port in a partial place still opens its issue: none is missed', () => {
    expect(kinds(plan({ verdicts: [v], scopes: [completeScope({ status: 'incomplete' })] }))).toEqual(['create:new']);
  });

  it('the same path in another order is no change', () => {
    const before = unexpected({ ports: range(22), path: ['igw-1', 'sg-a', 'eni-1'] });
    const now = unexpected({ ports: range(22), path: ['eni-1', 'igw-1', 'sg-a'] });
    expect(plan({ verdicts: [now], issues: [issueFor(before)] }).actions).toEqual([]);
  });
});

describe('scopes that cannot prove absence', () => {
  it('a complete read of a subset of Classic templates closes nothing it did not see', () => {
    const v = unexpected({ ports: range(22), sources: ['inspector-classic'] });
    const p = planIssues({
      verdicts: [],
      scopes: [completeScope({ source: 'inspector-classic', provesAbsence: false })],
      issues: [issueFor(v)],
      instances: new Map(),
      rules: [],
      options: issueOptions(),
    });
    expect(p.actions).toEqual([]);
  });
});

describe('the write budget (max-writes)', () => {
  const gone = (port: number) => issueFor(unexpected({ ports: range(port) }));

  it('spends it in order, creates first, a create or close costing its change and its comment, and defers the rest with the reason', () => {
    const creates = [unexpected({ ports: range(22) }), unexpected({ ports: range(23) })];
    const closing = [gone(3306), gone(5432)];
    const p = plan({ verdicts: creates, issues: closing, options: issueOptions({ maxWrites: 7 }) });
    expect(kinds(p)).toEqual(['create:new', 'create:new', 'close:gone']);
    expect(p.deferred).toEqual([
      { action: expect.objectContaining({ kind: 'close' }), limit: 'max-writes', why: 'max-writes (7) reached' },
    ]);
    expect(p.actions.reduce((n, a) => n + writeCost(a), 0)).toBe(6);
  });

  it('never lets a later, cheaper change jump ahead of one that did not fit', () => {
    const reopen = unexpected({ ports: range(22) });
    const stale = unexpected({ ports: range(80) });
    const changed = unexpected({ ports: range(80), severity: 'high' });
    const p = plan({
      verdicts: [reopen, changed],
      issues: [issueFor(reopen, { state: 'closed', stateReason: 'completed' }), issueFor(stale)],
      options: issueOptions({ maxWrites: 1 }),
    });
    expect(kinds(p)).toEqual([]);
    expect(p.deferred.map((d) => `${d.action.kind}:${d.why}`)).toEqual(['reopen:max-writes (1) reached', 'update:max-writes (1) reached']);
  });

  it('costs nothing in a steady state', () => {
    const v = unexpected({ ports: range(22) });
    const p = plan({ verdicts: [v], issues: [issueFor(v)], options: issueOptions({ maxWrites: 1 }) });
    expect(p.actions).toEqual([]);
    expect(p.deferred).toEqual([]);
  });
});
