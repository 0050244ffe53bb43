// What a run wants a person to know, kept as data until it is rendered: the action annotates
// an expiring rule at its line, the CLI prints a line, the report lists the text.
import type { AllowRule, Plan, Verdict } from '../model.js';

export type RunNote =
  /** Already worded where it arose (an unreadable issue, a file's odd date). */
  | { kind: 'message'; text: string }
  | { kind: 'expiring-rule'; rule: AllowRule }
  | { kind: 'deferred'; count: number; why: string; limit: string }
  | { kind: 'writes-ran-out'; count: number; maxWrites: number }
  | { kind: 'sync-without-issues' };

export function noteText(note: RunNote): string {
  switch (note.kind) {
    case 'message':
      return note.text;
    case 'expiring-rule':
      return `rule "${note.rule.id}" expires on ${note.rule.expires}: renew it or let it lapse on purpose`;
    case 'deferred':
      return `${note.count} issue change(s) deferred: ${note.why}; the next run makes them (raise ${note.limit} to make them now)`;
    case 'writes-ran-out':
      return `${note.count} issue change(s) deferred: max-writes (${note.maxWrites}) reached after creating labels; the next run makes them`;
    case 'sync-without-issues':
      return 'securityhub-workflow-sync: no issues are managed in this run (the CLI needs --repo), so Security Hub is not updated';
  }
}

/** One note per reason the plan held changes back for the next run. */
export function deferralNotes(plan: Plan): RunNote[] {
  const byWhy = new Map<string, { count: number; limit: string }>();
  for (const { why, limit } of plan.deferred) byWhy.set(why, { count: (byWhy.get(why)?.count ?? 0) + 1, limit });
  return [...byWhy].map(([why, { count, limit }]) => ({ kind: 'deferred', count, why, limit }));
}

/** An allow tag whose value could not be read, once per instance. */
export function tagNotes(verdicts: readonly Verdict[]): RunNote[] {
  const byInstance = new Map<string, string>();
  for (const v of verdicts) if (v.tagProblem) byInstance.set(v.exposure.resource.id, v.tagProblem);
  return [...byInstance].map(([instance, problem]) => ({ kind: 'message', text: `${instance}: ${problem}; it allows nothing` }));
}
