// The trust boundaries, as pure functions: what tags, names, ids, issue text, comments and
// dispatched events may and may not do. Each case is an attack from the review that broke
// them, and the legitimate use next to it.
import { describe, expect, it } from 'vitest';
import { parseAcceptComment } from '../../src/core/accept/command.js';
import { ruleForIssue, withRule, type RuleJson } from '../../src/core/accept/rule-edit.js';
import { scopeProblem } from '../../src/core/accept/rule-scope.js';
import { evaluate } from '../../src/core/allowlist/evaluate.js';
import { parseAllowlist } from '../../src/core/allowlist/load.js';
import { AllowlistError } from '../../src/core/errors.js';
import { LIMITS, readMarker } from '../../src/core/issues/marker.js';
import { planIssues } from '../../src/core/issues/plan.js';
import { GITHUB_LIMITS, renderBody, renderClosedBody, renderTitle } from '../../src/core/issues/render.js';
import { renderActionComment, renderIdentityComment } from '../../src/core/issues/comments.js';
import { markdownText } from '../../src/core/text.js';
import { exposureFromDispatch } from '../../src/core/findings/dispatch-event.js';
import { compileGlob, compileMatcher } from '../../src/core/wildcard.js';
import { allowlist, evalOptions, exposure, range, rule } from '../support/builders.js';
import { issueFor, issueOptions, unexpected } from '../support/issue-builders.js';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

describe('wildcards match in linear time, with the same answers as before', () => {
  /** The old matcher: a regular expression, correct but backtracking. Safe on short texts only. */
  const reference = (pattern: string, text: string) =>
    new RegExp(
      `^${[...pattern].map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&'))).join('')}$`,
      's',
    ).test(text);

  it('agrees with the regular expression on thousands of random short patterns and texts', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pick = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
    for (let i = 0; i < 5000; i++) {
      const pattern = pick('ab*?.(', random(8));
      const text = pick('ab.(', random(10));
      expect({ pattern, text, match: compileGlob(pattern)(text) }).toEqual({ pattern, text, match: reference(pattern, text) });
    }
  });

  it.each([
    ['5 stars against a Name of 256 characters (AWS maximum)', '*a*a*a*a*b', 'a'.repeat(256)],
    ['8 stars against 64 characters', '*a*a*a*a*a*a*a*b', 'a'.repeat(64)],
    ['a 256-character pattern of stars and letters against 256 characters', '*a'.repeat(128), 'a'.repeat(255) + 'b'],
    ['question marks and stars', '?*?*?*?*?*?*?*b', 'x'.repeat(256)],
  ])('answers at once for %s (a backtracking matcher takes minutes)', (_, pattern, text) => {
    // No timing assertion: a backtracking matcher does not finish within the test timeout.
    expect(compileMatcher([pattern])(text)).toBe(false);
    expect(compileMatcher([pattern])(text.slice(0, -1) + 'b')).toBe(pattern.endsWith('b'));
  });

  it('evaluates 1,000 exposures with 256-character Names against adversarial rules', () => {
    const exposures = Array.from({ length: 1000 }, (_, n) =>
      exposure({ name: 'a'.repeat(255 - String(n).length) + String(n), instanceId: `i-${String(n).padStart(8, '0')}` }),
    );
    const rules = [rule({ id: 'trap', match: { name: ['*a*a*a*a*a*a*a*a*b'] }, allow: { tcp: [range(22)] } })];
    const { verdicts } = evaluate(exposures, allowlist(...rules), evalOptions());
    expect(verdicts.every((v) => v.status === 'unexpected')).toBe(true);
  });
});

