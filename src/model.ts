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

/** What an alert *is*: the fingerprint is computed from exactly this. */
export type ExposureIdentity = Pick<Exposure, 'accountId' | 'region' | 'protocol' | 'ports'> & { resourceId: string };

/** The facts an issue shows; a change in any of them is worth an update (and only then). */
export interface MaterialFacts {
  severity: Severity;
  /** e.g. "8080-8100" */
  uncovered: string;
  name: string | null;
  reachability: 'internet' | 'private';
  path: string[];
}

/** A Portwarden issue as it exists in GitHub, read once per run. */
export interface ExistingIssue {
  number: number;
  state: 'open' | 'closed';
  /** GitHub's state_reason: `not_planned` is how a person acknowledges an alert. */
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  title: string;
  body: string;
  labels: string[];
  fingerprint: string;
  identity: ExposureIdentity;
  sources: FindingOrigin[];
  material: MaterialFacts;
  tags?: Record<string, string>;
  /**
   * `comment`: a person removed or broke the marker in the body; it was restored from
   * Portwarden's identity comment, and the next write puts it back in the body.
   */
  markerFrom?: 'body' | 'comment';
}

export interface IssueOptions {
  maxNewIssues: number;
  /** GitHub write requests one run may make (issues, comments, labels). */
  maxWrites: number;
  maxCloses: number;
  allowMassClose: boolean;
  reopenManuallyClosed: boolean;
  /** Added to every issue besides `portwarden` and `severity:<level>`. */
  labels: readonly string[];
  assignees: readonly string[];
  /** YYYY-MM-DD: for the expiry suggested in the ready-to-paste rule. */
  today: string;
}

export type CloseReason = 'gone' | 'now-allowed' | 'now-ignored' | 'terminated' | 'duplicate';

export type PlanAction =
  | { kind: 'create'; fingerprint: string; verdict: Verdict; reason: 'new' }
  | { kind: 'update'; issue: ExistingIssue; verdict: Verdict; reason: 'changed' | 'label-missing' | 'marker-missing'; changes: string[] }
  | { kind: 'reopen'; issue: ExistingIssue; verdict: Verdict; reason: 'reappeared' | 'reappeared-after-manual-close' }
  | { kind: 'close'; issue: ExistingIssue; reason: CloseReason; detail: string };

/** Why an issue whose port is not reported was left alone: each is a decision, so it is shown. */
export type HoldReason = 'instance-stopped' | 'scope-incomplete' | 'acknowledged' | 'mass-close-guard';

export interface Plan {
  actions: PlanAction[];
  /** Cut by `max-new-issues`: shown in the summary, created by a later run. */
  deferred: { action: PlanAction; why: string }[];
  held: { issue: ExistingIssue; reason: HoldReason; detail: string }[];
  /** Set when the mass-close guard withheld every close; the run fails with this message. */
  guard?: string;
}
