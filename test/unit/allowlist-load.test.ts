import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllowlist } from '../../src/core/allowlist/load.js';
import { AllowlistError, formatProblem } from '../../src/core/errors.js';

const good = `{
  "$schema": "./src/allowlist/schema.json",
  "rules": [
    {
      "id": "public-web",
      "match": { "name": ["webapps (Prod)", "brochure-*.example.com"] },
      "allow": { "tcp": [80, 443] },
      "reason": "Public web sites",
      "owner": "@acme/web",
      "expires": "2027-06-30"
    },
    {
      "id": "ecs-dynamic",
      "match": { "accounts": "111122223333", "tags": { "aws:autoscaling:groupName": "ecs-prod-*" } },
      "allow": { "tcp": ["32768-60999"], "udp": ["1194"] },
      "reason": "ALB to ECS dynamic host ports"
    }
  ]
}
`;

/** Replaces the first occurrence of `from` in the good allowlist. */
const broken = (from: string, to: string) => {
  expect(good).toContain(from);
  return good.replace(from, to);
};

function problemsOf(text: string): string[] {
  try {
    parseAllowlist(text, 'allowlist.json');
  } catch (error) {
    expect(error).toBeInstanceOf(AllowlistError);
    return (error as AllowlistError).problems.map(formatProblem);
  }
  throw new Error('expected the allowlist to be rejected');
}

describe('a valid allowlist', () => {
  it('becomes rules with lists, ranges and the line of each rule', () => {
    const { rules } = parseAllowlist(good, 'allowlist.json');
    expect(rules).toEqual([
      {
        id: 'public-web',
        match: { name: ['webapps (Prod)', 'brochure-*.example.com'] },
        allow: {
          tcp: [
            { from: 80, to: 80 },
            { from: 443, to: 443 },
          ],
        },
        reason: 'Public web sites',
        owner: '@acme/web',
        expires: '2027-06-30',
        line: 4,
      },
      {
        id: 'ecs-dynamic',
        match: { accounts: ['111122223333'], tags: { 'aws:autoscaling:groupName': ['ecs-prod-*'] } },
        allow: { tcp: [{ from: 32768, to: 60999 }], udp: [{ from: 1194, to: 1194 }] },
        reason: 'ALB to ECS dynamic host ports',
        line: 12,
      },
    ]);
  });

  it('includes the repository allowlist and every rule in it', () => {
    const text = readFileSync(new URL('../../allowlist.json', import.meta.url), 'utf8');
    expect(parseAllowlist(text, 'allowlist.json').rules.length).toBe(JSON.parse(text).rules.length);
  });
});