describe('tag keys are own properties, never JavaScript built-ins', () => {
  it.each(PROTOTYPE_NAMES)('a rule on tag %s matches only instances that carry that tag', (key) => {
    const list = allowlist(rule({ id: 'builtin', match: { tags: { [key]: ['*'] } }, allow: { tcp: [range(22)] } }));
    const without = exposure({ name: 'web-1' });
    const withTag = exposure({
      name: 'web-2',
      instanceId: 'i-0000000000000002',
      tags: Object.fromEntries([[key, 'yes']]) as Record<string, string>,
    });
    const verdicts = evaluate([without, withTag], list, evalOptions()).verdicts;
    expect(verdicts.map((v) => v.status)).toEqual(['unexpected', 'expected']);
  });

  it.each(PROTOTYPE_NAMES)('the allow tag key %s allows nothing on an instance without it', (key) => {
    const verdict = evaluate([exposure({ name: 'web-1' })], allowlist(), evalOptions({ allowTagKey: key })).verdicts[0]!;
    expect(verdict.status).toBe('unexpected');
  });

  it.each(PROTOTYPE_NAMES)('/portwarden allow scope: tag:%s finds no such tag on an issue without it', (key) => {
    const issue = issueFor(unexpected({ name: 'web-1' }), { tags: { Name: 'web-1' } });
    const parsed = parseAcceptComment(`/portwarden allow reason: "fine by me" scope: tag:${key}`);
    if (parsed.kind !== 'command') throw new Error(`not parsed: ${JSON.stringify(parsed)}`);
    expect(ruleForIssue(issue, parsed.command, { commenter: 'alice', today: '2026-11-23', maxExpiryDays: 365 })).toEqual({
      ok: false,
      problem: expect.stringContaining(`has no tag "${key}"`),
    });
  });

  it('a rule on Name matches the Name tag, not a built-in', () => {
    const verdicts = evaluate(
      [exposure({})],
      allowlist(rule({ match: { name: ['*'] }, allow: { tcp: [range(22)] } })),
      evalOptions(),
    ).verdicts;
    expect(verdicts[0]!.status).toBe('unexpected');
  });
});

