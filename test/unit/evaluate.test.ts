import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/allowlist/evaluate.js';
import { parseTagAllow } from '../../src/core/allowlist/tag-allow.js';
import type { RuleMatch, Verdict } from '../../src/core/model.js';
import { allowlist, evalOptions, exposure, range, rule } from '../support/builders.js';

const only = (verdicts: Verdict[]) => {
  expect(verdicts).toHaveLength(1);
  return verdicts[0]!;
};

describe('coverage', () => {
  it('expects an exposure whose whole range a matching rule allows', () => {
    const v = only(
      evaluate([exposure({ ports: range(443) })], allowlist(rule({ allow: { tcp: [range(80), range(443)] } })), evalOptions()).verdicts,
    );
    expect(v).toMatchObject({ status: 'expected', rules: ['r1'], uncovered: [], allowed: [range(443)] });
  });

  it('reports the uncovered part when a rule allows only part of the range', () => {
    const v = only(
      evaluate([exposure({ ports: range(8000, 8100) })], allowlist(rule({ allow: { tcp: [range(8000, 8079)] } })), evalOptions()).verdicts,
    );
    expect(v).toMatchObject({ status: 'unexpected', uncovered: [range(8080, 8100)], allowed: [range(8000, 8079)], rules: ['r1'] });
  });

  it('covers a range with the union of several rules', () => {
    const rules = allowlist(
      rule({ id: 'low', allow: { tcp: [range(80, 90)] } }),
      rule({ id: 'high', allow: { tcp: [range(91, 100)] } }),
      rule({ id: 'other', allow: { tcp: [range(8080)] } }),
    );
    const v = only(evaluate([exposure({ ports: range(80, 100) })], rules, evalOptions()).verdicts);
    expect(v).toMatchObject({ status: 'expected', rules: ['low', 'high'] });
  });

  it('allows per protocol: a TCP rule does not allow the UDP port', () => {
    const v = only(evaluate([exposure({ protocol: 'udp', ports: range(443) })], allowlist(rule()), evalOptions()).verdicts);
    expect(v).toMatchObject({ status: 'unexpected', rules: [] });
  });
});

describe('expiry', () => {
  const expiring = (expires: string) => allowlist(rule({ id: 'temp', expires }));

  it('allows through the expiry day and nothing after it', () => {
    expect(only(evaluate([exposure({ ports: range(443) })], expiring('2026-11-23'), evalOptions()).verdicts).status).toBe('expected');
    const { verdicts, expiredRules } = evaluate([exposure({ ports: range(443) })], expiring('2026-11-22'), evalOptions());
    expect(only(verdicts)).toMatchObject({ status: 'unexpected', rules: [], expiredRules: ['temp'] });
    expect(expiredRules).toEqual([{ id: 'temp', expires: '2026-11-22', line: 1 }]);
  });

  it('lists an expired rule even when it matches nothing, and does not call it stale', () => {
    const result = evaluate([], expiring('2020-01-01'), evalOptions());
    expect(result.expiredRules.map((r) => r.id)).toEqual(['temp']);
    expect(result.staleRules).toEqual([]);
  });
});

