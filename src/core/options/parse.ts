// Inputs (action) or flags (CLI) -> Options, grouped by the code that consumes them. Every
// default is applied and every value checked here, so the modes never look at raw text.
import { InputError } from '../errors.js';
import { isCalendarDate } from '../dates.js';
import { SEVERITIES, SOURCES, isSeverity, type EvaluateOptions, type GitHubTarget, type IssueOptions, type SourceName } from '../model.js';
import { isRegion } from '../aws-ids.js';
import type { LintOptions } from '../allowlist/lint.js';
import { INPUTS, MODES, type InputName, type InputSpec, type Mode } from './inputs.js';
import { githubOptions } from './github.js';
import { accountIds, organizationOptions, type OrganizationOptions } from './organization.js';
import { bool, inputError, list, oneOf, wholeNumber } from './values.js';

/** Where findings come from (report mode). */
export interface ReadOptions {
  sources: readonly SourceName[];
  findings: readonly string[];
  /** Listed regions; empty under `regions: all` (see org.allRegions). */
  regions: readonly string[];
  /** Where STS, Organizations and Security Hub are called first: the first listed region, or AWS_REGION. */
  homeRegion: string;
  /** Listed account ids; empty by default and under `accounts: all` (see org.allAccounts). */
  accounts: readonly string[];
  org: OrganizationOptions;
  classic: { templateArns: readonly string[]; maxScanAgeDays: number };
  /** The regions named by the regions input (empty: the aggregator's), and write-back. */
  securityHub: { regions: readonly string[]; workflowSync: boolean };
}

/** How AWS credentials are obtained (the STS region is the run's first region). */
export interface AwsRoleOptions {
  roleArn?: string;
  audience: string;
  sessionName: string;
  durationSeconds: number;
}

/** Set when issues are managed: the action by default, the CLI with --repo. */
export interface GitHubOptions {
  target: GitHubTarget;
  token: string;
  apiUrl: string;
  botLogins: readonly string[];
  allowPublicRepository: boolean;
  /** Accept mode: the token the pull request is opened with. */
  prToken?: string;
}

export interface CheckOptions {
  strict: boolean;
  comment: boolean;
  reportArtifact: string;
}

/** When a report run exits 1 besides failed writes. */
export interface ExitOptions {
  failOnUnexpected: boolean;
  failOnIncomplete: boolean;
}

export interface Options {
  mode: Mode;
  /** YYYY-MM-DD (UTC): the day rules expire against. */
  today: string;
  /** The allowlist's path. */
  allowlist: string;
  dryRun: boolean;
  expiryWarningDays: number;
  read: ReadOptions;
  aws: AwsRoleOptions;
  evaluate: EvaluateOptions;
  github?: GitHubOptions;
  issues: IssueOptions;
  lint: LintOptions;
  check: CheckOptions;
  exit: ExitOptions;
}

/** Reads an input as given, or `undefined`/'' when not set; defaults are applied here. */
export type InputReader = (name: InputName) => string | undefined;

/** The environment the defaults may come from; passed in, never read below the entries. */
export interface OptionsContext {
  today: string;
  /** A repository_dispatch run carries its finding: it reads no source and needs no region. */
  dispatch?: boolean;
  env: {
    AWS_REGION?: string;
    AWS_DEFAULT_REGION?: string;
    GITHUB_RUN_ID?: string;
    /** The action's current repository; the CLI passes none, so it writes only with --repo. */
    GITHUB_REPOSITORY?: string;
    GITHUB_API_URL?: string;
    /** The CLI's token source. */
    GITHUB_TOKEN?: string;
  };
}

export type Text = (name: InputName) => string;

export function parseOptions(read: InputReader, context: OptionsContext): Readonly<Options> {
  const given: Text = (name) => read(name)?.trim() ?? '';
  const text: Text = (name) => {
    const spec: InputSpec = INPUTS[name];
    return given(name) === '' ? (spec.default ?? '') : given(name);
  };
  const mode = oneOf('mode', text('mode'), MODES);
  if (!isCalendarDate(context.today)) throw new InputError('today', `must be a calendar date YYYY-MM-DD, got "${context.today}"`);
  const today = context.today;
  // Check and accept modes, and a dispatched finding, read no source: they need no region.
  const readsSources = mode === 'report' && !context.dispatch;
  const github = githubOptions(given, text, context);
  return Object.freeze({
    mode,
    today,
    allowlist: text('allowlist'),
    dryRun: bool('dry-run', text('dry-run')),
    expiryWarningDays: wholeNumber('expiry-warning-days', text('expiry-warning-days'), 0, 3650),
    read: readOptions(given, text, context, readsSources),
    aws: awsRoleOptions(text, context),
    evaluate: evaluateOptions(text, today),
    ...(github ? { github } : {}),
    issues: issueOptions(text, today),
    lint: Object.freeze({
      today,
      maxPortsPerRule: wholeNumber('max-ports-per-rule', text('max-ports-per-rule'), 1, 65536 * 2),
      maxExpiryDays: wholeNumber('max-expiry-days', text('max-expiry-days'), 1, 3650),
    }),
    check: Object.freeze({
      strict: bool('strict', text('strict')),
      comment: bool('comment', text('comment')),
      reportArtifact: text('report-artifact'),
    }),
    exit: Object.freeze({
      failOnUnexpected: bool('fail-on-unexpected', text('fail-on-unexpected')),
      failOnIncomplete: bool('fail-on-incomplete', text('fail-on-incomplete')),
    }),
  });
}