describe('titles, bodies and comments fit GitHub whatever the input', () => {
  const dashes = (n: number) => '-'.repeat(n);
  const hostileTags = Object.fromEntries(
    Array.from({ length: 49 }, (_, i) => [`${dashes(127)}${String.fromCharCode(65 + (i % 26))}${i}`.slice(0, 128), dashes(256)]),
  );
  const cases: [string, Parameters<typeof exposure>[0]][] = [
    ['49 tags at AWS limits made of "-"', { name: dashes(256), tags: hostileTags }],
    ['a 100 kB Name', { name: 'x'.repeat(100_000) }],
    ['a 300-character instance id', { instanceId: `i-${'f'.repeat(298)}` }],
    [
      'a 100 kB instance id, account and region',
      { instanceId: 'i'.repeat(100_000), accountId: '1'.repeat(100_000), region: '-'.repeat(100_000) },
    ],
    ['a 100 kB network path', { path: Array.from({ length: 2000 }, (_, i) => `igw-${dashes(50)}${i}`) }],
    ['a 100 kB path component and title', { path: [dashes(100_000)], title: '@'.repeat(100_000) }],
  ];

  it.each(cases)('%s', (_, overrides) => {
    const v = unexpected(overrides);
    const title = renderTitle(v);
    const body = renderBody(v, issueOptions());
    expect([...title].length).toBeLessThanOrEqual(GITHUB_LIMITS.title);
    expect(body.length).toBeLessThanOrEqual(GITHUB_LIMITS.body);
    expect(renderIdentityComment(v).length).toBeLessThanOrEqual(GITHUB_LIMITS.body);
    // The marker is whole and readable: planning can find the issue again.
    const read = readMarker(body);
    expect(read.kind).toBe('valid');
    expect(read.kind === 'valid' && read.marker.fingerprint).toBe(v.fingerprint);
    // A close adds its note on top of the body, and still fits.
    const issue = issueFor(v, {
      body,
      ...(read.kind === 'valid' ? { identity: read.marker.identity, material: read.marker.material } : {}),
    });
    const close = {
      kind: 'close' as const,
      issue,
      reason: 'now-allowed' as const,
      detail: `now allowed by ${Array.from({ length: 50 }, (_, i) => `rule \`r${i}\` (${'why '.repeat(250)})`).join(' and ')}`,
    };
    expect(renderClosedBody(issue, `Closed by Portwarden: ${close.detail}`).length).toBeLessThanOrEqual(GITHUB_LIMITS.body);
    expect(renderActionComment(close)!.length).toBeLessThanOrEqual(GITHUB_LIMITS.body);
  });

  it('keeps thousands of unexpected ranges within the limits', () => {
    const v = unexpected({ ports: range(0, 65535) });
    const gappy = { ...v, uncovered: Array.from({ length: 30_000 }, (_, i) => range(i * 2, i * 2)) };
    expect(renderTitle(gappy).length).toBeLessThanOrEqual(256);
    expect(renderBody(gappy, issueOptions()).length).toBeLessThanOrEqual(GITHUB_LIMITS.body);
  });

  it('closes a body a person filled to the limit without exceeding it, and puts the marker back', () => {
    const v = unexpected({ name: 'web-1' });
    const issue = issueFor(v, { body: 'x'.repeat(GITHUB_LIMITS.body), markerFrom: 'comment' });
    const closed = renderClosedBody(issue, 'Closed by Portwarden: the port is closed.');
    expect(closed.length).toBeLessThanOrEqual(GITHUB_LIMITS.body);
    expect(closed.startsWith('> [!NOTE]\n> Closed by Portwarden: the port is closed.')).toBe(true);
    const read = readMarker(closed);
    expect(read.kind === 'valid' && read.marker.fingerprint).toBe(v.fingerprint);
  });

  it('keeps tags whole in the marker, or leaves them out: a cut value would make a wrong rule', () => {
    const v = unexpected({ name: 'web-1', tags: { Team: 'payments', Long: 'x'.repeat(300) } });
    const read = readMarker(renderBody(v, issueOptions()));
    expect(read.kind === 'valid' && read.marker.tags).toEqual({ Name: 'web-1', Team: 'payments' });
  });

  it('neutralises bare links, GH-123 and mentions in AWS text', () => {
    const text = markdownText('see https://evil.example and www.evil.example, GH-123, #45 and @acme/security');
    expect(text).not.toMatch(/https:\/\/|www\.evil|GH-1|#4|@a/);
    expect(text.replace(/\u200b/g, '')).toContain('https&#58;'.replace('&#58;', ':'));
  });
});

describe('markers are checked against a schema', () => {
  const valid = renderBody(unexpected({ name: 'web-1' }), issueOptions());
  const json = JSON.parse(/<!-- portwarden:(.*) -->/.exec(valid)![1]!) as Record<string, unknown>;
  const withMarker = (value: unknown) => valid.replace(/<!-- portwarden:.* -->/, `<!-- portwarden:${JSON.stringify(value)} -->`);

  it.each([
    ['no sources', { ...json, sources: undefined }, 'marker field "sources"'.replace(' field "sources"', '') + ' lacks "sources"'],
    [
      'a path that is not a list',
      { ...json, material: { ...(json.material as object), path: 'igw-1' } },
      'marker field "material.path" must be array',
    ],
    [
      'ports that are not numbers',
      { ...json, identity: { ...(json.identity as object), ports: { from: '22', to: 22 } } },
      'marker field "identity.ports.from" must be integer',
    ],
    [
      'an unknown protocol',
      { ...json, identity: { ...(json.identity as object), protocol: 'icmp' } },
      'marker field "identity.protocol" must be one of tcp, udp',
    ],
    ['a fingerprint that is not one', { ...json, fingerprint: '../../etc' }, 'is not a Portwarden fingerprint'],
    ['a newer version', { ...json, v: 2 }, 'a marker version this Portwarden does not know'],
  ])('names the problem in words: %s', (_, marker, problem) => {
    const read = readMarker(withMarker(marker));
    expect(read).toEqual({ kind: 'invalid', problem: expect.stringContaining(problem) });
    expect(read.kind === 'invalid' && read.problem).not.toMatch(/TypeError|iterable|undefined/);
  });

  it('reads markers written by the earlier version, with unknown fields kept out of the way', () => {
    expect(readMarker(withMarker({ ...json, future: { anything: true } })).kind).toBe('valid');
    expect(
      readMarker(
        '<!-- portwarden:{"v":1,"fingerprint":"0123456789abcdef0123","identity":{"accountId":"111122223333","region":"eu-west-1","resourceId":"i-1","protocol":"tcp","ports":{"from":22,"to":22}},"sources":["inspector2"],"material":{"severity":"high","uncovered":"22","name":null,"reachability":"internet","path":[]}} -->',
      ).kind,
    ).toBe('valid');
  });

  it('says a marker that is not JSON, and one that is not closed', () => {
    expect(readMarker('<!-- portwarden:{nope} -->')).toEqual({ kind: 'invalid', problem: 'the marker is not valid JSON' });
    expect(readMarker('<!-- portwarden:{"v":1}')).toEqual({ kind: 'invalid', problem: expect.stringContaining('not closed') });
  });

  it('bounds the marker whatever the material', () => {
    const marker = /<!-- portwarden:.* -->/.exec(
      renderBody(unexpected({ name: '-'.repeat(100_000), path: Array.from({ length: 500 }, () => '-'.repeat(500)) }), issueOptions()),
    )![0];
    expect(marker.length).toBeLessThan(LIMITS.pathChars + LIMITS.tagChars + 6 * (3 * LIMITS.id + LIMITS.name) + 2000);
  });
});

describe('/portwarden allow builds exactly the rule asked for', () => {
  const command = (text: string) => {
    const parsed = parseAcceptComment(text);
    if (parsed.kind !== 'command') throw new Error(JSON.stringify(parsed));
    return parsed.command;
  };
  const make = (name: string, tags: Record<string, string>, scope: string) => {
    const issue = issueFor(unexpected({ name, tags }), { number: 7, tags: { Name: name, ...tags } });
    return ruleForIssue(issue, command(`/portwarden allow reason: "reviewed" scope: ${scope}`), {
      commenter: 'alice',
      today: '2026-11-23',
      maxExpiryDays: 365,
    });
  };

  it.each([
    ['a Name of *', '*', {}, 'name'],
    ['a Name with ?', 'bastion-?', {}, 'name'],
    ['a tag value with *', 'web-1', { Team: 'pay*' }, 'tag:Team'],
  ])('matches by instance, and says why, for %s', (_, name, tags, scope) => {
    const made = make(name, tags, scope);
    expect(made).toMatchObject({
      ok: true,
      rule: { match: { accounts: ['111122223333'], regions: ['eu-west-1'], instanceIds: ['i-0abc12345def67890'] } },
      note: expect.stringContaining('wildcards'),
    });
    expect(JSON.stringify(made.ok && made.rule.match)).not.toMatch(/[*?]/);
  });

  it('copies a literal Name or tag value as asked', () => {
    expect(make('webapps (Prod)', {}, 'name')).toMatchObject({ ok: true, rule: { match: { name: ['webapps (Prod)'] } } });
    expect(make('web-1', { Team: 'payments' }, 'tag:Team')).toMatchObject({ ok: true, rule: { match: { tags: { Team: 'payments' } } } });
  });

  it.each([
    ['in a fenced code block', 'Try this:\n```\n/portwarden allow reason: "fine"\n```'],
    ['in a tilde fence', '~~~text\n/portwarden allow reason: "fine"\n~~~'],
    ['in an indented code block', 'Like so:\n\n    /portwarden allow reason: "fine"'],
    ['in a quote', '> /portwarden allow reason: "fine"\n\nShould we?'],
    ['inside a sentence', 'Someone wrote /portwarden allow reason: "fine" earlier'],
  ])('is not a command %s', (_, body) => {
    expect(parseAcceptComment(body)).toEqual({ kind: 'none' });
  });

  it('is a command after a closed code block', () => {
    expect(parseAcceptComment('```\nnot this\n```\n/portwarden allow reason: "fine"')).toMatchObject({ kind: 'command' });
  });

  it('refuses a reason longer than the allowlist takes', () => {
    expect(parseAcceptComment(`/portwarden allow reason: "${'x'.repeat(1001)}"`)).toEqual({
      kind: 'invalid',
      problem: expect.stringContaining('at most 1000'),
    });
  });

  it('refuses an expiry that is not a calendar date', () => {
    expect(
      ruleForIssue(issueFor(unexpected()), command('/portwarden allow reason: "fine" expires: 2026-02-30'), {
        commenter: 'a',
        today: '2026-01-01',
        maxExpiryDays: 365,
      }),
    ).toEqual({ ok: false, problem: expect.stringContaining('not a calendar date') });
  });

  it('finds a rule broader than its issue in the latest report', () => {
    const issue = issueFor(unexpected({ name: 'web-1' }), { tags: { Name: 'web-1' } });
    const wide: RuleJson = {
      id: 'x',
      match: { accounts: ['111122223333'], regions: ['eu-west-1'], name: ['web-*'] },
      allow: { tcp: [22] },
      reason: 'r',
      owner: '@a',
      expires: '2027-01-01',
    };
    const other = exposure({ name: 'web-2', instanceId: 'i-0000000000000099' });
    expect(scopeProblem(wide, issue, [other], '2026-11-23')).toMatch(/also match 1 other resource/);
    const exact: RuleJson = { ...wide, match: { ...wide.match, name: ['web-1'] } };
    expect(scopeProblem(exact, issue, [other], '2026-11-23')).toBeUndefined();
    const elsewhere: RuleJson = { ...wide, match: { instanceIds: ['i-1'] } };
    expect(scopeProblem(elsewhere, issue, [], '2026-11-23')).toMatch(/would not match/);
  });
});

describe('the allowlist edit changes only the added rule', () => {
  const compact = [
    '{',
    '  "rules": [',
    '    { "id": "public-web",',
    '      "match": { "name": ["webapps (Prod)", "brochure-*.example.com"] },',
    '      "allow": { "tcp": [80, 443] },',
    '      "reason": "Public web sites", "owner": "@acme/web", "expires": "2027-06-30" },',
    '    { "id": "ecs-dynamic", "match": { "tags": { "aws:autoscaling:groupName": "ecs-prod-*" } }, "allow": { "tcp": ["32768-60999"] }, "reason": "ALB to ECS" }',
    '  ]',
    '}',
    '',
  ].join('\n');
  const added: RuleJson = {
    id: 'accept-issue-3-tcp',
    match: { accounts: ['111122223333'], instanceIds: ['i-1'] },
    allow: { tcp: [22] },
    reason: 'jump host',
    owner: '@alice',
    expires: '2027-01-01',
  };

  it("leaves the README's compact rules as they were: the diff is the rule and one comma", () => {
    const edited = withRule(compact, added);
    const before = compact.split('\n');
    const after = edited.split('\n');
    expect(after.slice(0, 6)).toEqual(before.slice(0, 6));
    expect(after[6]).toBe(`${before[6]},`);
    expect(after.slice(-3)).toEqual(before.slice(-3));
    expect(JSON.parse(edited).rules).toEqual([...JSON.parse(compact).rules, added]);
    expect(parseAllowlist(edited, 'allowlist.json').rules).toHaveLength(3);
  });

  it('replaces its own rule in place on a second command', () => {
    const once = withRule(compact, added);
    const twice = withRule(once, { ...added, reason: 'jump host until March' });
    expect(twice.replace('jump host until March', 'jump host')).toBe(once);
  });

  it('adds the first rule to an empty list', () => {
    expect(JSON.parse(withRule('{\n  "rules": []\n}\n', added)).rules).toEqual([added]);
  });
});

describe('the allowlist limits its text', () => {
  const load = (fields: Record<string, unknown>) => () =>
    parseAllowlist(
      JSON.stringify({ rules: [{ id: 'r', match: {}, allow: { tcp: [22] }, reason: 'fine reason', ...fields }] }, null, 2),
      'allowlist.json',
    );
  it.each([
    ['a 65,400-character reason', { reason: 'x'.repeat(65_400) }, /reason \(rule "r"\) has 65400 characters, more than 1000/],
    ['a reason of only spaces', { reason: '     ' }, /reason \(rule "r"\) is only white space/],
    ['an owner over 100 characters', { owner: `@${'a'.repeat(100)}` }, /owner \(rule "r"\) has 101 characters, more than 100/],
    ['an id over 100 characters', { id: 'a'.repeat(101) }, /is not valid/],
    ['a Name over 256 characters', { match: { name: 'n'.repeat(257) } }, /match\.name \(rule "r"\) has 257 characters, more than 256/],
    ['a tag value over 256 characters', { match: { tags: { Team: ['t'.repeat(257)] } } }, /has 257 characters, more than 256/],
  ])('refuses %s with its place and limit', (_, fields, message) => {
    expect(load(fields)).toThrow(AllowlistError);
    expect(load(fields)).toThrow(message);
  });

  it('keeps a rejected value out of the message', () => {
    expect(load({ reason: 'x'.repeat(65_400) })).toThrow(/^[^x]*(x[^x]*){0,5}$/s);
  });

  it('still loads an estate of 100,000 rules (no limit on their number)', () => {
    const rules = Array.from({ length: 100_000 }, (_, i) => ({
      id: `r${i}`,
      match: { instanceIds: [`i-${i.toString(16).padStart(8, '0')}`] },
      allow: { tcp: [443] },
      reason: 'web server',
    }));
    expect(parseAllowlist(JSON.stringify({ rules }), 'allowlist.json').rules).toHaveLength(100_000);
  });
});

describe('a pushed finding raises, never rewrites', () => {
  const scanned = unexpected({ name: 'bastion-1', severity: 'high' });
  const issue = issueFor(scanned);
  const plan = (v: typeof scanned) =>
    planIssues({
      verdicts: [v],
      scopes: [],
      issues: [issue],
      instances: new Map(),
      rules: [],
      options: issueOptions(),
      pushedFinding: true,
    }).actions;

  it.each([
    ['a lower severity', { severity: 'low' as const }],
    ['another Name', { name: 'innocent-box' }],
    ['another path', { path: ['pcx-1'] }],
  ])('makes no change for %s', (_, overrides) => {
    expect(plan(unexpected({ name: 'bastion-1', severity: 'high', ...overrides }))).toEqual([]);
  });

  it('updates for a higher severity', () => {
    expect(plan(unexpected({ name: 'bastion-1', severity: 'critical' })).map((a) => a.kind)).toEqual(['update']);
  });

  it('restores a marker that was removed from the body when nothing else changed', () => {
    const restored = planIssues({
      verdicts: [scanned],
      scopes: [],
      issues: [{ ...issue, markerFrom: 'comment' }],
      instances: new Map(),
      rules: [],
      options: issueOptions(),
    }).actions;
    expect(restored).toEqual([expect.objectContaining({ kind: 'update', reason: 'marker-missing' })]);
  });
});

describe('dispatched events state their account and region once, consistently', () => {
  const finding = (overrides: Record<string, unknown> = {}, resource: Record<string, unknown> = {}) => ({
    findingArn: 'arn:aws:inspector2:eu-west-1:111122223333:finding/0123456789abcdef0123456789abcdef',
    awsAccountId: '111122223333',
    type: 'NETWORK_REACHABILITY',
    status: 'ACTIVE',
    severity: 'HIGH',
    title: 'Port 22 is reachable from an Internet Gateway - TCP',
    resources: [{ type: 'AWS_EC2_INSTANCE', id: 'i-0abc12345def67890', region: 'eu-west-1', tags: { Name: 'bastion-1' }, ...resource }],
    networkReachabilityDetails: {
      protocol: 'TCP',
      openPortRange: { begin: 22, end: 22 },
      networkPath: { steps: [{ componentId: 'igw-1', componentType: 'AWS::EC2::InternetGateway' }] },
    },
    ...overrides,
  });
  const event = (detail: unknown, envelope: Record<string, unknown> = {}) => ({
    'detail-type': 'Inspector2 Finding',
    source: 'aws.inspector2',
    account: '111122223333',
    region: 'eu-west-1',
    detail,
    ...envelope,
  });

  it('accepts the documented event and its bare detail', () => {
    expect(exposureFromDispatch(event(finding())).kind).toBe('exposure');
    expect(exposureFromDispatch(finding()).kind).toBe('exposure');
  });

  it.each([
    ['no account id', event(finding({ awsAccountId: undefined })), /awsAccountId undefined is not a 12-digit/],
    ['no region', event(finding({}, { region: undefined })), /resources\[0\]\.region undefined is not an AWS region/],
    ['a region with a newline and markdown', event(finding({}, { region: 'eu-west-1\n# PWNED' })), /is not an AWS region/],
    [
      'an account that disagrees with the ARN',
      event(finding({ awsAccountId: '444455556666' }), { account: '444455556666' }),
      /findingArn's account "111122223333" disagrees/,
    ],
    [
      'a region that disagrees with the ARN',
      event(finding({}, { region: 'us-east-1' }), { region: 'us-east-1' }),
      /findingArn's region "eu-west-1" disagrees/,
    ],
    ['an envelope account that disagrees', event(finding(), { account: '444455556666' }), /event's account "444455556666" disagrees/],
    ['an envelope region that disagrees', event(finding(), { region: 'us-east-1' }), /event's region "us-east-1" disagrees/],
  ])('rejects %s', (_, payload, message) => {
    expect(() => exposureFromDispatch(payload)).toThrow(message);
  });

  it('keeps hostile path ids as display text: escaped, and the finding still counts', () => {
    const hostile = finding({
      networkReachabilityDetails: {
        protocol: 'TCP',
        openPortRange: { begin: 22, end: 22 },
        networkPath: { steps: [{ componentId: 'igw-1\n# PWNED <img src=x> @org/team |x|', componentType: 'AWS::EC2::InternetGateway' }] },
      },
    });
    const result = exposureFromDispatch(event(hostile));
    if (result.kind !== 'exposure') throw new Error('not an exposure');
    const body = renderBody(evaluate([result.exposure], allowlist(), evalOptions()).verdicts[0]!, issueOptions());
    const row = body.split('\n').find((l) => l.startsWith('| Network path'))!;
    expect(row).toBe('| Network path | `igw-1?# PWNED <img src=x> @org/team \\|x\\|` |');
  });
});

