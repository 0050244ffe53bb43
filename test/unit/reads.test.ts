// Reads that never drop or invent data: one odd finding taints only its own place, a v2
// finding in Security Hub is read from every place its ports can stand (and places that
// disagree are not guessed between), and a port is a port, never a coerced 0.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FindingShapeError } from '../../src/core/errors.js';
import { normalizeInspector2Finding } from '../../src/core/findings/normalize-inspector2.js';
import { normalizeSecurityHubFinding } from '../../src/core/findings/normalize-securityhub.js';
import { unreadableIn } from '../../src/core/findings/unreadable.js';
import { asffFromInspector2 } from '../support/asff.js';

type Json = Record<string, unknown>;
const v2 = (
  JSON.parse(readFileSync(new URL('../fixtures/reference/inspector2-list-findings.json', import.meta.url), 'utf8')) as { findings: Json[] }
).findings[0]!;

describe('an unreadable finding taints only its own account and region', () => {
  const odd = [{ accountId: '111122223333', region: 'eu-west-1', findingId: 'arn:odd', problem: 'openPortRange is missing' }];

  it('makes its place incomplete, naming the finding and the problem', () => {
    expect(unreadableIn(odd, '111122223333', 'eu-west-1', 'Security Hub')).toMatch(
      /^Security Hub returned 1 finding\(s\) in 111122223333\/eu-west-1 that Portwarden cannot read \(arn:odd: openPortRange is missing\)\. Their ports are unknown/,
    );
  });

  it('leaves every other place complete', () => {
    expect(unreadableIn(odd, '444455556666', 'eu-west-1', 'Security Hub')).toBeUndefined();
    expect(unreadableIn(odd, '111122223333', 'us-east-1', 'Security Hub')).toBeUndefined();
  });

  it('taints every place it could belong to when it does not say where', () => {
    const nowhere = [{ findingId: 'arn:odd', problem: 'x' }];
    expect(unreadableIn(nowhere, '444455556666', 'us-east-1', 'Inspector2')).toBeDefined();
  });
});

describe('a v2 finding in Security Hub is read from every place its ports stand', () => {
  const base = asffFromInspector2(v2, { portsIn: 'title-only' });
  const without = {
    ...base,
    Network: undefined,
    NetworkPath: undefined,
    Title: 'A port is reachable from an Internet Gateway',
    Description: 'x',
  };
  const portsOf = (finding: Json) => {
    const result = normalizeSecurityHubFinding(finding);
    if (result.kind !== 'exposures') throw new Error(result.reason);
    return result.exposures.map((e) => `${e.protocol} ${e.ports.from}-${e.ports.to}`);
  };

  it.each([
    ['Network', { Network: { Protocol: 'TCP', OpenPortRange: { Begin: 8000, End: 8100 } } }],
    [
      'NetworkPath',
      {
        NetworkPath: [
          {
            ComponentId: 'igw-1',
            ComponentType: 'AWS::EC2::InternetGateway',
            Ingress: { Protocol: 'TCP', Destination: { PortRanges: [{ Begin: 8000, End: 8100 }] } },
          },
        ],
      },
    ],
    ['a range title', { Title: 'Port range 8000 - 8100 is reachable from an Internet Gateway - TCP' }],
    [
      'the description and a title with the protocol',
      {
        Title: 'Port range 8000 - 8100 is reachable from an Internet Gateway - TCP',
        Description:
          'On the instance i-1, the port range 8000-8100 is reachable from the InternetGateway igw-1 from an attached ENI eni-1.',
      },
    ],
  ])('%s', (_, fields) => {
    expect(portsOf({ ...without, ...fields })).toEqual(['tcp 8000-8100']);
  });

  it('reads a single-port title too', () => {
    expect(portsOf({ ...without, Title: 'Port 22 is reachable from an Internet Gateway - TCP' })).toEqual(['tcp 22-22']);
  });

  it.each([
    [
      'Network and the title',
      {
        Network: { Protocol: 'TCP', OpenPortRange: { Begin: 22, End: 22 } },
        Title: 'Port 2222 is reachable from an Internet Gateway - TCP',
      },
      /Network says ports 22-22 but Title says 2222-2222/,
    ],
    [
      'the title and the description',
      {
        Title: 'Port 22 is reachable from an Internet Gateway - TCP',
        Description: 'the port range 23-23 is reachable from the InternetGateway igw-1',
      },
      /Title says ports 22-22 but Description says 23-23/,
    ],
    [
      'the protocols',
      { Network: { Protocol: 'UDP', OpenPortRange: { Begin: 22, End: 22 } }, Title: 'Port 22 is reachable from an Internet Gateway - TCP' },
      /protocol is given as UDP and TCP/,
    ],
  ])('refuses to guess when %s disagree', (_, fields, message) => {
    expect(() => normalizeSecurityHubFinding({ ...without, ...fields })).toThrow(message);
  });

  it('does not take a description alone for a network finding, nor its ports without a protocol', () => {
    const prose = {
      ...without,
      Title: 'Port range is reachable from an Internet Gateway',
      Description: 'the port range 22-22 is reachable from the InternetGateway igw-1',
    };
    expect(() => normalizeSecurityHubFinding(prose)).toThrow(/protocol is in none of Network\.OpenPortRange/);
  });
});

