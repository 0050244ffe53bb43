// The rule an accepted issue becomes, and its insertion into allowlist.json. The file is
// edited, not re-serialised (jsonc-parser's modify keeps every other byte as it was), so the
// pull request's diff is exactly the new rule.
import { addDays, isCalendarDate } from '../dates.js';
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { ExistingIssue } from '../model.js';
import type { AcceptCommand } from './command.js';
import { tagValue } from '../tags.js';
import { hasWildcard } from '../wildcard.js';
import { isAccountId, isInstanceId, isRegion } from '../aws-ids.js';

export interface RuleJson {
  id: string;
  match: Record<string, unknown>;
  allow: Record<string, (number | string)[]>;
  reason: string;
  owner: string;
  expires: string;
}

/** `note`: why the rule matches differently than asked (said in the reply). */
export type RuleResult = { ok: true; rule: RuleJson; note?: string } | { ok: false; problem: string };

export function ruleForIssue(
  issue: ExistingIssue,
  command: AcceptCommand,
  options: { commenter: string; today: string; maxExpiryDays: number },
): RuleResult {
  const limit = addDays(options.today, options.maxExpiryDays);
  const expires = command.expires ?? limit;
  if (!isCalendarDate(expires)) return { ok: false, problem: `expires ${expires} is not a calendar date: write YYYY-MM-DD` };
  if (expires > limit)
    return {
      ok: false,
      problem: `expires ${expires} is more than max-expiry-days (${options.maxExpiryDays}) ahead: use ${limit} or earlier`,
    };
  if (expires < options.today) return { ok: false, problem: `expires ${expires} is in the past` };
  if (issue.material.uncovered.endsWith('…'))
    return { ok: false, problem: 'the issue has too many separate port ranges to allow in one command: write the rule by hand' };
  const { accountId, region, resourceId, protocol } = issue.identity;
  // The identity came from AWS or a saved export: copied into a rule, a `*` there would be a
  // wildcard of someone else's choosing, and an odd id a rule that matches nothing on purpose.
  if (!isAccountId(accountId) || !isRegion(region) || !isInstanceId(resourceId)) {
    return {
      ok: false,
      problem: `the issue's account, region or instance id (${accountId}/${region}/${resourceId}) is not a plain AWS id: write this rule by hand`,
    };
  }
  const base = { accounts: [accountId], regions: [region] };
  const byInstance = { ...base, instanceIds: [resourceId] };
  let match: Record<string, unknown> = byInstance;
  let note: string | undefined;
  // A Name or tag value is written by whoever may tag the instance: copied into a rule, `*`
  // or `?` would become a wildcard of their choosing. Such a value is matched by instance.
  const literalOr = (what: string, value: string, scoped: Record<string, unknown>) => {
    if (!hasWildcard(value)) return scoped;
    note = `the ${what} holds * or ?, which the allowlist reads as wildcards, so the rule names the instance instead`;
    return byInstance;
  };
  if (command.scope.kind === 'name') {
    if (!issue.material.name) return { ok: false, problem: `${resourceId} has no Name tag: use scope: instance` };
    match = literalOr('Name', issue.material.name, { ...base, name: [issue.material.name] });
  } else if (command.scope.kind === 'tag') {
    const key = command.scope.key;
    const value = tagValue(issue.tags, key);
    if (value === undefined) return { ok: false, problem: `${resourceId} has no tag "${key}" that Portwarden recorded` };
    match = literalOr(`value of tag "${key}"`, value, { ...base, tags: Object.fromEntries([[key, value]]) as Record<string, string> });
  }
  const ports = issue.material.uncovered.split(', ').map((r) => (/^\d+$/.test(r) ? Number(r) : r));
  const rule = {
    id: `accept-issue-${issue.number}-${protocol}`,
    match,
    allow: { [protocol]: ports },
    reason: command.reason,
    owner: `@${options.commenter}`,
    expires,
  };
  return { ok: true, rule, ...(note ? { note } : {}) };
}

/**
 * Adds the rule after the last one, or replaces the rule with the same id (a second command
 * on the same issue). Only those bytes change: the earlier rules keep their layout, however
 * compact, so the pull request's diff is the new rule and at most one comma.
 */
export function withRule(text: string, rule: RuleJson): string {
  const rules = findNodeAtLocation(parseTree(text) ?? ({} as JsonNode), ['rules']);
  if (!rules || rules.type !== 'array') throw new Error('the allowlist has no "rules" list');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const items = rules.children ?? [];
  const same = items.find((item) => findNodeAtLocation(item, ['id'])?.value === rule.id);
  const anchor = same ?? items[items.length - 1];
  const indent = anchor ? (indentAt(text, anchor.offset) ?? unit.repeat(2)) : `${lineIndent(text, rules.offset)}${unit}`;
  const formatted = JSON.stringify(rule, null, unit).split('\n').join(`${eol}${indent}`);
  if (same) return `${text.slice(0, same.offset)}${formatted}${text.slice(same.offset + same.length)}`;
  if (anchor) {
    const end = anchor.offset + anchor.length;
    return `${text.slice(0, end)},${eol}${indent}${formatted}${text.slice(end)}`;
  }
  // An empty list: `[]` becomes a list of one rule.
  const open = rules.offset + 1;
  const close = rules.offset + rules.length - 1;
  return `${text.slice(0, open)}${eol}${indent}${formatted}${eol}${lineIndent(text, rules.offset)}${text.slice(close)}`;
}

/** The whitespace before `offset` on its line, when only whitespace stands there. */
function indentAt(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}