describe('review follow-ups', () => {
  it('bounds the check comment however many findings and issues a change has', async () => {
    const { renderCheckMarkdown } = await import('../../src/core/report/check-render.js');
    const warnings = Array.from({ length: 5000 }, (_, i) => ({
      id: 'PW004-expiry',
      line: i + 1,
      ruleId: `r${i}`,
      message: `rule "r${i}" has no expires: ${'x'.repeat(200)}`,
    }));
    const wouldClose = Array.from({ length: 5000 }, (_, i) => ({ what: `TCP 22 on i-${i} in 111122223333/eu-west-1`, rules: ['ssh'] }));
    const result = {
      file: 'allowlist.json',
      errors: [],
      warnings,
      changes: [],
      impact: { exposuresConsidered: 5000, from: 'the report', wouldClose, wouldOpen: [] },
      exitCode: 0,
    } as unknown as Parameters<typeof renderCheckMarkdown>[0];
    const markdown = renderCheckMarkdown(result, false);
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    expect(markdown).toContain('- … and 4950 more (the job summary and the log list them all)');
  });

  it('refuses to accept an issue whose identity is not plain AWS ids', () => {
    const issue = issueFor(unexpected({ instanceId: 'i-*' }));
    const parsed = parseAcceptComment('/portwarden allow reason: "fine"');
    if (parsed.kind !== 'command') throw new Error('not parsed');
    expect(ruleForIssue(issue, parsed.command, { commenter: 'a', today: '2026-11-23', maxExpiryDays: 365 })).toEqual({
      ok: false,
      problem: expect.stringContaining('is not a plain AWS id'),
    });
  });

  it('prints no workflow command or markup from ids, in the log table, the job summary or a close comment', async () => {
    const { buildReport } = await import('../../src/core/report/report.js');
    const { renderTextReport } = await import('../../src/core/report/table.js');
    const { renderSummary } = await import('../../src/core/report/summary.js');
    const hostile = exposure({
      accountId: '111122223333\n::error title=Forged::x',
      region: 'eu-west-1\n::stop-commands::x',
      instanceId: 'i-1 <img src=x> [click](https://evil.example) #1 | x',
    });
    const report = buildReport(evaluate([hostile], allowlist(), evalOptions()), {
      generatedAt: 'now',
      inputs: [],
      warnings: [],
      scopes: [{ source: 'file', accountId: hostile.accountId, region: hostile.region, status: 'incomplete', reason: 'broken' }],
    });
    expect(
      renderTextReport(report)
        .split('\n')
        .filter((line) => line.startsWith('::')),
    ).toEqual([]);
    const summary = renderSummary(report);
    expect(summary).not.toMatch(/<img|\]\(https|#1 |\| x \|/);
    const v = unexpected({ instanceId: hostile.resource.id });
    const comment = renderActionComment({
      kind: 'close',
      issue: issueFor(v),
      reason: 'terminated',
      detail: `instance ${hostile.resource.id} is terminated`,
    })!;
    expect(comment).not.toMatch(/<img|\[click\]|#1 /);
  });
});
