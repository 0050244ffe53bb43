// Issue titles, bodies and comments. Everything that came from AWS (names, tags, titles) is
// escaped: an instance's Name tag must not ping people, link issues or inject markup.
import type { FindingOrigin, IssueOptions, PlanAction, Verdict } from '../model.js';
import { addDays } from '../dates.js';
import { formatRange, formatRanges } from '../ports.js';
import { markdownText, plainText } from '../report/text.js';
import { identityOf } from './fingerprint.js';
import { encodeMarker } from './marker.js';
import { materialOf, PORTWARDEN_LABEL } from './plan.js';

export const SEVERITY_COLORS: Record<string, string> = {
  critical: 'b60205',
  high: 'd93f0b',
  medium: 'fbca04',
  low: 'c5def5',
  informational: 'ededed',
};

/** Titles render little markdown, but `@name` and `#12` still link: break them with a zero-width space. */
function titleText(text: string): string {
  return plainText(text, 60).replace(/([@#])/g, '$1\u200b');
}

/** GitHub refuses titles over 256 characters: an alert that cannot be opened is a missed alert. */
function portsForTitle(verdict: Verdict): string {
  const all = formatRanges(verdict.uncovered);
  if (all.length <= 60) return all;
  const first = verdict.uncovered[0]!;
  const last = verdict.uncovered[verdict.uncovered.length - 1]!;
  return `${verdict.uncovered.length} ranges in ${first.from}-${last.to}`;
}

export function renderTitle(verdict: Verdict): string {
  const e = verdict.exposure;
  const ports = portsForTitle(verdict);
  const plural = verdict.uncovered.length > 1 || verdict.uncovered.some((r) => r.from !== r.to) ? 'ports' : 'port';
  const where = e.resource.name ? `${titleText(e.resource.name)} (${e.resource.id})` : e.resource.id;
  return `Unexpected open ${plural} ${e.protocol.toUpperCase()} ${ports} on ${where} in ${e.accountId}/${e.region}`;
}

export function labelsFor(verdict: Verdict, options: Pick<IssueOptions, 'labels'>, keep: readonly string[] = []): string[] {
  const kept = keep.filter((l) => !l.startsWith('severity:') && l !== PORTWARDEN_LABEL);
  return [...new Set([PORTWARDEN_LABEL, `severity:${verdict.exposure.severity}`, ...options.labels, ...kept])];
}

/**
 * `previousSources`: the sources an existing issue recorded. The marker keeps their union, so
 * a source that failed this run stays one whose complete scan is needed before a close.
 */
export function renderBody(verdict: Verdict, options: Pick<IssueOptions, 'today'>, closingNote?: string, previousSources: readonly FindingOrigin[] = []): string {
  const e = verdict.exposure;
  const md = (text: string) => markdownText(text, 200);
  const tags = Object.entries(e.resource.tags)
    .map(([k, v]) => `\`${k.replace(/`/g, "'")}\`=\`${v.replace(/`/g, "'")}\``)
    .join(', ');
  const partly = verdict.allowed.length > 0 ? ` (${formatRanges(verdict.allowed)} of ${formatRange(e.ports)} allowed by ${verdict.rules.map((r) => `\`${r}\``).join(', ') || 'the allow tag'})` : '';
  const lines = [
    ...(closingNote ? [`> [!NOTE]`, `> ${closingNote}`, ''] : []),
    `**${e.protocol.toUpperCase()} ${formatRanges(verdict.uncovered)}** is open to the ${e.reachability === 'internet' ? 'internet' : 'private network'} on an instance, and no allowlist rule expects it${partly}.`,
    '',
    '| | |',
    '| --- | --- |',
    `| Account / region | ${e.accountId} / ${e.region} |`,
    `| Instance | \`${e.resource.id}\`${e.instanceState ? ` (${e.instanceState})` : ''} |`,
    `| Name | ${e.resource.name ? md(e.resource.name) : '_(no Name tag)_'} |`,
    `| Tags | ${tags ? markdownText(tags, 600).replace(/&#96;/g, '`') : '_(none)_'} |`,
    `| Protocol / ports | ${e.protocol.toUpperCase()} ${formatRange(e.ports)} reported, ${formatRanges(verdict.uncovered)} unexpected |`,
    `| Severity | ${e.severity} |`,
    `| Source | ${e.sources.join(', ')}: ${md(e.title)} |`,
    `| Network path | ${e.path.length > 0 ? e.path.map((p) => `\`${p.replace(/`/g, '')}\``).join(' → ') : '_(not reported)_'} |`,
    `| First / last seen | ${e.firstSeen ?? '?'} / ${e.lastSeen ?? '?'} |`,
    ...(verdict.expiredRules.length > 0 ? [`| Expired rules | ${verdict.expiredRules.map((r) => `\`${r}\``).join(', ')} (renew to allow again) |`] : []),
    '',
    '### How to close it',
    '',
    `- If nothing should listen there, remove the ingress for ${e.protocol.toUpperCase()} ${formatRanges(verdict.uncovered)} from the security groups on the path (or the network ACL). The next scan closes this issue.`,
    '- If the port is expected, add a rule to `allowlist.json` in a pull request. Closing this issue by hand does not silence it: it reopens while the port stays open.',
    '',
    '<details><summary>Ready-to-paste allowlist rule</summary>',
    '',
    '```json',
    suggestedRule(verdict, options.today),
    '```',
    '',
    '</details>',
    '',
    encodeMarker({
      v: 1,
      fingerprint: verdict.fingerprint,
      identity: identityOf(e),
      sources: [...new Set([...previousSources, ...e.sources])].sort(),
      material: materialOf(verdict),
      tags: e.resource.tags,
    }),
  ];
  return lines.join('\n');
}

