import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAcceptComment } from '../../src/core/accept/command.js';
import { ruleForIssue, withRule } from '../../src/core/accept/rule-edit.js';
import { parseAllowlist } from '../../src/core/allowlist/load.js';
import { range } from '../support/builders.js';
import { issueFor, unexpected } from '../support/issue-builders.js';

describe('the /portwarden allow command', () => {
  it.each([
    [
      '/portwarden allow reason: "Contractor VPN, see SEC-123" expires: 2027-03-01 scope: name',
      { reason: 'Contractor VPN, see SEC-123', expires: '2027-03-01', scope: { kind: 'name' } },
    ],
    ['Looks fine.\n/portwarden allow reason: partner', { reason: 'partner', scope: { kind: 'instance' } }],
    [
      '/portwarden allow scope: tag:aws:autoscaling:groupName reason: "ASG \\"ecs\\" hosts"',
      { reason: 'ASG "ecs" hosts', scope: { kind: 'tag', key: 'aws:autoscaling:groupName' } },
    ],
  ])('reads %j', (body, command) => {
    expect(parseAcceptComment(body)).toEqual({ kind: 'command', command });
  });

  it('ignores comments without a command', () => {
    expect(parseAcceptComment('thanks, looking into it')).toEqual({ kind: 'none' });
  });

  it.each([
    ['/portwarden allow', /a reason is required/],
    ['/portwarden allow expires: 2027-01-01', /a reason is required/],
    ['/portwarden allow reason: "x y" expires: tomorrow', /expires "tomorrow" is not YYYY-MM-DD/],
    ['/portwarden allow reason: "fine" scope: everything', /scope "everything" is not instance, name or tag:KEY/],
    ['/portwarden allow reason: "fine" reason: "again"', /"reason" is given twice/],
    ['/portwarden allow reason: "fine" ports: 1-65535', /unknown field "ports"/],
    ['/portwarden deny reason: "ok"', /only "\/portwarden allow"/],
    ['/portwarden allow reason: "unterminated', /cannot read/],
    ['/portwarden allow reason: ok; rm -rf /', /cannot read/],
  ])('rejects %j', (body, problem) => {
    const parsed = parseAcceptComment(body);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.problem).toMatch(problem);
  });
});

describe('the rule an accepted issue becomes', () => {
  const issue = issueFor(unexpected({ name: 'vpn-gw-2', ports: range(8000, 8100), tags: { Team: 'network' } }), {
    number: 42,
    tags: { Name: 'vpn-gw-2', Team: 'network' },
  });
  const options = { commenter: 'alice', today: '2026-11-23', maxExpiryDays: 365 };

  it('allows exactly the issue protocol and ports for the chosen scope', () => {
    const made = ruleForIssue(issue, { reason: 'partner', scope: { kind: 'tag', key: 'Team' } }, options);
    expect(made).toEqual({
      ok: true,
      rule: {
        id: 'accept-issue-42-tcp',
        match: { accounts: ['111122223333'], regions: ['eu-west-1'], tags: { Team: 'network' } },
        allow: { tcp: ['8000-8100'] },
        reason: 'partner',
        owner: '@alice',
        expires: '2027-11-23',
      },
    });
  });

  it('refuses an expiry beyond max-expiry-days and a scope the instance cannot fill', () => {
    expect(ruleForIssue(issue, { reason: 'x y z', expires: '2028-01-01', scope: { kind: 'instance' } }, options)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('more than max-expiry-days (365)'),
    });
    expect(ruleForIssue(issue, { reason: 'x y z', scope: { kind: 'tag', key: 'Owner' } }, options)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('no tag "Owner"'),
    });
  });

  it('is inserted without touching the rest of the file, and replaced on a second command', () => {
    const text = readFileSync(new URL('../../allowlist.json', import.meta.url), 'utf8');
    const made = ruleForIssue(issue, { reason: 'partner', scope: { kind: 'instance' } }, options);
    if (!made.ok) throw new Error(made.problem);
    const once = withRule(text, made.rule);
    expect(once.startsWith(text.slice(0, text.lastIndexOf('}\n  ]')))).toBe(true);
    const parsed = parseAllowlist(once, 'allowlist.json');
    expect(parsed.rules.at(-1)).toMatchObject({ id: 'accept-issue-42-tcp', allow: { tcp: [range(8000, 8100)] } });
    const twice = withRule(once, { ...made.rule, reason: 'partner, renewed' });
    expect(parseAllowlist(twice, 'allowlist.json').rules.filter((r) => r.id === 'accept-issue-42-tcp')).toEqual([
      expect.objectContaining({ reason: 'partner, renewed' }),
    ]);
    expect(twice.replace('partner, renewed', 'partner')).toBe(once);
  });
});
