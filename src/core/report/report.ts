// The JSON report: the one document every output is made from (CLI table, job summary,
// `--json`, the report artifact). Its shape is documented in the README; change both together.
import type { InputRow } from '../findings/file-scopes.js';
import { formatRange, formatRanges } from '../ports.js';
import type { PlanRow } from './plan-report.js';
import { VERSION } from '../version.js';
import {
  severityRank,
  type Evaluation,
  type InstanceState,
  type Scope,
  type IgnoredReason,
  type PortRange,
  type Protocol,
  type Severity,
  type FindingOrigin,
  type Verdict,
} from '../model.js';

export interface ReportExposure {
  fingerprint: string;
  accountId: string;
  region: string;
  resource: { type: 'ec2-instance'; id: string; name: string | null; tags: Record<string, string> };
  protocol: Protocol;
  ports: PortRange;
  severity: Severity;
  status: 'expected' | 'unexpected' | 'ignored';
  ignoredReason?: IgnoredReason;
  uncovered: PortRange[];
  rules: string[];
  expiredRules: string[];
  allowedByTag: boolean;
  tagProblem?: string;
  reachability: 'internet' | 'private';
  path: string[];
  sources: FindingOrigin[];
  title: string;
  firstSeen: string | null;
  lastSeen: string | null;
  instanceState: InstanceState | null;
}

export interface Report {
  reportVersion: 1;
  /** The Portwarden that wrote it (package.json's version). */
  portwardenVersion: string;
  generatedAt: string;
  exposures: ReportExposure[];
  expiredRules: string[];
  staleRules: string[];
  scopes: Scope[];
  /** Present when issues are managed: every decision, and whether it was applied. */
  plan?: PlanRow[];
  summary: { unexpected: number; expected: number; allowedByTag: number; ignored: number };
  inputs: InputRow[];
  warnings: string[];
  /** Source securityhub with workflow write-back: findings set (or, in a dry run, to be set). */
  workflowSync?: { applied: boolean; notified: number; suppressed: number; requests: number; failures: string[] };
}

export function buildReport(
  evaluation: Evaluation,
  context: {
    generatedAt: string;
    inputs: Report['inputs'];
    /** Notes as text (core/report/notes.ts renders them). */
    warnings: readonly string[];
    scopes: Scope[];
    plan?: PlanRow[];
    workflowSync?: Report['workflowSync'];
  },
): Report {
  const exposures = [...evaluation.verdicts].sort(byImportance).map(toReportExposure);
  const count = (status: ReportExposure['status']) => exposures.filter((e) => e.status === status).length;
  return {
    reportVersion: 1,
    portwardenVersion: VERSION,
    generatedAt: context.generatedAt,
    exposures,
    expiredRules: evaluation.expiredRules.map((r) => r.id),
    staleRules: evaluation.staleRules.map((r) => r.id),
    scopes: context.scopes,
    ...(context.plan ? { plan: context.plan } : {}),
    ...(context.workflowSync ? { workflowSync: context.workflowSync } : {}),
    summary: {
      unexpected: count('unexpected'),
      expected: count('expected'),
      allowedByTag: exposures.filter((e) => e.status === 'expected' && e.allowedByTag).length,
      ignored: count('ignored'),
    },
    inputs: context.inputs,
    warnings: [...context.warnings],
  };
}

/** One line on what Security Hub's workflow was told. */
export function workflowSyncText(sync: NonNullable<Report['workflowSync']>): string {
  const verb = sync.applied ? 'set' : 'would set';
  const failed = sync.failures.length > 0 ? `; ${sync.failures.length} failed` : '';
  return `Security Hub workflow: ${verb} ${sync.notified} finding(s) NOTIFIED and ${sync.suppressed} SUPPRESSED in ${sync.requests} request(s)${failed}.`;
}

/** The unexpected ports, with the reported range when only part of it is unexpected. */
export function unexpectedPortsText(e: Pick<ReportExposure, 'ports' | 'uncovered'>): string {
  const whole = e.uncovered.length === 1 && e.uncovered[0]!.from === e.ports.from && e.uncovered[0]!.to === e.ports.to;
  return whole ? formatRange(e.ports) : `${formatRanges(e.uncovered)} (of ${formatRange(e.ports)})`;
}

const STATUS_ORDER = { unexpected: 0, expected: 1, ignored: 2 } as const;

function byImportance(a: Verdict, b: Verdict): number {
  const ea = a.exposure;
  const eb = b.exposure;
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    severityRank(eb.severity) - severityRank(ea.severity) ||
    ea.accountId.localeCompare(eb.accountId) ||
    ea.region.localeCompare(eb.region) ||
    ea.resource.id.localeCompare(eb.resource.id) ||
    ea.protocol.localeCompare(eb.protocol) ||
    ea.ports.from - eb.ports.from
  );
}

function toReportExposure(verdict: Verdict): ReportExposure {
  const e = verdict.exposure;
  return {
    fingerprint: verdict.fingerprint,
    accountId: e.accountId,
    region: e.region,
    resource: { type: e.resource.type, id: e.resource.id, name: e.resource.name ?? null, tags: e.resource.tags },
    protocol: e.protocol,
    ports: e.ports,
    severity: e.severity,
    status: verdict.status,
    ...(verdict.status === 'ignored' ? { ignoredReason: verdict.ignoredReason } : {}),
    uncovered: verdict.uncovered,
    rules: verdict.rules,
    expiredRules: verdict.expiredRules,
    allowedByTag: verdict.allowedByTag,
    ...(verdict.tagProblem === undefined ? {} : { tagProblem: verdict.tagProblem }),
    reachability: e.reachability,
    path: e.path,
    sources: e.sources,
    title: e.title,
    firstSeen: e.firstSeen ?? null,
    lastSeen: e.lastSeen ?? null,
    instanceState: e.instanceState ?? null,
  };
}
