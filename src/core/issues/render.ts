// Issue titles, bodies and comments. Everything that came from AWS (names, tags, titles, ids)
// is escaped: an instance's Name tag must not ping people, link issues or inject markup. And
// everything is bounded by construction: GitHub refuses a title over 256 characters and a
// body or comment over 65,536, and an alert that cannot be written is a missed alert.
import type { ExistingIssue, FindingOrigin, IssueOptions, Verdict } from '../model.js';
import { addDays } from '../dates.js';
import { formatRange, formatRanges } from '../ports.js';
import { clip, codeSpan, markdownText, plainText, withoutAutolinks } from '../text.js';
import { identityOf } from '../findings/fingerprint.js';
import { encodeMarker, MARKER_PREFIX } from './marker.js';
import { materialOf, PORTWARDEN_LABEL } from './plan.js';

export const SEVERITY_COLORS: Record<string, string> = {
  critical: 'b60205',
  high: 'd93f0b',
  medium: 'fbca04',
  low: 'c5def5',
  informational: 'ededed',
};

/** GitHub's limits, in characters. */
export const GITHUB_LIMITS = { title: 256, body: 65_536 } as const;
/** Room kept in every body for the note a close adds on top. */
const CLOSING_NOTE_ROOM = 3_000;
export const NOTE_LIMIT = 2_500;

/** Titles render little markdown, but `@name` and `#12` still link. */
function titleText(text: string, maxLength: number): string {
  return withoutAutolinks(plainText(text, maxLength));
}

/** A port list for prose: long lists (thousands of gaps) are summarised, not spelled out. */
export function portsText(ranges: Verdict['uncovered'], maxLength: number): string {
  const all = formatRanges(ranges);
  if (all.length <= maxLength) return all;
  return `${ranges.length} ranges in ${ranges[0]!.from}-${ranges[ranges.length - 1]!.to}`;
}

export function renderTitle(verdict: Verdict): string {
  const e = verdict.exposure;
  const plural = verdict.uncovered.length > 1 || verdict.uncovered.some((r) => r.from !== r.to) ? 'ports' : 'port';
  const id = titleText(e.resource.id, 64);
  const where = e.resource.name ? `${titleText(e.resource.name, 60)} (${id})` : id;
  const title = `Unexpected open ${plural} ${e.protocol.toUpperCase()} ${portsText(verdict.uncovered, 60)} on ${where} in ${titleText(e.accountId, 20)}/${titleText(e.region, 30)}`;
  return clip(title, GITHUB_LIMITS.title);
}

export function labelsFor(verdict: Verdict, options: Pick<IssueOptions, 'labels'>, keep: readonly string[] = []): string[] {
  const kept = keep.filter((l) => !l.startsWith('severity:') && l !== PORTWARDEN_LABEL);
  return [...new Set([PORTWARDEN_LABEL, `severity:${verdict.exposure.severity}`, ...options.labels, ...kept])];
}

/** The hidden marker of a verdict's issue: in the body, and once more in the identity comment. */
export function markerFor(verdict: Verdict, previousSources: readonly FindingOrigin[] = []): string {
  const e = verdict.exposure;
  return encodeMarker({
    v: 1,
    fingerprint: verdict.fingerprint,
    identity: identityOf(e),
    sources: [...new Set([...previousSources, ...e.sources])].sort(),
    material: materialOf(verdict),
    tags: e.resource.tags,
  });
}

/**
 * `previousSources`: the sources an existing issue recorded. The marker keeps their union, so
 * a source that failed this run stays one whose complete scan is needed before a close.
 */
export function renderBody(
  verdict: Verdict,
  options: Pick<IssueOptions, 'today'>,
  closingNote?: string,
  previousSources: readonly FindingOrigin[] = [],
): string {
  const e = verdict.exposure;
  const md = (text: string, max = 200) => markdownText(text, max);
  const unexpectedPorts = portsText(verdict.uncovered, 1_000);
  const ruleList = (ids: readonly string[]) =>
    listText(
      ids.map((r) => codeSpan(r)),
      10,
    );
  const partly =
    verdict.allowed.length > 0
      ? ` (${portsText(verdict.allowed, 500)} of ${formatRange(e.ports)} allowed by ${ruleList(verdict.rules) || 'the allow tag'})`
      : '';
  const path =
    e.path.length > 0
      ? listText(
          e.path.map((p) => codeSpan(p, 64)),
          20,
          ' → ',
        )
      : '_(not reported)_';
  const lines = [
    ...(closingNote ? [`> [!NOTE]`, `> ${clip(closingNote, NOTE_LIMIT)}`, ''] : []),
    `**${e.protocol.toUpperCase()} ${unexpectedPorts}** is open to the ${e.reachability === 'internet' ? 'internet' : 'private network'} on an instance, and no allowlist rule expects it${partly}.`,
    '',
    '| | |',
    '| --- | --- |',
    `| Account / region | ${md(e.accountId, 40)} / ${md(e.region, 40)} |`,
    `| Instance | ${codeSpan(e.resource.id, 256)}${e.instanceState ? ` (${e.instanceState})` : ''} |`,
    `| Name | ${e.resource.name ? md(e.resource.name, 256) : '_(no Name tag)_'} |`,
    `| Tags | ${tagsText(e.resource.tags) || '_(none)_'} |`,
    `| Protocol / ports | ${e.protocol.toUpperCase()} ${formatRange(e.ports)} reported, ${unexpectedPorts} unexpected |`,
    `| Severity | ${e.severity} |`,
    `| Source | ${e.sources.join(', ')}: ${md(e.title)} |`,
    `| Network path | ${path} |`,
    `| First / last seen | ${md(e.firstSeen ?? '?', 40)} / ${md(e.lastSeen ?? '?', 40)} |`,
    ...(verdict.expiredRules.length > 0 ? [`| Expired rules | ${ruleList(verdict.expiredRules)} (renew to allow again) |`] : []),
    '',
    '### How to close it',
    '',
    `- If nothing should listen there, remove the ingress for ${e.protocol.toUpperCase()} ${unexpectedPorts} from the security groups on the path (or the network ACL). The next scan closes this issue.`,
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
  ];
  return fitBody(lines.join('\n'), markerFor(verdict, previousSources));
}