describe('matching', () => {
  const web = exposure({ name: 'webapps (Prod)', ports: range(443) });
  const allows = (match: RuleMatch, e = web) =>
    only(evaluate([e], allowlist(rule({ match })), evalOptions()).verdicts).status === 'expected';

  it('matches names literally, special characters included', () => {
    expect(allows({ name: ['webapps (Prod)'] })).toBe(true);
    expect(allows({ name: ['webapps (prod)'] })).toBe(false);
    expect(allows({ name: ['webapps.(Prod)'] })).toBe(false);
    expect(allows({ name: ['a.b'] }, exposure({ name: 'aXb', ports: range(443) }))).toBe(false);
    expect(allows({ name: ['a+b'] }, exposure({ name: 'a+b', ports: range(443) }))).toBe(true);
  });

  it('treats * and ? as wildcards', () => {
    expect(allows({ name: ['webapps*'] })).toBe(true);
    expect(allows({ name: ['webapps (Pro?)'] })).toBe(true);
    expect(allows({ name: ['webapps (Pro?'] })).toBe(false);
    expect(allows({ name: ['*'] })).toBe(true);
  });

  it('never matches a name rule on an instance without a Name tag, even with *', () => {
    expect(allows({ name: ['*'] }, exposure({ ports: range(443) }))).toBe(false);
  });

  it('ANDs fields and ORs the entries of a field', () => {
    expect(allows({ name: ['other', 'webapps*'], accounts: ['111122223333'] })).toBe(true);
    expect(allows({ name: ['webapps*'], accounts: ['444455556666'] })).toBe(false);
    expect(allows({ regions: ['eu-*'], instanceIds: ['i-0abc*'] })).toBe(true);
    expect(allows({ regions: ['us-*'], instanceIds: ['i-0abc*'] })).toBe(false);
  });

  it('matches tags by exact key and any listed value', () => {
    const ecs = exposure({ ports: range(443), tags: { 'aws:autoscaling:groupName': 'ecs-prod-workers', Team: 'web' } });
    expect(allows({ tags: { 'aws:autoscaling:groupName': ['ecs-prod-*'] } }, ecs)).toBe(true);
    expect(allows({ tags: { 'aws:autoscaling:groupName': ['ecs-dev-*', 'ecs-prod-workers'] } }, ecs)).toBe(true);
    expect(allows({ tags: { 'aws:autoscaling:*': ['ecs-prod-*'] } }, ecs)).toBe(false);
    expect(allows({ tags: { Team: ['web'], Missing: ['*'] } }, ecs)).toBe(false);
  });

  it('applies an empty match to everything', () => {
    expect(allows({})).toBe(true);
  });
});

describe('stale rules', () => {
  it('lists active rules that covered no exposure', () => {
    const result = evaluate(
      [exposure({ ports: range(443) })],
      allowlist(rule({ id: 'used', line: 3 }), rule({ id: 'unused', match: { name: ['nothing'] }, line: 10 })),
      evalOptions(),
    );
    expect(result.staleRules).toEqual([{ id: 'unused', line: 10 }]);
  });
});

describe('severity and private paths', () => {
  it('ignores exposures below the minimum severity', () => {
    const v = only(evaluate([exposure({ severity: 'low' })], allowlist(), evalOptions({ minSeverity: 'medium' })).verdicts);
    expect(v).toMatchObject({ status: 'ignored', ignoredReason: 'below-min-severity' });
    expect(only(evaluate([exposure({ severity: 'medium' })], allowlist(), evalOptions({ minSeverity: 'medium' })).verdicts).status).toBe(
      'unexpected',
    );
  });

  it('ignores private-path exposures unless asked to include them', () => {
    const peered = exposure({ reachability: 'private' });
    expect(only(evaluate([peered], allowlist(), evalOptions()).verdicts)).toMatchObject({
      status: 'ignored',
      ignoredReason: 'private-path',
    });
    expect(only(evaluate([peered], allowlist(), evalOptions({ includePrivatePaths: true })).verdicts).status).toBe('unexpected');
  });
});