function readOptions(given: Text, text: Text, context: OptionsContext, readsSources: boolean): ReadOptions {
  const findings = list(text('findings'));
  const sources = list(given('source') || (findings.length > 0 ? 'file' : 'inspector2')).map((s) => oneOf('source', s, SOURCES));
  if (readsSources && sources.includes('file') && findings.length === 0)
    throw inputError('findings', 'source file needs at least one findings file (Inspector v2 or Classic JSON)');
  if (readsSources && !sources.includes('file') && findings.length > 0)
    throw inputError('findings', `findings files are read only with source file; source is ${sources.join(',')}`);
  const envRegion = context.env.AWS_REGION || context.env.AWS_DEFAULT_REGION || '';
  const regionsGiven = list(given('regions') || envRegion);
  const accountsGiven = list(text('accounts'));
  const org = organizationOptions(text, { sources, accounts: accountsGiven, regions: regionsGiven, readsSources });
  const regions = org.allRegions ? [] : regionsGiven;
  const homeRegion = regions[0] ?? envRegion;
  if (readsSources && sources.some((s) => s !== 'file') && homeRegion === '') {
    throw inputError(
      'regions',
      org.allRegions
        ? "regions all lists each account's regions, but STS and Organizations need a region to start in: set AWS_REGION"
        : `no region to read ${sources.join(', ')} in: set regions, or AWS_REGION / AWS_DEFAULT_REGION (to read saved exports instead, give findings files)`,
    );
  }
  for (const region of [...regions, ...(homeRegion ? [homeRegion] : [])])
    if (!isRegion(region)) throw inputError('regions', `"${region}" is not an AWS region such as eu-west-1`);
  const workflowSync = bool('securityhub-workflow-sync', text('securityhub-workflow-sync'));
  if (workflowSync && readsSources && !sources.includes('securityhub'))
    throw inputError(
      'securityhub-workflow-sync',
      `writes back to Security Hub findings, so it needs source securityhub; source is ${sources.join(',')}`,
    );
  const accounts = org.allAccounts ? [] : accountIds('accounts', accountsGiven.join(','));
  const templateArns = list(text('assessment-template-arns'));
  for (const arn of templateArns)
    if (!/^arn:aws[a-z-]*:inspector:[a-z0-9-]+:\d{12}:target\/[^/]+\/template\/[^/]+$/.test(arn))
      throw inputError('assessment-template-arns', `"${arn}" is not an assessment template ARN`);
  return Object.freeze({
    sources: Object.freeze(sources),
    findings: Object.freeze(findings),
    regions: Object.freeze(regions),
    homeRegion,
    accounts: Object.freeze(accounts),
    org,
    classic: Object.freeze({
      templateArns: Object.freeze(templateArns),
      maxScanAgeDays: wholeNumber('max-scan-age', text('max-scan-age'), 1, 3650),
    }),
    securityHub: Object.freeze({ regions: Object.freeze(org.allRegions ? [] : list(given('regions'))), workflowSync }),
  });
}

function awsRoleOptions(text: Text, context: OptionsContext): AwsRoleOptions {
  const roleArn = text('role-to-assume');
  if (roleArn && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(roleArn))
    throw inputError('role-to-assume', `"${roleArn}" is not an IAM role ARN (arn:aws:iam::111122223333:role/NAME)`);
  return Object.freeze({
    ...(roleArn === '' ? {} : { roleArn }),
    audience: text('audience'),
    durationSeconds: wholeNumber('role-duration-seconds', text('role-duration-seconds'), 900, 43200),
    sessionName: text('role-session-name') || `portwarden-${context.env.GITHUB_RUN_ID ?? 'cli'}`,
  });
}

function evaluateOptions(text: Text, today: string): EvaluateOptions {
  const minSeverity = text('min-severity').toLowerCase();
  if (!isSeverity(minSeverity)) throw inputError('min-severity', `must be one of ${SEVERITIES.join(', ')}, got "${text('min-severity')}"`);
  const allowTagKey = text('allow-tag-key');
  return Object.freeze({
    today,
    minSeverity,
    includePrivatePaths: bool('include-private-paths', text('include-private-paths')),
    ...(allowTagKey === '' ? {} : { allowTagKey }),
  });
}

function issueOptions(text: Text, today: string): IssueOptions {
  return Object.freeze({
    maxNewIssues: wholeNumber('max-new-issues', text('max-new-issues'), 0, 1000),
    maxWrites: wholeNumber('max-writes', text('max-writes'), 1, 100000),
    maxCloses: wholeNumber('max-closes', text('max-closes'), 0, 100000),
    allowMassClose: bool('allow-mass-close', text('allow-mass-close')),
    reopenManuallyClosed: bool('reopen-manually-closed', text('reopen-manually-closed')),
    labels: Object.freeze(list(text('labels'))),
    assignees: Object.freeze(list(text('assignees')).map((a) => a.replace(/^@/, ''))),
    today,
  });
}
