// The CLI's human output: unexpected exposures first, because that is what someone running
// the command is looking for, then what the allowlist explained, then rule hygiene.
import { formatRange } from '../ports.js';
import { unexpectedPortsText, workflowSyncText, type Report, type ReportExposure } from './report.js';
import { plainText } from './text.js';

export function renderTextReport(report: Report): string {
  const out: string[] = [];
  const unexpected = report.exposures.filter((e) => e.status === 'unexpected');
  const expected = report.exposures.filter((e) => e.status === 'expected');
  const ignored = report.exposures.filter((e) => e.status === 'ignored');

  const partial = report.scopes.filter((scope) => scope.status !== 'complete');
  if (partial.length > 0) {
    out.push(
      `WARNING: ${partial.length} of ${report.scopes.length} scope(s) incomplete or stale (see Scopes below): ports there may be missing. This is not an all-clear.`,
      '',
    );
  }
  out.push(unexpected.length === 0 ? 'No unexpected open ports.' : `Unexpected open ports (${unexpected.length}):`);
  if (unexpected.length > 0) {
    const lines = table(
      ['ACCOUNT', 'REGION', 'INSTANCE', 'NAME', 'PROTO', 'PORTS', 'SEVERITY', 'NOTE'],
      unexpected.map((e) => [
        plainText(e.accountId, 20),
        plainText(e.region, 30),
        plainText(e.resource.id, 64),
        nameOf(e),
        e.protocol.toUpperCase(),
        unexpectedPortsText(e),
        e.severity,
        noteOf(e),
      ]),
    );
    for (const line of lines) out.push(line);
  }

  if (expected.length > 0) {
    out.push('', `Allowed (${expected.length}):`);
    const byRule = new Map<string, ReportExposure[]>();
    for (const e of expected) {
      for (const key of [...e.rules, ...(e.allowedByTag ? ['(instance allow tag)'] : [])]) {
        const list = byRule.get(key);
        if (list) list.push(e);
        else byRule.set(key, [e]);
      }
    }
    for (const [rule, list] of byRule) {
      out.push(`  ${rule}`);
      for (const e of list)
        out.push(
          `    ${plainText(e.accountId, 20)}/${plainText(e.region, 30)} ${plainText(e.resource.id, 64)} ${nameOf(e)} ${e.protocol.toUpperCase()} ${formatRange(e.ports)}`,
        );
    }
  }
  if (ignored.length > 0) {
    const reasons = new Map<string, number>();
    for (const e of ignored) reasons.set(e.ignoredReason ?? '', (reasons.get(e.ignoredReason ?? '') ?? 0) + 1);
    out.push('', `Ignored (${ignored.length}): ${[...reasons].map(([r, n]) => `${n} ${r}`).join(', ')}`);
  }
  if (report.expiredRules.length > 0) out.push('', `Expired rules (allow nothing until renewed): ${report.expiredRules.join(', ')}`);
  if (report.staleRules.length > 0) out.push('', `Stale rules (matched no open port in this run): ${report.staleRules.join(', ')}`);
  if (report.scopes.length > 0) {
    out.push('', 'Scopes:');
    for (const scope of report.scopes) {
      out.push(
        `  ${scope.status.padEnd(10)} ${scope.source} ${plainText(scope.accountId, 40)}/${plainText(scope.region, 40)}${scope.reason ? `: ${plainText(scope.reason, 400)}` : ''}`,
      );
    }
  }
  for (const warning of report.warnings) out.push('', `Warning: ${plainText(warning, 400)}`);

  if (report.plan) {
    const rows = report.plan;
    out.push('', rows.length === 0 ? 'Issues: nothing to change.' : `Issues (${rows.length}):`);
    for (const row of rows) {
      const issue = row.issue === null ? '' : ` #${row.issue}`;
      out.push(
        `  ${row.status.padEnd(8)} ${row.kind}${issue} ${plainText(row.what, 200)} (${row.reason}${row.detail ? `: ${plainText(row.detail, 200)}` : ''})${row.error ? ` ERROR ${plainText(row.error, 200)}` : ''}`,
      );
    }
  }
  if (report.workflowSync) out.push('', workflowSyncText(report.workflowSync));
  const s = report.summary;
  out.push(
    '',
    `${s.unexpected} unexpected, ${s.expected} allowed${s.allowedByTag > 0 ? ` (${s.allowedByTag} by instance tag)` : ''}, ${s.ignored} ignored; ` +
      `${report.expiredRules.length} expired and ${report.staleRules.length} stale rules.`,
  );
  return out.join('\n');
}

function nameOf(e: ReportExposure): string {
  return e.resource.name === null ? '(no Name tag)' : plainText(e.resource.name, 40);
}

function noteOf(e: ReportExposure): string {
  const notes: string[] = [];
  if (e.rules.length > 0) notes.push(`rest allowed by ${e.rules.join(', ')}`);
  if (e.allowedByTag) notes.push('rest allowed by instance tag');
  if (e.expiredRules.length > 0) notes.push(`expired rule ${e.expiredRules.join(', ')}`);
  if (e.tagProblem) notes.push('allow tag unreadable');
  return notes.join('; ');
}

/** Loops, not spreads: a spread of 200,000 rows into Math.max or push overflows the call stack. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h) => h.length);
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}
