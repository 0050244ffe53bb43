// The check result as the PR comment / job summary (markdown) and as CLI text.
import type { CheckResult } from '../allowlist/check.js';
import type { RuleChange } from '../allowlist/diff.js';
import { formatProblem } from '../errors.js';
import { clip, markdownText } from '../text.js';

export const CHECK_COMMENT_MARKER = '<!-- portwarden:check -->';

/** Items shown per section; the job summary and the log have them all. */
const MOST_ITEMS = 50;
/** GitHub refuses a comment or pull-request body over 65,536 characters. */
const MARKDOWN_LIMIT = 60_000;

/** At most MOST_ITEMS lines of a list, then how many more there are. Loops: lists can be huge. */
function capped<T>(out: string[], items: readonly T[], line: (item: T) => string, indent = ''): void {
  for (let i = 0; i < Math.min(items.length, MOST_ITEMS); i++) out.push(line(items[i]!));
  if (items.length > MOST_ITEMS) out.push(`${indent}- … and ${items.length - MOST_ITEMS} more (the job summary and the log list them all)`);
}

/**
 * The check as markdown for the sticky comment, the job summary and accept mode's pull
 * request. Bounded: an allowlist of thousands of rules, or a change that closes thousands of
 * issues, must not make the comment too long for GitHub (and the check fail on every pull request).
 */
export function renderCheckMarkdown(result: CheckResult, strict: boolean): string {
  const text = renderUnbounded(result, strict);
  return text.length <= MARKDOWN_LIMIT
    ? text
    : `${clip(text, MARKDOWN_LIMIT)}\n\n_(cut to fit GitHub's limit: the job summary and the log have everything)_`;
}

function renderUnbounded(result: CheckResult, strict: boolean): string {
  const out = [CHECK_COMMENT_MARKER, '## Portwarden allowlist check', ''];
  const verdict =
    result.errors.length > 0
      ? `**${result.errors.length} error(s)**: this allowlist cannot be used.`
      : result.warnings.length > 0
        ? `${result.warnings.length} warning(s)${strict ? ' (strict: they fail the check)' : ''}.`
        : 'No problems found.';
  out.push(verdict, '');
  if (result.errors.length > 0) {
    out.push('### Errors', '');
    capped(out, result.errors, (p) => `- \`${markdownText(result.file)}:${p.line}:${p.column}\` ${markdownText(p.message, 400)}`);
    out.push('');
  }
  if (result.warnings.length > 0) {
    out.push('### Risky rules', '');
    capped(out, result.warnings, (w) => `- line ${w.line}: ${markdownText(w.message, 400)}`);
    out.push('');
  }
  if (result.changes.length > 0) {
    out.push('### Rule changes', '', '| Rule | Change | Newly allowed | No longer allowed | Other |', '| --- | --- | --- | --- | --- |');
    for (const c of result.changes.slice(0, MOST_ITEMS))
      out.push(
        `| \`${c.ruleId}\` | ${c.kind} | ${ports(c.newlyAllowed)} | ${ports(c.noLongerAllowed)} | ${markdownText(c.otherChanges.join('; '))} |`,
      );
    if (result.changes.length > MOST_ITEMS) out.push(`| … | ${result.changes.length - MOST_ITEMS} more | | | |`);
    out.push('');
  } else if (result.errors.length === 0) {
    out.push('No rule changes.', '');
  }
  if (result.impact) {
    const i = result.impact;
    // `from` is markdown made by our own code (it may link the run whose report it used).
    out.push(`### Impact on the ${i.exposuresConsidered} exposures of ${i.from}`, '');
    out.push(
      i.wouldClose.length === 0 ? '- No open issue would close.' : `- **${i.wouldClose.length} open issue(s) would close** (now allowed):`,
    );
    capped(out, i.wouldClose, (x) => `  - ${markdownText(x.what)} by ${x.rules.map((r) => `\`${r}\``).join(', ')}`, '  ');
    out.push(
      i.wouldOpen.length === 0
        ? '- No expected exposure would become unexpected.'
        : `- **${i.wouldOpen.length} exposure(s) would become unexpected** (new issues after merge):`,
    );
    capped(out, i.wouldOpen, (x) => `  - ${markdownText(x.what)} (was allowed by ${x.rules.map((r) => `\`${r}\``).join(', ')})`, '  ');
    out.push('');
  }
  return out.join('\n');
}

export function renderCheckText(result: CheckResult): string {
  const out: string[] = [];
  for (const p of result.errors) out.push(`error   ${formatProblem({ ...p, file: result.file })}`);
  for (const w of result.warnings) out.push(`warning ${result.file}:${w.line}: ${w.message}`);
  if (result.changes.length > 0) out.push('', 'Rule changes:');
  for (const c of result.changes) out.push(`  ${c.kind.padEnd(8)} ${c.ruleId}${describe(c)}`);
  if (result.impact) {
    const i = result.impact;
    out.push(
      '',
      `Impact on ${i.exposuresConsidered} exposures of ${i.from}: ${i.wouldClose.length} issue(s) would close, ${i.wouldOpen.length} exposure(s) would become unexpected.`,
    );
    for (const x of i.wouldClose) out.push(`  would close: ${x.what} (${x.rules.join(', ')})`);
    for (const x of i.wouldOpen) out.push(`  would open:  ${x.what}`);
  }
  out.push('', `${result.errors.length} error(s), ${result.warnings.length} warning(s), ${result.changes.length} rule change(s).`);
  return out.join('\n');
}

function ports(byProtocol: RuleChange['newlyAllowed']): string {
  return Object.entries(byProtocol)
    .map(([p, r]) => `${p.toUpperCase()} ${r}`)
    .join('; ');
}

function describe(c: RuleChange): string {
  const parts = [
    ports(c.newlyAllowed) && `+${ports(c.newlyAllowed)}`,
    ports(c.noLongerAllowed) && `-${ports(c.noLongerAllowed)}`,
    ...c.otherChanges,
  ].filter(Boolean);
  return parts.length ? `: ${parts.join('; ')}` : '';
}
