// The plan as the report, the summary and `--dry-run` show it: one row per decision.
import type { ApplyResult } from '../model.js';
import type { Plan, PlanAction } from '../model.js';
import { formatRanges } from '../ports.js';

export type PlanRowStatus = 'planned' | 'applied' | 'failed' | 'deferred' | 'held';

export interface PlanRow {
  kind: PlanAction['kind'] | 'hold';
  reason: string;
  status: PlanRowStatus;
  issue: number | null;
  fingerprint: string;
  what: string;
  detail?: string;
  error?: string;
}

export function planRows(plan: Plan, applied: readonly ApplyResult[] | undefined): PlanRow[] {
  const outcomes = new Map(applied?.map((r) => [r.action, r]));
  const rows: PlanRow[] = plan.actions.map((action) => {
    const result = outcomes.get(action);
    const status: PlanRowStatus = !applied ? 'planned' : result?.ok ? 'applied' : result?.deferred ? 'deferred' : 'failed';
    return {
      ...describe(action),
      status,
      ...(result?.deferred ? { detail: result.deferred } : {}),
      ...(result?.issueNumber !== undefined ? { issue: result.issueNumber } : {}),
      ...(result?.error ? { error: result.error } : {}),
    };
  });
  for (const { action, why } of plan.deferred) rows.push({ ...describe(action), status: 'deferred', detail: why });
  for (const hold of plan.held) {
    rows.push({
      kind: 'hold',
      reason: hold.reason,
      status: 'held',
      issue: hold.issue.number,
      fingerprint: hold.issue.fingerprint,
      what: identityText(hold.issue.identity),
      detail: hold.detail,
    });
  }
  return rows;
}

function describe(action: PlanAction): Omit<PlanRow, 'status'> {
  switch (action.kind) {
    case 'create':
      return { kind: 'create', reason: action.reason, issue: null, fingerprint: action.fingerprint, what: verdictText(action.verdict) };
    case 'update':
      return {
        kind: 'update',
        reason: action.reason,
        issue: action.issue.number,
        fingerprint: action.issue.fingerprint,
        what: verdictText(action.verdict),
        detail: action.changes.join('; '),
      };
    case 'reopen':
      return {
        kind: 'reopen',
        reason: action.reason,
        issue: action.issue.number,
        fingerprint: action.issue.fingerprint,
        what: verdictText(action.verdict),
      };
    case 'close':
      return {
        kind: 'close',
        reason: action.reason,
        issue: action.issue.number,
        fingerprint: action.issue.fingerprint,
        what: identityText(action.issue.identity),
        detail: action.detail,
      };
  }
}

function verdictText(verdict: Extract<PlanAction, { verdict: unknown }>['verdict']): string {
  const e = verdict.exposure;
  return `${e.accountId}/${e.region} ${e.resource.id} ${e.protocol.toUpperCase()} ${formatRanges(verdict.uncovered)}`;
}

function identityText(identity: {
  accountId: string;
  region: string;
  resourceId: string;
  protocol: string;
  ports: { from: number; to: number };
}): string {
  return `${identity.accountId}/${identity.region} ${identity.resourceId} ${identity.protocol.toUpperCase()} ${formatRanges([identity.ports])}`;
}
