// The job summary (GitHub-flavoured markdown). Every AWS-supplied string goes through
// markdownText: the summary is rendered by GitHub for everyone who can read the run.
import { unexpectedPortsText, workflowSyncText, type Report, type ReportExposure } from './report.js';
import { markdownText } from '../text.js';

export function renderSummary(report: Report): string {
  const s = report.summary;
  const out: string[] = [
    '## Portwarden',
    '',
    `**${s.unexpected} unexpected** open port${s.unexpected === 1 ? '' : 's'}, ${s.expected} allowed` +
      `${s.allowedByTag > 0 ? ` (${s.allowedByTag} by instance tag)` : ''}, ${s.ignored} ignored.`,
    '',
    ...unexpectedSection(report),
    ...allowedSection(report),
  ];
  if (report.expiredRules.length > 0) out.push(`**Expired rules** (allow nothing): ${report.expiredRules.map(code).join(', ')}`, '');
  if (report.staleRules.length > 0) out.push(`**Stale rules** (matched no open port): ${report.staleRules.map(code).join(', ')}`, '');
  // A loop, not push(...lines): a plan of 10,000 rows as arguments could overflow the stack.
  for (const line of [...scopesSection(report), ...planSection(report)]) out.push(line);
  if (report.workflowSync) out.push(workflowSyncText(report.workflowSync), '');
  for (const warning of report.warnings) out.push(`> [!WARNING]`, `> ${markdownText(warning, 500)}`, '');
  out.push(`<sub>Portwarden ${markdownText(report.portwardenVersion, 40)}</sub>`, '');
  return out.join('\n');
}

function unexpectedSection(report: Report): string[] {
  const unexpected = report.exposures.filter((e) => e.status === 'unexpected');
  if (unexpected.length === 0) return [];
  return [
    '### Unexpected',
    '',
    '| Account | Region | Instance | Name | Protocol | Ports | Severity |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...unexpected.map((e) =>
      row([
        markdownText(e.accountId, 40),
        markdownText(e.region, 40),
        markdownText(e.resource.id, 64),
        nameOf(e),
        e.protocol.toUpperCase(),
        unexpectedPortsText(e),
        e.severity,
      ]),
    ),
    '',
  ];
}

function allowedSection(report: Report): string[] {
  const perRule = new Map<string, number>();
  for (const e of report.exposures.filter((x) => x.status === 'expected')) {
    for (const rule of e.rules) perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
    if (e.allowedByTag) perRule.set('(instance allow tag)', (perRule.get('(instance allow tag)') ?? 0) + 1);
  }
  if (perRule.size === 0) return [];
  return [
    '### Allowed by rule',
    '',
    '| Rule | Exposures |',
    '| --- | --- |',
    ...[...perRule].map(([r, n]) => row([markdownText(r), String(n)])),
    '',
  ];
}

function scopesSection(report: Report): string[] {
  if (report.scopes.length === 0) return [];
  // One row per source, status and reason: an organisation's accounts x regions would
  // otherwise outgrow the step summary's 1 MiB.
  const out = ['### Scopes', '', '| Source | Account / region | Status | Reason |', '| --- | --- | --- | --- |'];
  for (const group of groupScopes(report.scopes)) {
    const places =
      group.places.length <= MAX_PLACES
        ? group.places.join(', ')
        : `${group.places.slice(0, MAX_PLACES).join(', ')} and ${group.places.length - MAX_PLACES} more`;
    const status = group.status === 'complete' ? 'complete' : `**${group.status}**`;
    out.push(row([group.source, places, status, group.reason ? markdownText(group.reason, 400) : '']));
  }
  return [...out, ''];
}

function planSection(report: Report): string[] {
  if (!report.plan) return [];
  if (report.plan.length === 0) return ['### Issues', '', 'Nothing to change.', ''];
  const out = ['### Issues', '', '| Status | Change | Issue | Exposure | Why |', '| --- | --- | --- | --- | --- |'];
  for (const r of report.plan) {
    out.push(
      row([
        r.status,
        `${r.kind} (${r.reason})`,
        r.issue === null ? '' : `#${r.issue}`,
        markdownText(r.what, 120),
        markdownText([r.detail, r.error].filter(Boolean).join(' / '), 300),
      ]),
    );
  }
  return [...out, ''];
}

const MAX_PLACES = 12;

function groupScopes(scopes: Report['scopes']): { source: string; status: string; reason?: string; places: string[] }[] {
  const groups = new Map<string, { source: string; status: string; reason?: string; places: string[] }>();
  for (const s of scopes) {
    const key = `${s.source}\n${s.status}\n${s.reason ?? ''}`;
    const group = groups.get(key) ?? { source: s.source, status: s.status, ...(s.reason ? { reason: s.reason } : {}), places: [] };
    group.places.push(`${markdownText(s.accountId, 40)} / ${markdownText(s.region, 40)}`);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function code(id: string): string {
  return `\`${id.replace(/`/g, '')}\``;
}

function nameOf(e: ReportExposure): string {
  return e.resource.name === null ? '_(no Name tag)_' : markdownText(e.resource.name, 60);
}
