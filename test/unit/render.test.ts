import { describe, expect, it } from 'vitest';
import { decodeMarker } from '../../src/core/issues/marker.js';
import { labelsFor, renderBody, renderTitle } from '../../src/core/issues/render.js';
import { renderActionComment } from '../../src/core/issues/comments.js';
import { evaluate } from '../../src/core/allowlist/evaluate.js';
import { buildReport, type Report } from '../../src/core/report/report.js';
import { renderSummary } from '../../src/core/report/summary.js';
import { allowlist, evalOptions, range } from '../support/builders.js';
import { issueFor, issueOptions, unexpected } from '../support/issue-builders.js';

describe('issue titles', () => {
  it('name the protocol, the unexpected ports, the instance and where it is', () => {
    expect(renderTitle(unexpected({ name: 'bastion-1', instanceId: 'i-0abc12345', ports: range(22) }))).toBe(
      'Unexpected open port TCP 22 on bastion-1 (i-0abc12345) in 111122223333/eu-west-1',
    );
    expect(renderTitle(unexpected({ instanceId: 'i-0abc12345', protocol: 'udp', ports: range(500, 510) }))).toBe(
      'Unexpected open ports UDP 500-510 on i-0abc12345 in 111122223333/eu-west-1',
    );
  });

  it('cannot mention people or link issues through a Name tag', () => {
    const title = renderTitle(unexpected({ name: '@security-team see #12\nnext' }));
    expect(title).not.toMatch(/@security-team|#12|\n/);
    expect(title).toContain('@\u200bsecurity-team');
  });
});

describe('issue bodies', () => {
  const hostile = unexpected({
    name: '<img src=x onerror=alert(1)> @admins #1 [click](https://evil.example)',
    tags: { Owner: '@everyone', 'x`y': 'a`b' },
    title: '</details><script>x</script>',
  });
  const body = renderBody(hostile, issueOptions());

  it('escape AWS text so it cannot inject HTML, markdown, mentions or references', () => {
    // Code spans render their text literally (no HTML, mentions, links): what matters there is
    // that nothing can end the span (a backtick) or the table cell (a bare pipe) or the line.
    const spans = body.match(/`[^`\n]*`/g) ?? [];
    expect(spans.filter((span) => /[^\\]\|/.test(span))).toEqual([]);
    const visible = body.replace(/<!--[\s\S]*?-->/, '').replace(/`[^`\n]*`/g, '');
    expect(visible).not.toContain('<img');
    expect(visible).not.toContain('<script>');
    expect(visible).not.toMatch(/(^|[^\u200b])@admins/);
    expect(visible).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(visible).not.toContain('](https://evil.example)');
    expect(visible).not.toMatch(/ #1\b/);
    // The hidden marker is not rendered, and still holds no mention, reference or comment end.
    const marker = /<!--[\s\S]*?-->/.exec(body)![0].slice(4, -3);
    expect(marker).not.toMatch(/[@#<>]|--/);
  });

  it('carry a marker with the identity and the material facts, readable back', () => {
    const marker = decodeMarker(body)!;
    expect(marker.fingerprint).toBe(hostile.fingerprint);
    expect(marker.identity).toEqual({
      accountId: '111122223333',
      region: 'eu-west-1',
      resourceId: 'i-0abc12345def67890',
      protocol: 'tcp',
      ports: range(22),
    });
    expect(marker.material).toMatchObject({ severity: 'medium', uncovered: '22' });
    expect(body.match(/<!--/g)).toHaveLength(1);
  });

  it('offer a ready-to-paste allowlist rule that the allowlist schema accepts', async () => {
    const { parseAllowlist } = await import('../../src/core/allowlist/load.js');
    const rule = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(body)![1]!);
    expect(rule).toMatchObject({ allow: { tcp: [22] }, match: { instanceIds: ['i-0abc12345def67890'] }, expires: '2027-02-21' });
    expect(parseAllowlist(JSON.stringify({ rules: [rule] }), 'allowlist.json').rules).toHaveLength(1);
  });
});

describe('labels and comments', () => {
  it('replace the severity label, keep the labels people added', () => {
    expect(labelsFor(unexpected({ severity: 'high' }), { labels: ['security'] }, ['severity:medium', 'triaged', 'portwarden'])).toEqual([
      'portwarden',
      'severity:high',
      'security',
      'triaged',
    ]);
  });

  it('explain a reopen after a manual close', () => {
    const v = unexpected();
    const text = renderActionComment({ kind: 'reopen', issue: issueFor(v), verdict: v, reason: 'reappeared-after-manual-close' });
    expect(text).toContain('only an allowlist rule');
  });
});

describe('review findings', () => {
  it('keeps a title under GitHub limit when many ranges are unexpected', () => {
    const v = unexpected({ ports: range(0, 65535) });
    const gappy = { ...v, uncovered: Array.from({ length: 26 }, (_, i) => range(i * 100 + 1, i * 100 + 99)) };
    const title = renderTitle(gappy);
    expect(title.length).toBeLessThan(256);
    expect(title).toContain('TCP 26 ranges in 1-2599');
  });

  it('strips bidirectional overrides from names', () => {
    const title = renderTitle(unexpected({ name: 'web\u202Eevil\u2066x' }));
    expect(title).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('keeps the sources an issue recorded, so a failed source still guards its close', () => {
    const v = unexpected({ sources: ['security-groups'] });
    expect(decodeMarker(renderBody(v, issueOptions(), undefined, ['inspector2']))!.sources).toEqual(['inspector2', 'security-groups']);
  });
});

describe('the job summary', () => {
  const report = (scopes: Report['scopes']) =>
    buildReport(evaluate([], allowlist(), evalOptions()), { generatedAt: '2026-11-23T06:00:00Z', inputs: [], warnings: [], scopes });

  it("lists an organisation's failing accounts once each, within the step summary's 1 MiB", () => {
    const accounts = Array.from({ length: 200 }, (_, n) => String(100000000000 + n));
    const regions = Array.from({ length: 30 }, (_, n) => `eu-west-${n + 1}`);
    const reason = `ap-south-1 is not linked to Security Hub's aggregation region eu-west-1, so its findings are not there: ${'x'.repeat(300)}`;
    const scopes = accounts.flatMap((accountId) => [
      ...regions.map((region) => ({ source: 'securityhub' as const, accountId, region, status: 'complete' as const })),
      { source: 'securityhub' as const, accountId, region: 'ap-south-1', status: 'incomplete' as const, reason },
    ]);
    const summary = renderSummary(report(scopes));
    expect(summary).toContain('0 accounts complete, **200 incomplete** (6200 scopes).');
    const rows = summary.split('\n').filter((line) => /^\| \d{12} \|/.test(line));
    expect(rows).toHaveLength(200);
    expect(rows[0]).toMatch(/^\| 100000000000 \| \*\*incomplete\*\* \| ap-south-1 \| securityhub: ap-south-1 is not linked/);
    expect(summary.length).toBeLessThan(120_000);
  });

  it('keeps scopes with different reasons apart', () => {
    const scopes = [
      {
        source: 'inspector2' as const,
        accountId: '111122223333',
        region: 'eu-west-1',
        status: 'incomplete' as const,
        reason: 'EC2 scanning is DISABLED',
      },
      {
        source: 'inspector2' as const,
        accountId: '111122223333',
        region: 'us-east-1',
        status: 'incomplete' as const,
        reason: 'AccessDeniedException',
      },
    ];
    const rows = renderSummary(report(scopes))
      .split('\n')
      .filter((line) => line.startsWith('| 111122223333 |'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('inspector2 in eu-west-1: EC2 scanning is DISABLED<br>inspector2 in us-east-1: AccessDeniedException');
  });
});
