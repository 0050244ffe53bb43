// Issues as Portwarden reads, plans and writes them. Re-exported by model.ts.
import type { Exposure, Severity, Verdict, FindingOrigin } from './model.js';

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
export type HoldReason = 'instance-stopped' | 'state-unknown' | 'scope-incomplete' | 'acknowledged' | 'mass-close-guard';

export interface Plan {
  actions: PlanAction[];
  /** Cut by `max-new-issues`: shown in the summary, created by a later run. */
  /** Waiting for the next run: `limit` names the input that would let them through now. */
  deferred: { action: PlanAction; limit: 'max-new-issues' | 'max-writes'; why: string }[];
  held: { issue: ExistingIssue; reason: HoldReason; detail: string }[];
  /** Set when the mass-close guard withheld every close; the run fails with this message. */
  guard?: string;
}

/** What happened to one planned action when it was applied. */
export interface ApplyResult {
  action: PlanAction;
  ok: boolean;
  issueNumber?: number;
  error?: string;
  /** Not attempted: the write budget ran out (label creation spent part of it). */
  deferred?: string;
}

/** The repository that holds the issues. */
export interface GitHubTarget {
  owner: string;
  repo: string;
}
