import { describe, expect, it } from 'vitest';
import { diffAllowlists, impactOf } from '../../src/core/allowlist/diff.js';
import { lintAllowlist, type LintId } from '../../src/core/allowlist/lint.js';
import type { AllowRule } from '../../src/core/model.js';
import { allowlist, evalOptions, exposure, range, rule } from '../support/builders.js';

const lintOptions = { today: '2026-11-23', maxPortsPerRule: 1024, maxExpiryDays: 365 };
const safe = (overrides: Partial<AllowRule> = {}) =>
  rule({ match: { instanceIds: ['i-1'] }, allow: { tcp: [range(443)] }, expires: '2027-03-01', owner: '@acme/web', line: 7, ...overrides });
const ids = (...rules: AllowRule[]) => lintAllowlist(allowlist(...rules), lintOptions).map((f) => `${f.id}@${f.line}`);

describe('lint rules: each fires on the risky rule, at its line, and not on the safe one', () => {
  it('passes a safe rule', () => {
    expect(ids(safe())).toEqual([]);
  });

  it.each<[LintId, Partial<AllowRule>]>([
    ['PW001-all-ports', { allow: { udp: [range(0, 65535)] } }],
    ['PW001-all-ports', { allow: { tcp: [range(1000, 2100)] } }],
    ['PW002-empty-match', { match: {}, allow: { tcp: [range(443)] } }],
    ['PW003-sensitive-wildcard', { match: { name: ['db-*'] }, allow: { tcp: [range(5432)] } }],
    ['PW004-expiry', { expires: undefined }],
    ['PW004-expiry', { expires: '2026-11-01' }],
    ['PW004-expiry', { expires: '2028-01-01' }],
    ['PW006-owner', { owner: 'platform team' }],
  ])('%s', (id, overrides) => {
    expect(ids(safe({ ...overrides, line: 12 }))).toContain(`${id}@12`);
  });

  it('does not flag a sensitive port allowed for an exact instance, or 1024 ports exactly', () => {
    expect(ids(safe({ allow: { tcp: [range(22)] } }))).toEqual([]);
    expect(ids(safe({ allow: { tcp: [range(1000, 2023)] } }))).toEqual([]);
  });

  it('flags an empty match that allows a sensitive port twice over', () => {
    expect(ids(safe({ match: {}, allow: { tcp: [range(3389)] } }))).toEqual(['PW002-empty-match@7', 'PW003-sensitive-wildcard@7']);
  });

  it('flags the later of two identical rules as shadowed, and a subset', () => {
    const wide = safe({ id: 'wide', allow: { tcp: [range(443), range(8443)] }, line: 3 });
    const narrow = safe({ id: 'narrow', line: 9 });
    expect(ids(wide, narrow)).toEqual(['PW005-shadowed@9']);
    expect(ids(safe({ id: 'a', line: 3 }), safe({ id: 'b', line: 9 }))).toEqual(['PW005-shadowed@9']);
    expect(ids(wide, safe({ id: 'other-instance', match: { instanceIds: ['i-2'] }, line: 9 }))).toEqual([]);
  });

  it('explains why and what to write instead', () => {
    const [finding] = lintAllowlist(allowlist(safe({ expires: undefined })), lintOptions);
    expect(finding!.message).toBe(
      'PW004-expiry: rule "r1": has no "expires": every exception should be reviewed again. Add "expires": "2027-02-21" (at most 365 days ahead).',
    );
  });
});

describe('allowlist diff', () => {
  it('lists added, removed and changed rules with the ports each newly allows or stops allowing', () => {
    const base = allowlist(safe({ id: 'web', allow: { tcp: [range(80), range(443)] } }), safe({ id: 'old' }));
    const head = allowlist(
      safe({ id: 'web', allow: { tcp: [range(443), range(8000, 8100)] }, expires: '2027-06-01' }),
      safe({ id: 'new', allow: { udp: [range(1194)] } }),
    );
    expect(diffAllowlists(base, head)).toEqual([
      {
        ruleId: 'web',
        kind: 'changed',
        newlyAllowed: { tcp: '8000-8100' },
        noLongerAllowed: { tcp: '80' },
        otherChanges: ['expires 2027-03-01 -> 2027-06-01'],
      },
      { ruleId: 'new', kind: 'added', newlyAllowed: { udp: '1194' }, noLongerAllowed: {}, otherChanges: [] },
      { ruleId: 'old', kind: 'removed', newlyAllowed: {}, noLongerAllowed: { tcp: '443' }, otherChanges: [] },
    ]);
  });

  it('reports no change for an identical rule', () => {
    expect(diffAllowlists(allowlist(safe()), allowlist(safe()))).toEqual([]);
  });
});

describe('impact preview', () => {
  it('shows which open issues would close and which allowed ports would become unexpected', () => {
    const ssh = exposure({ instanceId: 'i-1', ports: range(22) });
    const web = exposure({ instanceId: 'i-1', ports: range(443) });
    const base = allowlist(safe({ id: 'web' }));
    const head = allowlist(safe({ id: 'ssh', allow: { tcp: [range(22)] } }));
    const impact = impactOf([ssh, web], base, head, evalOptions());
    expect(impact.wouldClose.map((i) => [i.what, i.rules])).toEqual([['111122223333/eu-west-1 i-1 TCP 22', ['ssh']]]);
    expect(impact.wouldOpen.map((i) => [i.what, i.rules])).toEqual([['111122223333/eu-west-1 i-1 TCP 443', ['web']]]);
  });
});
