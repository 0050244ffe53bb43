import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/allowlist/evaluate.js';
import type { Scope } from '../../src/core/model.js';
import type { PlanRow } from '../../src/core/report/plan-report.js';
import { buildReport, type Report, type ReportExposure } from '../../src/core/report/report.js';
import { renderSummary } from '../../src/core/report/summary.js';
import { allowlist, evalOptions, exposure } from '../support/builders.js';

const MiB = 1024 * 1024;
const REGIONS = ['eu-west-1', 'eu-west-2', 'us-east-1', 'us-east-2'];
const ACCOUNTS = Array.from({ length: 200 }, (_, n) => String(100000000000 + n));

function report(scopes: Scope[], extra: Partial<Report> = {}): Report {
  const base = buildReport(evaluate([], allowlist(), evalOptions()), {
    generatedAt: '2026-11-23T06:00:00Z',
    inputs: [],
    warnings: [],
    scopes,
  });
  return { ...base, ...extra };
}

/** The lines of one `###` section. */
function section(summary: string, title: string): string[] {
  const lines = summary.split('\n');
  const start = lines.indexOf(`### ${title}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && /^(### |<sub>)/.test(line));
  return lines.slice(start, end === -1 ? undefined : end);
}

/** Data rows of the section's table (the header and its delimiter left out). */
function tableRows(lines: string[]): string[] {
  return lines.filter((line) => line.startsWith('|')).slice(2);
}

function moreCount(lines: string[]): number {
  const more = lines.map((line) => /^… and (\d+) more \w+: see the JSON report/.exec(line)).find(Boolean);
  return more ? Number(more[1]) : 0;
}

/** Cells split on the pipes that GitHub would take as cell boundaries. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

const roleDenied = (id: string) =>
  `could not assume arn:aws:iam::${id}:role/PortwardenReadOnly in account ${id}: AccessDenied. ` +
  'Fix: its trust policy must trust the base role, which the StackSet in the README deploys.';

describe('the job summary of an organisation', () => {
  // 200 accounts x 4 regions x 2 sources: 15 accounts incomplete, 5 stale, the rest complete.
  const incomplete = Array.from({ length: 15 }, (_, n) => ACCOUNTS[n * 13 + 3]!);
  const stale = Array.from({ length: 5 }, (_, n) => ACCOUNTS[n * 7 + 101]!);
  const scopes: Scope[] = ACCOUNTS.flatMap((accountId) =>
    REGIONS.flatMap((region) =>
      (['inspector2', 'security-groups'] as const).map((source): Scope => {
        if (incomplete.indexOf(accountId) === 0 && source === 'security-groups') {
          const reason = `EC2 DescribeSecurityGroups in ${accountId}/${region}: AccessDenied`;
          return { source, accountId, region, status: 'incomplete', reason };
        }
        if (incomplete.includes(accountId) && incomplete.indexOf(accountId) > 0) {
          return { source, accountId, region, status: 'incomplete', reason: roleDenied(accountId) };
        }
        if (stale.includes(accountId) && region === 'us-east-1' && source === 'inspector2') {
          return { source, accountId, region, status: 'stale', reason: `saved export of ${accountId} is 9 days old` };
        }
        return { source, accountId, region, status: 'complete' };
      }),
    ),
  );
  const summary = renderSummary(report(scopes));
  const lines = section(summary, 'Scopes');
  const rows = tableRows(lines);

  it('counts the accounts by their worst status, with the scopes', () => {
    expect(lines[2]).toBe('180 accounts complete, **15 incomplete**, **5 stale** (1600 scopes).');
    const complete = ACCOUNTS.filter((id) => !incomplete.includes(id) && !stale.includes(id));
    expect(lines[4]).toBe(`Complete: ${complete.slice(0, 12).join(', ')} and 168 more.`);
  });

  it('lists every failing account exactly once, incomplete first, then stale, each by id', () => {
    expect(rows.map((r) => cells(r)[0]!.trim())).toEqual([...[...incomplete].sort(), ...[...stale].sort()]);
    expect(rows.map((r) => cells(r)[1]!.trim())).toEqual([...incomplete.map(() => '**incomplete**'), ...stale.map(() => '**stale**')]);
    for (const id of [...incomplete, ...stale]) expect(rows.filter((r) => r.startsWith(`| ${id} |`))).toHaveLength(1);
    expect(moreCount(lines)).toBe(0);
  });

  it('names the affected regions and says a reason repeated over regions and sources once', () => {
    const denied = incomplete[1]!;
    const row = rows.find((r) => r.startsWith(`| ${denied} |`))!;
    expect(cells(row)[2]!.trim()).toBe(REGIONS.join(', '));
    expect(cells(row)[3]!.trim()).toBe(`inspector2, security-groups: ${roleDenied(denied)}`);
    expect(summary.split(roleDenied(denied))).toHaveLength(2);
    // A reason that names its region is still one reason for the four regions.
    const first = rows.find((r) => r.startsWith(`| ${incomplete[0]} |`))!;
    expect(first.match(/EC2 DescribeSecurityGroups/g)).toHaveLength(1);
    expect(cells(first)[3]!.trim()).toMatch(/^security-groups: EC2 DescribeSecurityGroups in \d+\/eu-west-1: AccessDenied$/);
    const staleRow = rows.find((r) => r.startsWith(`| ${stale[0]} |`))!;
    expect(cells(staleRow).map((c) => c.trim())).toEqual([
      stale[0],
      '**stale**',
      'us-east-1',
      `inspector2: saved export of ${stale[0]} is 9 days old`,
    ]);
  });

  it('shows an account whose role could not be assumed under regions: all, and caps its reasons at three', () => {
    const many: Scope[] = [
      { source: 'inspector2', accountId: '222233334444', region: '*', status: 'incomplete', reason: roleDenied('222233334444') },
      ...['a', 'b', 'c', 'd', 'e'].map((n, i): Scope => ({
        source: 'inspector2',
        accountId: '333344445555',
        region: `eu-west-${i + 1}`,
        status: 'incomplete',
        reason: `cause ${n}`,
      })),
      { source: 'inspector2', accountId: '333344445555', region: 'eu-west-6', status: 'stale', reason: 'old' },
    ];
    const rows = tableRows(section(renderSummary(report(many)), 'Scopes'));
    expect(cells(rows[0]!)[2]!.trim()).toBe('all regions');
    const capped = cells(rows[1]!).map((c) => c.trim());
    expect(capped[2]).toBe('all 6 regions');
    expect(capped[3]).toBe(
      'inspector2 in eu-west-1: cause a<br>inspector2 in eu-west-2: cause b<br>inspector2 in eu-west-3: cause c<br>and 3 more',
    );
  });

  it('caps a reason at about 400 characters', () => {
    const long: Scope = {
      source: 'securityhub',
      accountId: '111122223333',
      region: 'eu-west-1',
      status: 'incomplete',
      reason: 'x'.repeat(5000),
    };
    const row = tableRows(section(renderSummary(report([long])), 'Scopes'))[0]!;
    expect(row.length).toBeLessThan(500);
    expect(row).toContain(`${'x'.repeat(399)}…`);
  });
});

describe('the job summary of one account', () => {
  const scope = (region: string, source: Scope['source'], extra: Partial<Scope> = {}): Scope => ({
    source,
    accountId: '111122223333',
    region,
    status: 'complete',
    ...extra,
  });

  it('says in two lines what was read where when all is complete', () => {
    const scopes = ['eu-west-1', 'us-east-1'].flatMap((r) => [scope(r, 'inspector2'), scope(r, 'security-groups')]);
    expect(section(renderSummary(report(scopes)), 'Scopes')).toEqual([
      '### Scopes',
      '',
      '1 account complete (4 scopes).',
      '',
      'Complete: 111122223333 (inspector2, security-groups in eu-west-1, us-east-1).',
      '',
    ]);
  });

  it('keeps different reasons apart in one row, each with its region', () => {
    const scopes = [
      scope('eu-west-1', 'inspector2', { status: 'incomplete', reason: 'EC2 scanning is DISABLED' }),
      scope('us-east-1', 'inspector2', { status: 'incomplete', reason: 'AccessDeniedException' }),
      scope('us-east-1', 'security-groups'),
    ];
    expect(section(renderSummary(report(scopes)), 'Scopes')).toEqual([
      '### Scopes',
      '',
      '0 accounts complete, **1 incomplete** (3 scopes).',
      '',
      '| Account | Status | Regions | Why |',
      '| --- | --- | --- | --- |',
      '| 111122223333 | **incomplete** | eu-west-1, us-east-1 | inspector2 in eu-west-1: EC2 scanning is DISABLED<br>inspector2 in us-east-1: AccessDeniedException |',
      '',
    ]);
  });
});

describe('the job summary of a huge run', () => {
  const template = buildReport(evaluate([exposure({ name: 'web' })], allowlist(), evalOptions()), {
    generatedAt: 'now',
    inputs: [],
    warnings: [],
    scopes: [],
  }).exposures[0]!;
  const exposures: ReportExposure[] = Array.from({ length: 20_000 }, (_, n) => ({
    ...template,
    fingerprint: `f${n}`,
    accountId: ACCOUNTS[n % 200]!,
    region: REGIONS[n % 4]!,
    resource: { ...template.resource, id: `i-${String(n).padStart(17, '0')}`, name: `web-${n}` },
  }));
  const plan: PlanRow[] = Array.from({ length: 10_000 }, (_, n) => ({
    kind: 'create',
    reason: 'new',
    status: 'applied',
    issue: 1000 + n,
    fingerprint: `f${n}`,
    what: `TCP 22 on i-${n} in ${ACCOUNTS[n % 200]}/eu-west-1`,
    detail: 'y'.repeat(300),
  }));
  // Every account incomplete, with a different long reason per region: the worst scope table.
  const scopes: Scope[] = ACCOUNTS.flatMap((accountId) =>
    REGIONS.map((region, r): Scope => ({
      source: 'inspector2',
      accountId,
      region,
      status: 'incomplete',
      reason: `${r}: ${'z'.repeat(600)}`,
    })),
  );
  const huge = report(scopes, {
    exposures,
    plan,
    summary: { unexpected: 20_000, expected: 0, allowedByTag: 0, ignored: 0 },
    warnings: Array.from({ length: 1000 }, (_, n) => `warning ${n}: ${'w'.repeat(600)}`),
    staleRules: Array.from({ length: 5000 }, (_, n) => `rule-${n}-${'r'.repeat(200)}`),
  });
  const summary = renderSummary(huge);

  it('stays under the 1 MiB step-summary limit', () => {
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThan(MiB);
    expect(summary).toContain('**20000 unexpected** open ports');
  });

  it('serves the headline and the scope health first, in full for 200 accounts', () => {
    const scopesAt = summary.indexOf('### Scopes');
    expect(scopesAt).toBeGreaterThan(0);
    expect(scopesAt).toBeLessThan(summary.indexOf('### Unexpected'));
    const lines = section(summary, 'Scopes');
    expect(lines[2]).toBe('0 accounts complete, **200 incomplete** (800 scopes).');
    expect(tableRows(lines)).toHaveLength(200);
    expect(moreCount(lines)).toBe(0);
  });

  it('cuts the long tables with an exact count of the rows left out', () => {
    const unexpected = section(summary, 'Unexpected');
    const unexpectedRows = tableRows(unexpected);
    expect(unexpectedRows.length).toBeGreaterThan(1000);
    expect(unexpectedRows.length + moreCount(unexpected)).toBe(20_000);
    expect(unexpectedRows.at(-1)).toContain(`web-${unexpectedRows.length - 1} `);
    const issues = section(summary, 'Issues');
    const planRows = tableRows(issues);
    expect(planRows.length).toBeGreaterThan(100);
    expect(planRows.length + moreCount(issues)).toBe(10_000);
    // The cut line is a paragraph of its own, not one more row of the table.
    const cut = unexpected.findIndex((line) => line.startsWith('… and'));
    expect(unexpected[cut - 1]).toBe('');
    const warnings = summary.split('\n').filter((line) => line.startsWith('> [!WARNING]')).length;
    expect(summary).toContain(`… and ${1000 - warnings} more warnings: see the JSON report`);
    expect(summary).toContain(' and 4950 more\n');
  });
});

describe('hostile text in the summary', () => {
  const hostile = {
    account: '1111|2222\n| forged | row |',
    region: 'eu-west-1<img src=x onerror=alert(1)>\n### Owned',
    reason: 'a | b | c |\n\n# Heading <script>alert(1)</script> @security-team see #12 [x](https://evil.example) **bold** `code`',
  };
  const scopes: Scope[] = [
    { source: 'inspector2', accountId: hostile.account, region: hostile.region, status: 'incomplete', reason: hostile.reason },
    { source: 'inspector2', accountId: hostile.account, region: 'us-east-1', status: 'stale', reason: hostile.reason.replace('a', 'b') },
    { source: 'inspector2', accountId: `${hostile.account}2`, region: hostile.region, status: 'complete' },
  ];
  const base = buildReport(
    evaluate([exposure({ accountId: hostile.account, region: hostile.region, name: hostile.reason })], allowlist(), evalOptions()),
    { generatedAt: 'now', inputs: [], warnings: [hostile.reason], scopes },
  );
  const plan: PlanRow[] = [
    { kind: 'create', reason: 'new', status: 'failed', issue: null, fingerprint: 'f', what: hostile.account, error: hostile.reason },
  ];
  const summary = renderSummary({ ...base, plan });

  it('cannot add a row, a cell, a heading, HTML, a mention, a reference or a link', () => {
    const tables = ['Scopes', 'Unexpected', 'Issues'].map((title) => tableRows(section(summary, title)));
    expect(tables.map((rows) => rows.length)).toEqual([1, 1, 1]);
    expect(tables.map((rows) => cells(rows[0]!).length)).toEqual([4, 7, 5]);
    expect(summary.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '## Portwarden',
      '### Scopes',
      '### Unexpected',
      '### Issues',
    ]);
    expect(summary).not.toMatch(/<img|<script|\]\(https|@security-team|(?<!&)#12|\*\*bold|`code`|forged \|/);
  });

  it('still reads the account once, worst status first', () => {
    const row = tableRows(section(summary, 'Scopes'))[0]!;
    expect(cells(row)[1]!.trim()).toBe('**incomplete**');
    expect(cells(row)[3]).toContain('<br>stale: inspector2 in us-east-1: ');
    expect(section(summary, 'Scopes')[2]).toBe('1 account complete, **1 incomplete** (3 scopes).');
  });
});
