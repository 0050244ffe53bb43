// The job summary (GitHub-flavoured markdown). Every AWS-supplied string goes through
// markdownText: the summary is rendered by GitHub for everyone who can read the run.
// GitHub refuses a step summary over 1 MiB, and an organisation has hundreds of accounts: the
// scopes are grouped per account, and every section that grows with the input has a byte
// budget; a cut section says how many rows it left out, and the JSON report has them all.
import { unexpectedPortsText, workflowSyncText, type Report, type ReportExposure } from './report.js';
import type { Scope, ScopeStatus } from '../model.js';
import { codeSpan, markdownText } from '../text.js';

/** UTF-8 bytes per growing section; with the bounded lines, the summary stays under 1,000,000. */
const BUDGET = { accounts: 320_000, unexpected: 300_000, allowed: 40_000, plan: 250_000, warnings: 40_000 } as const;
const MAX_ACCOUNTS_NAMED = 12;
/** Regions or sources named in a cell. */
const MAX_NAMED = 6;
const MAX_REASONS = 3;
const MAX_RULES_NAMED = 50;
const MORE = 'see the JSON report (the `report-path` output, or the report artifact)';

export function renderSummary(report: Report): string {
  const s = report.summary;
  const out: string[] = [
    '## Portwarden',
    '',
    `**${s.unexpected} unexpected** open port${s.unexpected === 1 ? '' : 's'}, ${s.expected} allowed` +
      `${s.allowedByTag > 0 ? ` (${s.allowedByTag} by instance tag)` : ''}, ${s.ignored} ignored.`,
    '',
  ];
  // Scope health right under the headline: it says whether "0 unexpected" is an all-clear.
  // A loop, not push(...lines): a plan of 10,000 rows as arguments could overflow the stack.
  for (const line of [...scopesSection(report.scopes), ...unexpectedSection(report), ...allowedSection(report)]) out.push(line);
  if (report.expiredRules.length > 0) out.push(`**Expired rules** (allow nothing): ${ruleList(report.expiredRules)}`, '');
  if (report.staleRules.length > 0) out.push(`**Stale rules** (matched no open port): ${ruleList(report.staleRules)}`, '');
  for (const line of planSection(report)) out.push(line);
  if (report.workflowSync) out.push(workflowSyncText(report.workflowSync), '');
  const warnings = fit(report.warnings.length, (i) => `> [!WARNING]\n> ${markdownText(report.warnings[i]!, 500)}\n`, BUDGET.warnings);
  for (const line of [...warnings.lines, ...moreLine(report.warnings.length - warnings.shown, 'warnings')]) out.push(line);
  out.push(`<sub>Portwarden ${markdownText(report.portwardenVersion, 40)}</sub>`, '');
  return out.join('\n');
}

function unexpectedSection(report: Report): string[] {
  const unexpected = report.exposures.filter((e) => e.status === 'unexpected');
  if (unexpected.length === 0) return [];
  const head = [
    '### Unexpected',
    '',
    '| Account | Region | Instance | Name | Protocol | Ports | Severity |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  return cappedTable(head, unexpected.length, BUDGET.unexpected, 'rows', (i) => {
    const e = unexpected[i]!;
    const cells = [markdownText(e.accountId, 40), markdownText(e.region, 40), markdownText(e.resource.id, 64), nameOf(e)];
    return row([...cells, e.protocol.toUpperCase(), unexpectedPortsText(e), e.severity]);
  });
}

function allowedSection(report: Report): string[] {
  const perRule = new Map<string, number>();
  for (const e of report.exposures) {
    if (e.status !== 'expected') continue;
    for (const rule of e.rules) perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
    if (e.allowedByTag) perRule.set('(instance allow tag)', (perRule.get('(instance allow tag)') ?? 0) + 1);
  }
  if (perRule.size === 0) return [];
  const rules = [...perRule];
  const head = ['### Allowed by rule', '', '| Rule | Exposures |', '| --- | --- |'];
  return cappedTable(head, rules.length, BUDGET.allowed, 'rules', (i) => row([markdownText(rules[i]![0]), String(rules[i]![1])]));
}