describe('opt-in instance allow tag', () => {
  const tagged = (value: string, ports = range(8443)) => exposure({ ports, tags: { 'portwarden:allow': value } });

  it('is ignored unless a tag key is configured', () => {
    expect(only(evaluate([tagged('tcp:8443')], allowlist(), evalOptions()).verdicts)).toMatchObject({
      status: 'unexpected',
      allowedByTag: false,
    });
  });

  it('allows the tagged ports and marks the verdict as allowed by tag', () => {
    const options = evalOptions({ allowTagKey: 'portwarden:allow' });
    expect(only(evaluate([tagged('tcp:80,8443;udp:1194')], allowlist(), options).verdicts)).toMatchObject({
      status: 'expected',
      allowedByTag: true,
      rules: [],
    });
    expect(only(evaluate([tagged('tcp:32768-60999', range(40000, 40010))], allowlist(), options).verdicts).status).toBe('expected');
    expect(only(evaluate([tagged('udp:8443')], allowlist(), options).verdicts)).toMatchObject({
      status: 'unexpected',
      allowedByTag: false,
    });
  });

  it('reports a malformed value and allows nothing with it', () => {
    const v = only(evaluate([tagged('tcp:8443;ssh')], allowlist(), evalOptions({ allowTagKey: 'portwarden:allow' })).verdicts);
    expect(v).toMatchObject({ status: 'unexpected', allowedByTag: false });
    expect(v.tagProblem).toMatch(/"ssh" in "tcp:8443;ssh" is not "tcp:PORTS"/);
  });

  it.each([
    ['tcp:80,443;udp:1194', { tcp: [range(80), range(443)], udp: [range(1194)] }],
    [' TCP : 32768-60999 ', { tcp: [range(32768, 60999)] }],
  ])('parses %j', (value, allow) => {
    expect(parseTagAllow(value)).toEqual({ ok: true, allow });
  });

  it.each(['', 'tcp:', 'tcp:70000', 'tcp:90-80', 'icmp:8'])('rejects %j', (value) => {
    expect(parseTagAllow(value).ok).toBe(false);
  });
});

describe('the rule index', () => {
  it('gives the same verdicts as scanning every rule', () => {
    const exposures = Array.from({ length: 300 }, (_, i) =>
      exposure({
        instanceId: `i-${i % 40}`,
        name: i % 5 === 0 ? undefined : `web-${i % 13}`,
        tags: { Team: `t${i % 4}` },
        accountId: i % 7 === 0 ? '444455556666' : '111122223333',
        protocol: i % 3 === 0 ? 'udp' : 'tcp',
        ports: range(i % 2 ? 443 : 8000 + i, i % 2 ? 443 : 8010 + i),
      }),
    );
    const rules = allowlist(
      rule({ id: 'by-id', match: { instanceIds: ['i-1', 'i-2', 'i-3'] }, allow: { tcp: [range(8000, 8200)] } }),
      rule({ id: 'by-name', match: { name: ['web-1', 'web-2'] }, allow: { tcp: [range(443)], udp: [range(443)] } }),
      rule({ id: 'by-name-wild', match: { name: ['web-1?'] }, allow: { tcp: [range(8100, 8400)] } }),
      rule({ id: 'by-tag', match: { tags: { Team: ['t1'] } }, allow: { udp: [range(8000, 9000)] } }),
      rule({ id: 'id-and-name', match: { instanceIds: ['i-7'], name: ['web-7'] }, allow: { tcp: [range(1, 65535)] } }),
      rule({ id: 'expired', match: { instanceIds: ['i-9'] }, expires: '2020-01-01' }),
      rule({ id: 'all', match: {}, allow: { tcp: [range(8300, 8310)] } }),
      rule({ id: 'by-account', match: { accounts: ['444455556666'] }, allow: { tcp: [range(443)], udp: [range(8000, 8100)] } }),
      rule({ id: 'by-account-wild', match: { accounts: ['1111*'], tags: { Team: ['t2'] } }, allow: { udp: [range(8100, 8200)] } }),
      rule({ id: 'expired-scanned', match: { tags: { Team: ['t3'] } }, allow: { tcp: [range(443)] }, expires: '2020-01-01' }),
    );
    const indexed = evaluate(exposures, rules, evalOptions());
    const naive = evaluate(exposures, rules, evalOptions(), { indexed: false });
    expect(indexed).toEqual(naive);
    expect(new Set(indexed.verdicts.flatMap((v) => v.rules)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(indexed.verdicts.flatMap((v) => v.expiredRules))).toEqual(new Set(['expired', 'expired-scanned']));
  });
});
