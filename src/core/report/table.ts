// The CLI's human output: unexpected exposures first, because that is what someone running
// the command is looking for, then what the allowlist explained, then rule hygiene.
import { formatRange } from '../ports.js';
import { unexpectedPortsText, workflowSyncText, type Report, type ReportExposure } from './report.js';
import { plainText } from '../text.js';

export function renderTextReport(report: Report): string {
  const out: string[] = [];
  const partial = report.scopes.filter((scope) => scope.status !== 'complete');
  if (partial.length > 0) {
    out.push(
      `WARNING: ${partial.length} of ${report.scopes.length} scope(s) incomplete or stale (see Scopes below): ports there may be missing. This is not an all-clear.`,
      '',
    );
  }
  // Loops, not push(...lines): 200,000 lines as arguments overflow the call stack.
  for (const line of [...unexpectedLines(report), ...allowedLines(report), ...ignoredLines(report)]) out.push(line);
  if (report.expiredRules.length > 0) out.push('', `Expired rules (allow nothing until renewed): ${report.expiredRules.join(', ')}`);
  if (report.staleRules.length > 0) out.push('', `Stale rules (matched no open port in this run): ${report.staleRules.join(', ')}`);
  if (report.scopes.length > 0) {
    out.push('', 'Scopes:');
    for (const scope of report.scopes) {
      const reason = scope.reason ? `: ${plainText(scope.reason, 400)}` : '';
      out.push(`  ${scope.status.padEnd(10)} ${scope.source} ${plainText(scope.accountId, 40)}/${plainText(scope.region, 40)}${reason}`);
    }
  }
  for (const warning of report.warnings) out.push('', `Warning: ${plainText(warning, 400)}`);
  for (const line of planLines(report)) out.push(line);
  if (report.workflowSync) out.push('', workflowSyncText(report.workflowSync));
  const s = report.summary;
  out.push(
    '',
    `${s.unexpected} unexpected, ${s.expected} allowed${s.allowedByTag > 0 ? ` (${s.allowedByTag} by instance tag)` : ''}, ${s.ignored} ignored; ` +
      `${report.expiredRules.length} expired and ${report.staleRules.length} stale rules.`,
  );
  return out.join('\n');
}

function unexpectedLines(report: Report): string[] {
  const unexpected = report.exposures.filter((e) => e.status === 'unexpected');
  if (unexpected.length === 0) return ['No unexpected open ports.'];
  const rows = unexpected.map((e) => [
    plainText(e.accountId, 20),
    plainText(e.region, 30),
    plainText(e.resource.id, 64),
    nameOf(e),
    e.protocol.toUpperCase(),
    unexpectedPortsText(e),
    e.severity,
    noteOf(e),
  ]);
  return [
    `Unexpected open ports (${unexpected.length}):`,
    ...table(['ACCOUNT', 'REGION', 'INSTANCE', 'NAME', 'PROTO', 'PORTS', 'SEVERITY', 'NOTE'], rows),
  ];
}

function allowedLines(report: Report): string[] {
  const expected = report.exposures.filter((e) => e.status === 'expected');
  if (expected.length === 0) return [];
  const out = ['', `Allowed (${expected.length}):`];
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
    for (const e of list) {
      const where = `${plainText(e.accountId, 20)}/${plainText(e.region, 30)} ${plainText(e.resource.id, 64)}`;
      out.push(`    ${where} ${nameOf(e)} ${e.protocol.toUpperCase()} ${formatRange(e.ports)}`);
    }
  }
  return out;
}

function ignoredLines(report: Report): string[] {
  const ignored = report.exposures.filter((e) => e.status === 'ignored');
  if (ignored.length === 0) return [];
  const reasons = new Map<string, number>();
  for (const e of ignored) reasons.set(e.ignoredReason ?? '', (reasons.get(e.ignoredReason ?? '') ?? 0) + 1);
  return ['', `Ignored (${ignored.length}): ${[...reasons].map(([r, n]) => `${n} ${r}`).join(', ')}`];
}

function planLines(report: Report): string[] {
  if (!report.plan) return [];
  const rows = report.plan;
  const out = ['', rows.length === 0 ? 'Issues: nothing to change.' : `Issues (${rows.length}):`];
  for (const row of rows) {
    const issue = row.issue === null ? '' : ` #${row.issue}`;
    const detail = row.detail ? `: ${plainText(row.detail, 200)}` : '';
    const error = row.error ? ` ERROR ${plainText(row.error, 200)}` : '';
    out.push(`  ${row.status.padEnd(8)} ${row.kind}${issue} ${plainText(row.what, 200)} (${row.reason}${detail})${error}`);
  }
  return out;
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
