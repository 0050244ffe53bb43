// The types every stage shares. Adapters turn SDK and file shapes into these at the door;
// nothing past normalisation sees an AWS or GitHub shape.

/** Ascending, so an index comparison orders them. */
export const SEVERITIES = ['informational', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PROTOCOLS = ['tcp', 'udp'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** Where findings come from; `file` reads saved exports of the other two. */
export const SOURCES = ['inspector2', 'inspector-classic', 'security-groups', 'securityhub', 'file'] as const;
export type SourceName = (typeof SOURCES)[number];
/**
 * Without member-role, security groups and Inspector Classic are read with the run's own
 * credentials, so in its account alone: other accounts listed for them would stay unread and
 * look all-clear. Before the caller is known, two different accounts cannot both be it; after,
 * any other one is named.
 */
export function ownAccountProblem(
  sources: readonly SourceName[],
  accounts: readonly string[] | 'all',
  caller?: string,
): string | undefined {
  const ownAccountOnly = sources.filter((s) => s === 'security-groups' || s === 'inspector-classic');
  if (ownAccountOnly.length === 0) return undefined;
  const what = `${ownAccountOnly.join(' and ')} can read other accounts only through member-role`;
  const fix =
    'set member-role (a read-only role in every account, see README#member-role), run one job per account with its own role-to-assume, or read those accounts with source inspector2 or securityhub';
  if (accounts === 'all') return `${what}, but accounts is all: ${fix}`;
  if (caller === undefined) {
    const distinct = [...new Set(accounts)];
    return distinct.length > 1 ? `${what}, but accounts lists ${distinct.length} (${distinct.join(', ')}): ${fix}` : undefined;
  }
  const others = accounts.filter((a) => a !== caller);
  return others.length > 0 ? `${what} (the credentials are ${caller}'s), but accounts also lists ${others.join(', ')}: ${fix}` : undefined;
}

/** The service that produced a finding, whether read live or from a file. */
export type FindingOrigin = Exclude<SourceName, 'file'>;

/** Inclusive on both ends: `{from: 22, to: 22}` is port 22. */
export interface PortRange {
  from: number;
  to: number;
}

export interface Resource {
  type: 'ec2-instance';
  id: string;
  name?: string;
  tags: Record<string, string>;
}

/**
 * One open port range of one protocol on one resource. Identity is
 * (accountId, region, resource.id, protocol, ports); everything else is what the
 * sources said about it, merged when several said it.
 */
export interface Exposure {
  accountId: string;
  region: string;
  resource: Resource;
  protocol: Protocol;
  ports: PortRange;
  severity: Severity;
  title: string;
  /** `private`: reachable only through VPC peering, a VPN or another non-internet edge. */
  reachability: 'internet' | 'private';
  /** Network components from the edge to the instance (igw-…, elb, sg-…, eni-…). */
  path: string[];
  sources: FindingOrigin[];
  findingIds: string[];
  firstSeen?: string;
  lastSeen?: string;
  /** From EC2 at run time; absent when not looked up (file source, another account). */
  instanceState?: InstanceState;
}

export const SCOPE_STATUSES = ['complete', 'incomplete', 'stale'] as const;
export type ScopeStatus = (typeof SCOPE_STATUSES)[number];

/**
 * What one source saw in one account and region. Only a `complete` scope may ever justify
 * "this port is gone"; `incomplete` (a call failed, scanning disabled) and `stale` (the
 * newest scan is unfinished or too old) never do.
 */
export interface Scope {
  source: SourceName;
  accountId: string;
  region: string;
  status: ScopeStatus;
  reason?: string;
  /**
   * False when even a complete read covers only part of the place (a saved export; a subset
   * of Classic templates): it may open and update issues, never prove a port gone.
   */
  provesAbsence?: boolean;
}

/** A Security Hub finding this run read: what workflow write-back needs to address it. */
export interface SecurityHubFindingRef {
  id: string;
  productArn: string;
  /** Workflow.Status as read: NEW, NOTIFIED, RESOLVED or SUPPRESSED. */
  workflowStatus: string;
  /** Note.UpdatedBy: who set the status, when a note says. */
  noteBy?: string;
}

export interface SourceResult {
  scopes: Scope[];
  exposures: Exposure[];
  /** EC2 facts the source already read (security groups describe every running instance), so enrich does not ask again. */
  instances?: InstanceFacts[];
}

export const INSTANCE_STATES = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated', 'missing'] as const;
export type InstanceState = (typeof INSTANCE_STATES)[number];

/** What EC2 says about an instance now. `missing`: EC2 no longer knows the id (long terminated). */
export interface InstanceFacts {
  id: string;
  state: InstanceState;
  name?: string;
  tags: Record<string, string>;
  publicIps: string[];
}

export interface RuleMatch {
  accounts?: string[];
  regions?: string[];
  instanceIds?: string[];
  name?: string[];
  tags?: Record<string, string[]>;
}

export interface AllowRule {
  id: string;
  match: RuleMatch;
  allow: Partial<Record<Protocol, PortRange[]>>;
  reason: string;
  owner?: string;
  /** YYYY-MM-DD, the last day on which the rule allows anything. */
  expires?: string;
  /** 1-based line of the rule object in the allowlist file, for messages and annotations. */
  line: number;
}

export interface Allowlist {
  file: string;
  rules: AllowRule[];
}

export const IGNORED_REASONS = ['private-path', 'below-min-severity'] as const;
export type IgnoredReason = (typeof IGNORED_REASONS)[number];

interface VerdictFacts {
  exposure: Exposure;
  fingerprint: string;
  /** The parts of the exposure's range that rules or the allow tag cover. */
  allowed: PortRange[];
  /** The parts nothing covers: what an issue reports. Empty when expected. */
  uncovered: PortRange[];
  /** Ids of the active rules that cover part of the range. */
  rules: string[];
  /** Rules that match the exposure but have expired, so allow nothing any more. */
  expiredRules: string[];
  allowedByTag: boolean;
  /** Set when the instance carries the allow tag but its value could not be parsed. */
  tagProblem?: string;
}

export type Verdict = VerdictFacts &
  ({ status: 'expected' } | { status: 'unexpected' } | { status: 'ignored'; ignoredReason: IgnoredReason });

export interface EvaluateOptions {
  /** YYYY-MM-DD in UTC; rules whose `expires` is before it allow nothing. */
  today: string;
  minSeverity: Severity;
  includePrivatePaths: boolean;
  allowTagKey?: string;
}

export interface Evaluation {
  verdicts: Verdict[];
  expiredRules: { id: string; expires: string; line: number }[];
  /** Active rules that covered no exposure of this run. */
  staleRules: { id: string; line: number }[];
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  return severityRank(a) >= severityRank(b) ? a : b;
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

// The issue side of the model (identity, material facts, plans) lives beside it.
export * from './issue-model.js';
