// Every input, once. This table drives the action's input parsing, the CLI's flags, the
// README's anchors and the error links; action.yml is checked against it by a test.
import { InputError } from './errors.js';
import { isCalendarDate } from './dates.js';
import { SEVERITIES, SOURCES, isSeverity, type IssueOptions, type Severity, type SourceName } from './model.js';
import { isAccountId, isRegion } from './aws-ids.js';

export const MODES = ['report', 'check', 'accept'] as const;
export type Mode = (typeof MODES)[number];

interface InputSpec {
  description: string;
  /** What action.yml declares; absent means no default (optional, or computed as described). */
  default?: string;
  /** The CLI flag, when it differs from `--<name>`; `null` for action-only inputs. */
  flag?: string | null;
  boolean?: boolean;
  multiple?: boolean;
}

export const INPUTS = {
  mode: {
    description:
      'What to do: `report` (findings against the allowlist, issues kept in sync), `check` (validate an allowlist pull request) or `accept` (`/portwarden allow` comments open the allowlist pull request).',
    default: 'report',
    flag: null,
  },
  source: {
    description: `Where findings come from, comma-separated: ${SOURCES.join(', ')}. Defaults to inspector2, or to file when findings are given.`,
  },
  findings: {
    description:
      'For source file: saved Inspector findings files (v2 ListFindings or Classic DescribeFindings JSON), one path per line or comma-separated.',
    multiple: true,
  },
  regions: {
    description:
      'AWS regions to read, comma-separated. Defaults to AWS_REGION, then AWS_DEFAULT_REGION. For source securityhub, the regions to cover (default: the regions linked to the finding aggregator); Security Hub is called in the first of them, or its aggregation region.',
  },
  accounts: {
    description:
      'Inspector v2 and Security Hub: the account ids to read (a delegated administrator sees its members). Defaults to the account of the credentials; for source securityhub, to it and the enabled Security Hub member accounts.',
  },
  'securityhub-workflow-sync': {
    description:
      "Source securityhub: set each finding's Security Hub workflow status to NOTIFIED (with a link to its issue) when an issue tracks it, and SUPPRESSED (with the rule) when the allowlist allows it. Needs securityhub:BatchUpdateFindings.",
    default: 'false',
    boolean: true,
  },
  'role-to-assume': {
    description:
      'IAM role ARN to assume with the GitHub OIDC token (needs `permissions: id-token: write`). Without it, the default AWS credential chain is used.',
    flag: 'role-arn',
  },
  audience: { description: 'Audience of the GitHub OIDC token.', default: 'sts.amazonaws.com' },
  'role-duration-seconds': { description: 'Session length of the assumed role, 900-43200.', default: '3600' },
  'role-session-name': { description: 'Session name of the assumed role. Defaults to portwarden-<run id>.' },
  'assessment-template-arns': {
    description: 'Inspector Classic: the assessment templates to read, comma-separated. Defaults to all of them.',
  },
  'max-scan-age': { description: 'Inspector Classic: days after which the newest completed run is stale.', default: '8' },
  allowlist: { description: 'Path of the allowlist JSON file.', default: 'allowlist.json' },
  'min-severity': {
    description: `Ignore exposures below this severity: ${SEVERITIES.join(', ')}.`,
    default: 'informational',
  },
  'include-private-paths': {
    description: 'Also report ports reachable only through VPC peering or a VPN (not from the internet).',
    default: 'false',
    boolean: true,
  },
  'allow-tag-key': {
    description:
      'Opt-in: an instance tag with this key (e.g. `portwarden:allow`, value `tcp:80,443;udp:1194`) allows those ports on that instance. Anyone who can tag the instance can then silence its alerts.',
  },
  'fail-on-unexpected': { description: 'Fail (exit 1) when any unexpected exposure is found.', default: 'false', boolean: true },
  'fail-on-incomplete': {
    description: 'Fail (exit 1) at the end when any scope is incomplete or stale, so a broken scan is never an all-clear.',
    default: 'true',
    boolean: true,
  },
  'dry-run': { description: 'Compute and print everything, write nothing.', default: 'false', boolean: true },
  'github-token': { description: 'Token for the issues: the job token needs `issues: write`.', default: '${{ github.token }}', flag: null },
  'bot-login': {
    description:
      "The login(s) Portwarden writes issues as, comma-separated (e.g. `github-actions[bot]`, `my-app[bot]`). Read from the token (GraphQL viewer) when not given; list former identities too, so a move from the job token to a GitHub App keeps the issues. Only issues these accounts opened are Portwarden's.",
    multiple: true,
  },
  repository: {
    description:
      'owner/name of the repository that holds the issues. Defaults to the current repository in the action; the CLI writes issues only with --repo (token from GITHUB_TOKEN).',
    flag: 'repo',
  },
  labels: { description: 'Labels added to every issue besides `portwarden` and `severity:<level>`, comma-separated.' },
  assignees: { description: 'GitHub users assigned to new issues, comma-separated.' },
  'max-new-issues': {
    description: 'Open at most this many new issues per run (most severe first); the rest wait for the next run.',
    default: '25',
  },
  'max-writes': {
    description:
      'Make at most this many GitHub write requests per run (issues, comments, labels): new and reopened issues first, the rest wait for the next run.',
    default: '100',
  },
  'max-closes': {
    description: 'A run that would close more than this many issues, and more than half of the open ones, closes none and fails.',
    default: '20',
  },
  'allow-mass-close': {
    description: 'Let a run close more than max-closes issues (after a real clean-up).',
    default: 'false',
    boolean: true,
  },
  'reopen-manually-closed': {
    description:
      'Reopen an issue a person closed when its port is still open (only an allowlist rule silences an alert). When false, "close as not planned" acknowledges it.',
    default: 'true',
    boolean: true,
  },
  'allow-public-repository': {
    description: 'Allow writing issues to a public repository (they describe your attack surface).',
    default: 'false',
    boolean: true,
  },
  'expiry-warning-days': { description: 'Warn about allowlist rules that expire within this many days.', default: '14' },
  strict: { description: 'Check mode: risky-rule warnings fail the check too.', default: 'false', boolean: true },
  'max-ports-per-rule': { description: 'Check mode: warn about a rule that allows more ports than this.', default: '1024' },
  'max-expiry-days': { description: 'Check mode: warn about a rule that expires further ahead than this.', default: '365' },
  comment: {
    description: 'Check mode: keep one sticky comment with the result on the pull request.',
    default: 'true',
    boolean: true,
    flag: null,
  },
  'pr-token': {
    description:
      'Accept mode: a GitHub App installation token or fine-grained token for the pull request, so that workflows (the allowlist check) run on it; the job token triggers none.',
    flag: null,
  },
  'report-artifact': {
    description: "Check mode: the scheduled workflow's report artifact whose exposures preview the impact (falls back to the open issues).",
    default: 'portwarden-report',
    flag: null,
  },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;

export interface Options {
  mode: Mode;
  sources: readonly SourceName[];
  findings: readonly string[];
  regions: readonly string[];
  accounts: readonly string[];
  /** Source securityhub: the regions named by the regions input (empty: the aggregator's), and write-back. */
  securityHub: { regions: readonly string[]; workflowSync: boolean };
  roleArn?: string;
  audience: string;
  roleDurationSeconds: number;
  roleSessionName: string;
  assessmentTemplateArns: readonly string[];
  maxScanAgeDays: number;
  allowlist: string;
  minSeverity: Severity;
  includePrivatePaths: boolean;
  allowTagKey?: string;
  failOnUnexpected: boolean;
  failOnIncomplete: boolean;
  dryRun: boolean;
  /** YYYY-MM-DD (UTC): the day rules expire against. */
  today: string;
  /** Set when issues are managed: the action by default, the CLI with --repo. */
  github?: { owner: string; repo: string; token: string; apiUrl: string; botLogins: readonly string[] };
  issues: IssueOptions;
  allowPublicRepository: boolean;
  expiryWarningDays: number;
  prToken?: string;
  check: { strict: boolean; maxPortsPerRule: number; maxExpiryDays: number; comment: boolean; reportArtifact: string };
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

export function parseOptions(read: InputReader, context: OptionsContext): Readonly<Options> {
  const given = (name: InputName): string => read(name)?.trim() ?? '';
  const text = (name: InputName): string => {
    const spec: InputSpec = INPUTS[name];
    return given(name) === '' ? (spec.default ?? '') : given(name);
  };
  const mode = oneOf('mode', text('mode'), MODES);
  const findings = list(text('findings'));
  const sources = list(given('source') || (findings.length > 0 ? 'file' : 'inspector2')).map((s) => oneOf('source', s, SOURCES));
  // Check mode reads no findings: it needs neither a source nor a region.
  const reads = mode === 'report' && !context.dispatch;
  const prToken = text('pr-token');
  if (reads && sources.includes('file') && findings.length === 0)
    throw inputError('findings', 'source file needs at least one findings file (Inspector v2 or Classic JSON)');
  if (reads && !sources.includes('file') && findings.length > 0)
    throw inputError('findings', `findings files are read only with source file; source is ${sources.join(',')}`);

  const usesAws = reads && sources.some((s) => s !== 'file');
  const regions = list(given('regions') || context.env.AWS_REGION || context.env.AWS_DEFAULT_REGION || '');
  if (usesAws && regions.length === 0) {
    throw inputError(
      'regions',
      `no region to read ${sources.join(', ')} in: set regions, or AWS_REGION / AWS_DEFAULT_REGION (to read saved exports instead, give findings files)`,
    );
  }
  for (const region of regions) if (!isRegion(region)) throw inputError('regions', `"${region}" is not an AWS region such as eu-west-1`);
  const workflowSync = bool('securityhub-workflow-sync', text('securityhub-workflow-sync'));
  if (workflowSync && reads && !sources.includes('securityhub'))
    throw inputError(
      'securityhub-workflow-sync',
      `writes back to Security Hub findings, so it needs source securityhub; source is ${sources.join(',')}`,
    );
  const accounts = list(text('accounts'));
  for (const account of accounts) if (!isAccountId(account)) throw inputError('accounts', `"${account}" is not a 12-digit AWS account id`);
  const roleArn = text('role-to-assume');
  if (roleArn && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(roleArn))
    throw inputError('role-to-assume', `"${roleArn}" is not an IAM role ARN (arn:aws:iam::111122223333:role/NAME)`);
  const templateArns = list(text('assessment-template-arns'));
  for (const arn of templateArns)
    if (!/^arn:aws[a-z-]*:inspector:[a-z0-9-]+:\d{12}:target\/[^/]+\/template\/[^/]+$/.test(arn))
      throw inputError('assessment-template-arns', `"${arn}" is not an assessment template ARN`);

  const minSeverity = text('min-severity').toLowerCase();
  if (!isSeverity(minSeverity)) throw inputError('min-severity', `must be one of ${SEVERITIES.join(', ')}, got "${text('min-severity')}"`);
  if (!isCalendarDate(context.today)) throw new InputError('today', `must be a calendar date YYYY-MM-DD, got "${context.today}"`);
  const allowTagKey = text('allow-tag-key');
  const github = githubTarget(given, context);
  const issues: IssueOptions = Object.freeze({
    maxNewIssues: wholeNumber('max-new-issues', text('max-new-issues'), 0, 1000),
    maxWrites: wholeNumber('max-writes', text('max-writes'), 1, 100000),
    maxCloses: wholeNumber('max-closes', text('max-closes'), 0, 100000),
    allowMassClose: bool('allow-mass-close', text('allow-mass-close')),
    reopenManuallyClosed: bool('reopen-manually-closed', text('reopen-manually-closed')),
    labels: Object.freeze(list(text('labels'))),
    assignees: Object.freeze(list(text('assignees')).map((a) => a.replace(/^@/, ''))),
    today: context.today,
  });
  return Object.freeze({
    ...(github ? { github } : {}),
    ...(prToken ? { prToken } : {}),
    issues,
    allowPublicRepository: bool('allow-public-repository', text('allow-public-repository')),
    expiryWarningDays: wholeNumber('expiry-warning-days', text('expiry-warning-days'), 0, 3650),
    check: Object.freeze({
      strict: bool('strict', text('strict')),
      maxPortsPerRule: wholeNumber('max-ports-per-rule', text('max-ports-per-rule'), 1, 65536 * 2),
      maxExpiryDays: wholeNumber('max-expiry-days', text('max-expiry-days'), 1, 3650),
      comment: bool('comment', text('comment')),
      reportArtifact: text('report-artifact'),
    }),
    mode,
    sources: Object.freeze(sources),
    findings: Object.freeze(findings),
    regions: Object.freeze(regions),
    accounts: Object.freeze(accounts),
    securityHub: Object.freeze({ regions: Object.freeze(list(given('regions'))), workflowSync }),
    ...(roleArn === '' ? {} : { roleArn }),
    audience: text('audience'),
    roleDurationSeconds: wholeNumber('role-duration-seconds', text('role-duration-seconds'), 900, 43200),
    roleSessionName: text('role-session-name') || `portwarden-${context.env.GITHUB_RUN_ID ?? 'cli'}`,
    assessmentTemplateArns: Object.freeze(templateArns),
    maxScanAgeDays: wholeNumber('max-scan-age', text('max-scan-age'), 1, 3650),
    allowlist: text('allowlist'),
    minSeverity,
    includePrivatePaths: bool('include-private-paths', text('include-private-paths')),
    ...(allowTagKey === '' ? {} : { allowTagKey }),
    failOnUnexpected: bool('fail-on-unexpected', text('fail-on-unexpected')),
    failOnIncomplete: bool('fail-on-incomplete', text('fail-on-incomplete')),
    dryRun: bool('dry-run', text('dry-run')),
    today: context.today,
  });
}

function githubTarget(given: (name: InputName) => string, context: OptionsContext): Options['github'] {
  const repository = given('repository') || context.env.GITHUB_REPOSITORY || '';
  if (repository === '') return undefined;
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(repository);
  if (!match) throw inputError('repository', `"${repository}" is not owner/name`);
  // In the action the input defaults to the job token; the CLI reads GITHUB_TOKEN.
  const input = given('github-token');
  const token = input && !input.startsWith('${{') ? input : (context.env.GITHUB_TOKEN ?? '');
  if (token === '')
    throw inputError('github-token', `no token to write issues to ${repository}: pass github-token (CLI: set GITHUB_TOKEN)`);
  const botLogins = list(given('bot-login'));
  for (const login of botLogins)
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login))
      throw inputError('bot-login', `"${login}" is not a GitHub login such as github-actions[bot]`);
  return {
    owner: match[1]!,
    repo: match[2]!,
    token,
    apiUrl: (context.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    botLogins: Object.freeze(botLogins),
  };
}

function inputError(name: InputName, detail: string): InputError {
  return new InputError(name, `${detail}. See README#${name}`);
}

function oneOf<T extends string>(name: InputName, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw inputError(name, `must be one of ${allowed.join(', ')}, got "${value}"`);
}

function bool(name: InputName, value: string): boolean {
  // The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw inputError(name, `must be true or false, got "${value}"`);
}

function wholeNumber(name: InputName, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw inputError(name, `must be a whole number from ${min} to ${max}, got "${value}"`);
  return Number(value);
}

function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
