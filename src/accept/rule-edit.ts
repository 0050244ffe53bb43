// The rule an accepted issue becomes, and its insertion into allowlist.json. The file is
// edited, not re-serialised (jsonc-parser's modify keeps every other byte as it was), so the
// pull request's diff is exactly the new rule.
import { addDays } from '../dates.js';
import { applyEdits, modify, parse } from 'jsonc-parser';
import type { ExistingIssue } from '../model.js';
import type { AcceptCommand } from './command.js';

export interface RuleJson {
  id: string;
  match: Record<string, unknown>;
  allow: Record<string, (number | string)[]>;
  reason: string;
  owner: string;
  expires: string;
}

export type RuleResult = { ok: true; rule: RuleJson } | { ok: false; problem: string };

export function ruleForIssue(issue: ExistingIssue, command: AcceptCommand, options: { commenter: string; today: string; maxExpiryDays: number }): RuleResult {
  const limit = addDays(options.today, options.maxExpiryDays);
  const expires = command.expires ?? limit;
  if (expires > limit) return { ok: false, problem: `expires ${expires} is more than max-expiry-days (${options.maxExpiryDays}) ahead: use ${limit} or earlier` };
  if (expires < options.today) return { ok: false, problem: `expires ${expires} is in the past` };
  const { accountId, region, resourceId, protocol } = issue.identity;
  const base = { accounts: [accountId], regions: [region] };
  let match: Record<string, unknown>;
  if (command.scope.kind === 'instance') match = { ...base, instanceIds: [resourceId] };
  else if (command.scope.kind === 'name') {
    if (!issue.material.name) return { ok: false, problem: `${resourceId} has no Name tag: use scope: instance` };
    match = { ...base, name: [issue.material.name] };
  } else {
    const value = issue.tags?.[command.scope.key];
    if (value === undefined) return { ok: false, problem: `${resourceId} has no tag "${command.scope.key}"` };
    match = { ...base, tags: { [command.scope.key]: value } };
  }
  const ports = issue.material.uncovered.split(', ').map((r) => (/^\d+$/.test(r) ? Number(r) : r));
  return {
    ok: true,
    rule: { id: `accept-issue-${issue.number}-${protocol}`, match, allow: { [protocol]: ports }, reason: command.reason, owner: `@${options.commenter}`, expires },
  };
}

/** Adds the rule, or replaces the rule with the same id (a second command on the same issue). */
export function withRule(text: string, rule: RuleJson): string {
  const rules = (parse(text) as { rules?: { id?: string }[] } | undefined)?.rules ?? [];
  const existing = rules.findIndex((r) => r.id === rule.id);
  const indent = /\n( +)"/.exec(text)?.[1]?.length ?? 2;
  const formattingOptions = { insertSpaces: true, tabSize: indent, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  const edits = modify(text, ['rules', existing >= 0 ? existing : rules.length], rule, { formattingOptions, ...(existing >= 0 ? {} : { isArrayInsertion: true }) });
  return applyEdits(text, edits);
}