function planSection(report: Report): string[] {
  const plan = report.plan;
  if (!plan) return [];
  if (plan.length === 0) return ['### Issues', '', 'Nothing to change.', ''];
  const head = ['### Issues', '', '| Status | Change | Issue | Exposure | Why |', '| --- | --- | --- | --- | --- |'];
  return cappedTable(head, plan.length, BUDGET.plan, 'rows', (i) => {
    const r = plan[i]!;
    const why = markdownText([r.detail, r.error].filter(Boolean).join(' / '), 300);
    return row([r.status, `${r.kind} (${r.reason})`, r.issue === null ? '' : `#${r.issue}`, markdownText(r.what, 120), why]);
  });
}

// ---- Scopes, per account ----

const RANK: Record<ScopeStatus, number> = { incomplete: 0, stale: 1, complete: 2 };

interface Reason {
  status: ScopeStatus;
  text: string;
  sources: Set<string>;
  regions: Set<string>;
}

interface Account {
  id: string;
  /** The worst status of its scopes. */
  status: ScopeStatus;
  sources: Set<string>;
  regions: Set<string>;
  /** The regions with a scope that is not complete. */
  affected: Set<string>;
  reasons: Map<string, Reason>;
}

function scopesSection(scopes: readonly Scope[]): string[] {
  if (scopes.length === 0) return [];
  const accounts = byAccount(scopes);
  const complete = accounts.filter((a) => a.status === 'complete');
  const failing = accounts.filter((a) => a.status !== 'complete');
  const count = (status: ScopeStatus) => failing.filter((a) => a.status === status).length;
  const [incomplete, stale] = [count('incomplete'), count('stale')];
  const out = [
    '### Scopes',
    '',
    `${complete.length} account${complete.length === 1 ? '' : 's'} complete` +
      `${incomplete > 0 ? `, **${incomplete} incomplete**` : ''}${stale > 0 ? `, **${stale} stale**` : ''}` +
      ` (${scopes.length} scope${scopes.length === 1 ? '' : 's'}).`,
    '',
  ];
  if (complete.length > 0) out.push(`Complete: ${completeText(complete, accounts.length === 1)}`, '');
  if (failing.length === 0) return out;
  const head = ['| Account | Status | Regions | Why |', '| --- | --- | --- | --- |'];
  return [...out, ...cappedTable(head, failing.length, BUDGET.accounts, 'accounts', (i) => accountRow(failing[i]!))];
}