describe('a port is a whole number 0-65535, never a coerced 0', () => {
  const withRange = (begin: unknown, end: unknown = 22) => ({
    ...v2,
    networkReachabilityDetails: { ...(v2.networkReachabilityDetails as Json), openPortRange: { begin, end } },
  });

  it.each([null, '', false, [], 1.5, -1, 65536, '2 2', 'twenty-two', {}])('refuses begin %j', (begin) => {
    expect(() => normalizeInspector2Finding(withRange(begin))).toThrow(FindingShapeError);
  });

  it('accepts digits as text, with surrounding spaces', () => {
    const result = normalizeInspector2Finding(withRange('20 ', ' 22'));
    expect(result.kind === 'exposure' && result.exposure.ports).toEqual({ from: 20, to: 22 });
  });
});

describe("timestamps are read in their documented forms, never in the machine's time zone", () => {
  const forms: [string, unknown, string | undefined][] = [
    ['ISO with Z', '2024-09-05T13:06:56.334Z', '2024-09-05T13:06:56.334Z'],
    ['ISO with an offset', '2024-09-05T15:06:56+02:00', '2024-09-05T13:06:56.000Z'],
    ['ISO without a zone (UTC)', '2024-09-05T13:06:56', '2024-09-05T13:06:56.000Z'],
    ["the console's form (UTC)", 'Mar 20, 2023, 6:08:05 PM', '2023-03-20T18:08:05.000Z'],
    ["the console's form, just after midnight", 'Mar 20, 2023, 12:08:05 AM', '2023-03-20T00:08:05.000Z'],
    ["AWS's form", 'Thu Sep 05 13:06:56.334 UTC 2024', '2024-09-05T13:06:56.334Z'],
    ['epoch seconds', 1725541616.334, '2024-09-05T13:06:56.334Z'],
    ['a day that does not exist', '2027-02-30T00:00:00Z', undefined],
    ['an unknown form', '05/09/2024 13:06', undefined],
    ['prose', 'yesterday', undefined],
  ];
  for (const tz of ['America/New_York', 'Asia/Kolkata']) {
    it.each(forms)(`${tz}: %s`, async (_, value, expected) => {
      const before = process.env.TZ;
      process.env.TZ = tz;
      try {
        const { isoTime } = await import('../../src/core/findings/normalize-shared.js');
        expect(isoTime(value)).toBe(expected);
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
    });
  }

  it('reads the EventBridge event as the console saves it, its dates in UTC', async () => {
    const { exposuresFromDocument } = await import('../../src/core/findings/findings-document.js');
    const event = JSON.parse(
      readFileSync(new URL('../fixtures/saved/eventbridge-inspector2-event.json', import.meta.url), 'utf8'),
    ) as unknown;
    const read = exposuresFromDocument(event);
    expect(read.exposures.map((e) => [e.resource.id, e.resource.name, e.protocol, e.ports.from, e.firstSeen])).toEqual([
      ['i-12345678901234567', 'bastion-1', 'tcp', 22, '2026-11-20T18:08:05.000Z'],
    ]);
  });
});

describe('the saved shapes people have', () => {
  it('reads a single finding, a bare list, and Security Hub get-findings output of both versions', async () => {
    const { exposuresFromDocument } = await import('../../src/core/findings/findings-document.js');
    const { REAL_CLASSIC_ASFF } = await import('../support/asff.js');
    expect(exposuresFromDocument(v2).exposures).toHaveLength(1);
    expect(exposuresFromDocument([v2, v2]).exposures).toHaveLength(2);
    const hub = exposuresFromDocument({ Findings: [REAL_CLASSIC_ASFF, asffFromInspector2(v2)] });
    expect(hub.format).toBe('securityhub');
    expect(hub.exposures.map((e) => e.sources)).toEqual([['securityhub'], ['securityhub']]);
  });

  it('names what it saw and what it accepts for an unknown shape', async () => {
    const { exposuresFromDocument } = await import('../../src/core/findings/findings-document.js');
    expect(() => exposuresFromDocument({ Items: [], Count: 0 })).toThrow(
      /^the document is an object with "Items", "Count": expected the output of "aws inspector2 list-findings", .*an EventBridge "Inspector2 Finding" event, or one finding$/,
    );
    expect(() => exposuresFromDocument({ 'detail-type': 'EC2 Instance State-change Notification', detail: {} })).toThrow(
      /an EventBridge event of "EC2 Instance State-change Notification"/,
    );
    expect(() => exposuresFromDocument({ findings: [v2], Findings: [] })).not.toThrow();
  });

  it('reads 200,000 findings in one list without overflowing the call stack', async () => {
    const { exposuresFromDocument } = await import('../../src/core/findings/findings-document.js');
    const many = Array.from({ length: 200_000 }, () => v2);
    expect(exposuresFromDocument({ findings: many }).exposures).toHaveLength(200_000);
  });
});

describe('odd allowlists stop with a location, never a crash', () => {
  const problemsOf = async (text: string) => {
    const { parseAllowlist } = await import('../../src/core/allowlist/load.js');
    try {
      parseAllowlist(text, 'allowlist.json');
      return [];
    } catch (error) {
      return (error as { problems: { line: number; column: number; message: string }[] }).problems.map(
        (p) => `${p.line}:${p.column}: ${p.message}`,
      );
    }
  };

  it.each([
    ['null', 'null', '1:1: the document is null, not an object: write {"rules": [...]}'],
    ['a list', '[]', '1:1: the document is a list, not an object: write {"rules": [...]}'],
    ['a number', '42', '1:1: the document is a number, not an object: write {"rules": [...]}'],
    [
      '3,000 levels of nesting',
      `{"rules": ${'['.repeat(3000)}${']'.repeat(3000)}}`,
      '1:42: nested more than 32 levels deep: an allowlist is {"rules": [{...}]}; see README#allowlist-format',
    ],
  ])('%s', async (_, text, problem) => {
    expect(await problemsOf(text)).toEqual([problem]);
  });

  it('accepts a UTF-8 byte order mark', async () => {
    expect(await problemsOf('\uFEFF{"rules": []}')).toEqual([]);
  });
});

describe('the JSON report, written piece by piece', () => {
  it('is exactly what JSON.stringify makes, empty lists, nested objects and odd text included', async () => {
    const { reportJson } = await import('../../src/core/report/json.js');
    const report = {
      reportVersion: 1,
      generatedAt: '2026-11-23T06:00:00.000Z',
      exposures: [
        { a: 1, b: { c: [1, 2], d: 'x\n"y"' } },
        { a: 2, b: { c: [], d: '' } },
      ],
      expiredRules: [],
      staleRules: ['r1'],
      scopes: [],
      summary: { unexpected: 1, expected: 0, allowedByTag: 0, ignored: 0 },
      inputs: [],
      warnings: ['w'],
    } as unknown as Parameters<typeof reportJson>[0];
    expect([...reportJson(report)].join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});

describe('hostile values in findings are named, never crash', () => {
  it.each<unknown>([{ toString: 1 }, { valueOf: {} }, ['HIGH'], 7])(
    'a severity of %j is an unreadable finding, not a TypeError',
    (severity) => {
      expect(() => normalizeInspector2Finding({ ...v2, severity })).toThrow(FindingShapeError);
    },
  );

  it.each<unknown>([{ toString: 1 }, ['x']])('so is a protocol of %j', (protocol) => {
    expect(() =>
      normalizeInspector2Finding({ ...v2, networkReachabilityDetails: { ...(v2.networkReachabilityDetails as Json), protocol } }),
    ).toThrow(FindingShapeError);
  });
});

describe('a timestamp in an unknown form', () => {
  it('is shown as not reported, with one warning for the file, never a guessed date', async () => {
    const { exposuresFromDocument } = await import('../../src/core/findings/findings-document.js');
    const read = exposuresFromDocument({ findings: [{ ...v2, firstObservedAt: '05/09/2024 13:06' }] });
    expect(read.exposures[0]!.firstSeen).toBeUndefined();
    expect(read.warnings).toEqual([
      expect.stringMatching(/^1 timestamp\(s\) in a form Portwarden does not read \(such as firstObservedAt "05\/09\/2024 13:06"\)/),
    ]);
  });
});

describe('a large export is read a finding at a time, with the same result', () => {
  it.each([
    ['the CLI output', { findings: [v2, { ...v2, severity: 'HIGH' }], nextToken: 'abc', failedItems: {} }],
    ['Security Hub output', { Findings: [asffFromInspector2(v2)], NextToken: null }],
    ['a bare list', [v2, v2]],
    ['raw pages', [{ findings: [v2] }, { findings: [v2], nextToken: null }]],
    ['an empty list', { findings: [] }],
    ['strings with brackets and escapes', { findings: [{ ...v2, title: 'a "quoted" [x], {y} \\\\ end' }] }],
  ])('%s', async (_, document) => {
    const { parseLazily, RawJson } = await import('../../src/core/findings/lazy-json.js');
    const { exposuresFromDocument } = await import('../../src/core/findings/findings-document.js');
    const text = JSON.stringify(document, null, 1);
    const lazy = parseLazily(text);
    const materialise = (value: unknown): unknown =>
      value instanceof RawJson
        ? value.parse()
        : Array.isArray(value)
          ? value.map(materialise)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, materialise(v)]))
            : value;
    expect(materialise(lazy)).toEqual(JSON.parse(text));
    expect(exposuresFromDocument(parseLazily(text), { consume: true })).toEqual(exposuresFromDocument(JSON.parse(text)));
  });

  it('is read that way from a file over 8 MB, with the same exposures', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readFindingsFile } = await import('../../src/files/findings-file.js');
    const file = join(mkdtempSync(join(tmpdir(), 'portwarden-lazy-')), 'large.json');
    writeFileSync(
      file,
      JSON.stringify({
        findings: Array.from({ length: 6000 }, (_, i) => ({
          ...v2,
          resources: [{ ...(v2.resources as Json[])[0], id: `i-${i.toString(16).padStart(17, '0')}` }],
        })),
      }),
    );
    const read = await readFindingsFile(file);
    expect(read.exposures).toHaveLength(6000);
    expect(new Set(read.exposures.map((e) => e.resource.id)).size).toBe(6000);
  });
});