function suggestedRule(verdict: Verdict, today: string): string {
  const e = verdict.exposure;
  const id = `${(e.resource.name ?? e.resource.id).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'instance'}-${e.protocol}-${formatRanges(verdict.uncovered).replace(/, /g, '_')}`;
  const rule = {
    id,
    match: { accounts: [e.accountId], regions: [e.region], instanceIds: [e.resource.id] },
    allow: { [e.protocol]: verdict.uncovered.map((r) => (r.from === r.to ? r.from : `${r.from}-${r.to}`)) },
    reason: 'TODO: why this port must be reachable from the internet',
    owner: '@your-org/your-team',
    expires: addDays(today, 90),
  };
  // Backticks cannot close the code fence once JSON-escaped.
  return JSON.stringify(rule, null, 2).replace(/`/g, '\\u0060');
}

export function renderActionComment(action: PlanAction): string | undefined {
  switch (action.kind) {
    case 'close':
      return `Closing: ${closeSentence(action)}.`;
    case 'reopen':
      return action.reason === 'reappeared-after-manual-close'
        ? `Reopening: ${portText(action.verdict)} is open again. This issue was closed by hand, but only an allowlist rule (a reviewed pull request to \`allowlist.json\`) silences an alert; set \`reopen-manually-closed: false\` to let "close as not planned" acknowledge it instead.`
        : `Reopening: ${portText(action.verdict)} is open again.`;
    default:
      return undefined;
  }
}

export function closingNoteFor(action: PlanAction & { kind: 'close' }): string {
  return `Closed by Portwarden: ${closeSentence(action)}.`;
}

function closeSentence(action: PlanAction & { kind: 'close' }): string {
  // Details hold ids and the allowlist's own reviewed reasons; only mentions need defusing.
  const detail = action.detail.replace(/@/g, '@\u200b');
  switch (action.reason) {
    case 'gone':
      return `the port is closed (${detail})`;
    case 'terminated':
      return `the ${detail}`;
    default:
      return detail;
  }
}

function portText(verdict: Verdict): string {
  const e = verdict.exposure;
  return `${e.protocol.toUpperCase()} ${formatRanges(verdict.uncovered)} on \`${e.resource.id}\``;
}
