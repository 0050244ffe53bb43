// What Security Hub's workflow should say about each finding this run read, given what the
// GitHub inbox now holds: NOTIFIED (with the issue) when an open issue tracks the port,
// SUPPRESSED (with the rule) when the allowlist allows every port of the finding. Pure.
//
// Nothing is written when the status is already right, and nothing says RESOLVED: Inspector
// archives a finding itself when its port closes. A status a person set (RESOLVED or
// SUPPRESSED with their own note) is theirs: only NEW and Portwarden's own statuses change. A finding Portwarden only ignores (below
// min-severity, a private path) or has not opened an issue for yet (max-new-issues) is left
// as it is.
import { chunk } from '../chunk.js';
import type { AllowRule, SecurityHubFindingRef, Verdict } from '../model.js';

/** BatchUpdateFindings takes at most 100 finding identifiers. */
export const MAX_FINDINGS_PER_UPDATE = 100;
/** Note.UpdatedBy on every note Portwarden writes. */
export const UPDATED_BY = 'portwarden';
/** Note.Text is at most 512 characters. */
const MAX_NOTE = 512;

export type WorkflowStatus = 'NOTIFIED' | 'SUPPRESSED';

export interface WorkflowUpdate {
  status: WorkflowStatus;
  note: string;
  findings: { Id: string; ProductArn: string }[];
}

export interface TrackingIssue {
  number: number;
  url: string;
}

export interface WorkflowInput {
  /** The Security Hub findings this run read, by finding id. */
  findings: ReadonlyMap<string, SecurityHubFindingRef>;
  verdicts: readonly Verdict[];
  /** The open issue of each fingerprint after this run's changes were applied. */
  openIssues: ReadonlyMap<string, TrackingIssue>;
  rules: readonly AllowRule[];
  repository: string;
}

export function planWorkflowSync(input: WorkflowInput): WorkflowUpdate[] {
  // A finding can hold several exposures (Classic's aggregate lists TCP and UDP ranges):
  // one unexpected, tracked port makes it NOTIFIED; only all ports allowed make it SUPPRESSED.
  const byFinding = new Map<string, Verdict[]>();
  for (const verdict of input.verdicts) {
    for (const id of verdict.exposure.findingIds) if (input.findings.has(id)) byFinding.set(id, [...(byFinding.get(id) ?? []), verdict]);
  }
  const rulesById = new Map(input.rules.map((r) => [r.id, r]));
  const wanted = new Map<string, { status: WorkflowStatus; note: string; findings: WorkflowUpdate['findings'] }>();
  for (const [id, verdicts] of byFinding) {
    const ref = input.findings.get(id)!;
    const desired = desiredState(verdicts, input, rulesById);
    if (!desired || ref.workflowStatus === desired.status) continue;
    if (ref.workflowStatus !== 'NEW' && ref.noteBy !== UPDATED_BY) continue;
    const key = `${desired.status}\n${desired.note}`;
    const group = wanted.get(key) ?? { ...desired, findings: [] };
    group.findings.push({ Id: ref.id, ProductArn: ref.productArn });
    wanted.set(key, group);
  }
  const updates: WorkflowUpdate[] = [];
  for (const group of wanted.values()) {
    const findings = [...group.findings].sort((a, b) => a.Id.localeCompare(b.Id));
    for (const batch of chunk(findings, MAX_FINDINGS_PER_UPDATE)) updates.push({ status: group.status, note: group.note, findings: batch });
  }
  return updates;
}

function desiredState(
  verdicts: Verdict[],
  input: WorkflowInput,
  rulesById: Map<string, AllowRule>,
): { status: WorkflowStatus; note: string } | undefined {
  const tracked = verdicts
    .filter((v) => v.status === 'unexpected')
    .flatMap((v) => {
      const issue = input.openIssues.get(v.fingerprint);
      return issue ? [issue] : [];
    })
    .sort((a, b) => a.number - b.number);
  if (tracked.length > 0) {
    const issue = tracked[0]!;
    return { status: 'NOTIFIED', note: clip(`Portwarden: tracked in GitHub issue ${input.repository}#${issue.number} ${issue.url}`) };
  }
  if (verdicts.every((v) => v.status === 'expected')) {
    const why = [...new Set(verdicts.flatMap((v) => v.rules))]
      .sort()
      .map((id) => `rule ${id} (${rulesById.get(id)?.reason ?? 'no reason given'})`);
    if (verdicts.some((v) => v.allowedByTag)) why.push('the instance allow tag');
    return { status: 'SUPPRESSED', note: clip(`Portwarden: allowed by the allowlist of ${input.repository}: ${why.join('; ')}`) };
  }
  return undefined;
}

function clip(text: string): string {
  return text.length <= MAX_NOTE ? text : `${text.slice(0, MAX_NOTE - 1)}…`;
}