describe('a broken allowlist names file:line:column and the fix', () => {
  it('a missing comma', () => {
    expect(problemsOf(broken('"allow": { "tcp": [80, 443] },', '"allow": { "tcp": [80, 443] }'))).toEqual([
      'allowlist.json:8:7: invalid JSON (CommaExpected at "\\"reason\\""): a comma is missing before this: add "," after the previous value',
    ]);
  });

  it('an unknown key, at the key itself, with a suggestion', () => {
    expect(problemsOf(broken('"allow": { "tcp": [80, 443] }', '"alow": { "tcp": [80, 443] }'))).toEqual([
      'allowlist.json:7:7: unknown key "alow" in rules[0] (rule "public-web"): did you mean "allow"? Allowed keys: id, match, allow, reason, owner, expires.',
    ]);
    // A key that is unknown and no typo of a missing one leaves both messages.
    expect(problemsOf(broken('"allow": { "tcp": [80, 443] }', '"ports": { "tcp": [80, 443] }'))).toEqual([
      'allowlist.json:4:5: rules[0] (rule "public-web") has no "allow": add "allow": { "tcp": [443] }',
      'allowlist.json:7:7: unknown key "ports" in rules[0] (rule "public-web"). Allowed keys: id, match, allow, reason, owner, expires.',
    ]);
  });

  it('port 70000, as a number and inside a range string', () => {
    expect(problemsOf(broken('[80, 443]', '[80, 70000]'))).toEqual([
      'allowlist.json:7:30: port 70000 at rules[0].allow.tcp[1] (rule "public-web") is outside 0-65535: use a port from 0 to 65535, or a range such as "32768-60999".',
    ]);
    expect(problemsOf(broken('"32768-60999"', '"32768-70000"'))).toEqual([
      'allowlist.json:15:26: port 70000 in "32768-70000" is outside 0-65535 (rules[1].allow.tcp[0]).',
    ]);
  });

  it('a reversed range', () => {
    expect(problemsOf(broken('"32768-60999"', '"90-80"'))).toEqual([
      'allowlist.json:15:26: range "90-80" is reversed: write "80-90" (rules[1].allow.tcp[0]).',
    ]);
  });

  it('an expiry that is not a date', () => {
    const [problem] = problemsOf(broken('"2027-06-30"', '"tomorrow"'));
    expect(problem).toMatch(/^allowlist\.json:10:18: rules\[0\]\.expires \(rule "public-web"\) "tomorrow" is not valid .*YYYY-MM-DD/);
    expect(problemsOf(broken('"2027-06-30"', '"2027-02-30"'))).toEqual([
      'allowlist.json:10:18: expires "2027-02-30" is not a calendar date: write YYYY-MM-DD, e.g. "2027-06-30".',
    ]);
  });

  it('a rule without a reason', () => {
    expect(problemsOf(broken('"reason": "ALB to ECS dynamic host ports"', '"owner": "@acme/platform"'))).toEqual([
      'allowlist.json:12:5: rules[1] (rule "ecs-dynamic") has no "reason": add "reason": "why these ports are expected"',
    ]);
  });

  it('duplicate ids and duplicate keys', () => {
    expect(problemsOf(broken('"id": "ecs-dynamic"', '"id": "public-web"'))).toEqual([
      'allowlist.json:13:13: rule id "public-web" is used twice (first at rules[0]): ids must be unique, rename one.',
    ]);
    expect(problemsOf(broken('"reason": "Public web sites",', '"reason": "Public web sites", "reason": "again",'))).toEqual([
      'allowlist.json:8:37: key "reason" appears twice in one object; JSON keeps only the last: merge them.',
    ]);
  });

  it('a trailing comma, a comment and an empty file', () => {
    expect(problemsOf(broken('"expires": "2027-06-30"', '"expires": "2027-06-30",'))[0]).toMatch(
      /^allowlist\.json:11:5: .*remove that trailing comma/,
    );
    expect(problemsOf(broken('"rules": [', '// ports\n  "rules": ['))[0]).toMatch(/^allowlist\.json:3:3: .*JSON has no comments/);
    // Issue #15: an empty file is said to be empty, not given the trailing-comma hint.
    expect(problemsOf('')).toEqual(['allowlist.json:1:1: the file is empty: write {"rules": []}']);
    expect(problemsOf('  \n')).toEqual(['allowlist.json:1:1: the file is empty: write {"rules": []}']);
  });

  it('wrong types and empty lists', () => {
    expect(problemsOf(broken('"tcp": [80, 443]', '"tcp": 443'))).toEqual([
      'allowlist.json:7:25: rules[0].allow.tcp (rule "public-web") must be a list, not the number 443. Ports and inclusive ranges: 443, "443" or "32768-60999", each within 0-65535.',
    ]);
    expect(problemsOf(broken('"allow": { "tcp": [80, 443] }', '"allow": {}'))[0]).toMatch(
      /^allowlist\.json:7:16: rules\[0\]\.allow .*must NOT have fewer than 1 properties/,
    );
    expect(problemsOf(broken('"accounts": "111122223333"', '"accounts": "11112222333x"'))[0]).toMatch(
      /^allowlist\.json:14:30: rules\[1\]\.match\.accounts .*12-digit AWS account ids/,
    );
  });

  it('reports every problem, sorted by position', () => {
    const text = broken('"reason": "ALB to ECS dynamic host ports"', '"notes": "x"').replace('[80, 443]', '[80, 70000]');
    expect(problemsOf(text).map((p) => p.split(': ')[0])).toEqual(['allowlist.json:7:30', 'allowlist.json:12:5', 'allowlist.json:16:7']);
  });
});