/** Accounts, worst first (incomplete, stale, complete), then by id. */
function byAccount(scopes: readonly Scope[]): Account[] {
  const accounts = new Map<string, Account>();
  for (const scope of scopes) {
    const account = accounts.get(scope.accountId) ?? newAccount(scope.accountId);
    accounts.set(scope.accountId, account);
    account.sources.add(scope.source);
    account.regions.add(scope.region);
    if (RANK[scope.status] < RANK[account.status]) account.status = scope.status;
    if (scope.status === 'complete') continue;
    account.affected.add(scope.region);
    const text = scope.reason ?? '';
    // The same failure in every region usually names the region: one reason for all of them.
    const key = `${scope.status}\n${scope.region.length > 2 ? text.split(scope.region).join('\u0000') : text}`;
    const reason = account.reasons.get(key) ?? { status: scope.status, text, sources: new Set(), regions: new Set() };
    account.reasons.set(key, reason);
    reason.sources.add(scope.source);
    reason.regions.add(scope.region);
  }
  return [...accounts.values()].sort((a, b) => RANK[a.status] - RANK[b.status] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function newAccount(id: string): Account {
  return { id, status: 'complete', sources: new Set(), regions: new Set(), affected: new Set(), reasons: new Map() };
}

function completeText(complete: Account[], only: boolean): string {
  const ids = complete.slice(0, MAX_ACCOUNTS_NAMED).map((a) => markdownText(a.id, 40));
  const more = complete.length > MAX_ACCOUNTS_NAMED ? ` and ${complete.length - MAX_ACCOUNTS_NAMED} more` : '';
  if (!only) return `${ids.join(', ')}${more}.`;
  // One account: say what was read where, as the per-source rows used to.
  const a = complete[0]!;
  return `${ids[0]} (${named(sorted(a.sources))} in ${regionsText(a.regions, a.regions)}).`;
}

function accountRow(a: Account): string {
  const reasons = [...a.reasons.values()].sort((x, y) => RANK[x.status] - RANK[y.status]);
  const shown = reasons.slice(0, MAX_REASONS).map((r) => reasonText(r, a));
  if (reasons.length > MAX_REASONS) shown.push(`and ${reasons.length - MAX_REASONS} more`);
  return row([markdownText(a.id, 40), `**${a.status}**`, regionsText(a.affected, a.regions), shown.join('<br>')]);
}

/** "inspector2, security-groups in eu-west-1: why", naming the regions when not all of the account's. */
function reasonText(r: Reason, a: Account): string {
  const status = r.status === a.status ? '' : `${r.status}: `;
  const where = r.regions.size < a.affected.size ? ` in ${regionsText(r.regions, a.regions)}` : '';
  const why = r.text ? `: ${markdownText(r.text, 400)}` : '';
  return `${status}${named(sorted(r.sources))}${where}${why}`;
}

function regionsText(regions: Set<string>, of: Set<string>): string {
  if (regions.size > 4 && regions.size === of.size) return `all ${regions.size} regions`;
  return named(sorted(regions).map((r) => (r === '*' ? 'all regions' : r)));
}

/** The first few names, escaped, then how many more. */
function named(names: string[]): string {
  const more = names.length > MAX_NAMED ? ` and ${names.length - MAX_NAMED} more` : '';
  const escaped = names.slice(0, MAX_NAMED).map((n) => markdownText(n, 40));
  return `${escaped.join(', ')}${more}`;
}

// ---- Budgets ----

/** A table of `count` rows, as many as fit in `budget` bytes, then how many more there are. */
function cappedTable(head: string[], count: number, budget: number, noun: string, render: (i: number) => string): string[] {
  const { lines, shown } = fit(count, render, budget - utf8Bytes(head.join('\n')));
  // The blank line ends the table: GitHub would take the next line as one more row.
  return [...head, ...lines, '', ...moreLine(count - shown, noun)];
}

/** The first items that fit in `budget` bytes, in order: none skipped, so "N more" is the tail. */
function fit(count: number, render: (i: number) => string, budget: number): { lines: string[]; shown: number } {
  const lines: string[] = [];
  let used = 0;
  for (let i = 0; i < count; i++) {
    const line = render(i);
    used += utf8Bytes(line) + 1;
    if (used > budget) break;
    lines.push(line);
  }
  return { lines, shown: lines.length };
}

function moreLine(more: number, noun: string): string[] {
  return more > 0 ? [`… and ${more} more ${noun}: ${MORE}.`, ''] : [];
}

/** An upper bound of the UTF-8 length (a surrogate pair counts 6, not 4): no Buffer in the core. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return bytes;
}

function ruleList(ids: readonly string[]): string {
  const named = ids.slice(0, MAX_RULES_NAMED).map((id) => codeSpan(id, 100));
  return `${named.join(', ')}${ids.length > MAX_RULES_NAMED ? ` and ${ids.length - MAX_RULES_NAMED} more` : ''}`;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

function nameOf(e: ReportExposure): string {
  return e.resource.name === null ? '_(no Name tag)_' : markdownText(e.resource.name, 60);
}