/**
 * The visible part, cut if it must be so the marker always fits with room for a closing
 * note. With the bounds above it never is; this keeps the limit a property of the code.
 */
function fitBody(visible: string, marker: string): string {
  const room = GITHUB_LIMITS.body - CLOSING_NOTE_ROOM - marker.length - 2;
  return `${visible.length <= room ? visible : `${clip(visible, room - 40)}\n\n_(cut to fit GitHub's limit)_`}\n${marker}`;
}

/** Tag keys and values as code spans, as many as fit 2,000 characters. */
function tagsText(tags: Readonly<Record<string, string>>): string {
  const entries = Object.entries(tags);
  const shown: string[] = [];
  let used = 0;
  for (const [key, value] of entries) {
    const text = `${codeSpan(key, 64)}=${codeSpan(value, 128)}`;
    if (used + text.length > 2_000) break;
    used += text.length + 2;
    shown.push(text);
  }
  return shown.length < entries.length ? `${shown.join(', ')} and ${entries.length - shown.length} more` : shown.join(', ');
}

function listText(items: readonly string[], most: number, separator = ', '): string {
  return items.length <= most
    ? items.join(separator)
    : `${items.slice(0, most).join(separator)}${separator}… and ${items.length - most} more`;
}

/** At most this many ranges in a suggested rule; past it, a rule is better written by hand. */
const SUGGESTED_RANGES = 200;

function suggestedRule(verdict: Verdict, today: string): string {
  const e = verdict.exposure;
  if (verdict.uncovered.length > SUGGESTED_RANGES)
    return `// ${verdict.uncovered.length} separate ranges: too many to suggest one rule; allow the range you expect instead.`;
  const id = `${
    (e.resource.name ?? e.resource.id)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'instance'
  }-${e.protocol}-${clip(formatRanges(verdict.uncovered).replace(/, /g, '_'), 50).replace(/…$/, '')}`;
  const rule = {
    id,
    match: { accounts: [clip(e.accountId, 64)], regions: [clip(e.region, 64)], instanceIds: [clip(e.resource.id, 256)] },
    allow: { [e.protocol]: verdict.uncovered.map((r) => (r.from === r.to ? r.from : `${r.from}-${r.to}`)) },
    reason: 'TODO: why this port must be reachable from the internet',
    owner: '@your-org/your-team',
    expires: addDays(today, 90),
  };
  // Backticks cannot close the code fence once JSON-escaped.
  return JSON.stringify(rule, null, 2).replace(/`/g, '\\u0060');
}

const NOTE_PREFIX = '> [!NOTE]\n> Closed by Portwarden:';

/**
 * A closed issue's body: the closing note on top (replacing an earlier one), the rest as it
 * was, and the marker at the end, written again from what planning read (so a marker restored
 * from the identity comment is back in the body). A body a person made long is cut to fit.
 */
export function renderClosedBody(issue: ExistingIssue, note: string): string {
  const markerAt = issue.body.lastIndexOf(MARKER_PREFIX);
  let visible = markerAt >= 0 ? issue.body.slice(0, markerAt).trimEnd() : issue.body;
  if (visible.startsWith(NOTE_PREFIX)) visible = visible.slice(visible.indexOf('\n\n') + 2);
  const marker = encodeMarker({
    v: 1,
    fingerprint: issue.fingerprint,
    identity: issue.identity,
    sources: issue.sources,
    material: issue.material,
    ...(issue.tags ? { tags: issue.tags } : {}),
  });
  return fitBody(`> [!NOTE]\n> ${clip(note, NOTE_LIMIT)}\n\n${visible}\n`, marker);
}
