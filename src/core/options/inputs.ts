// Every input, once. This table drives the action's input parsing, the CLI's flags, the
// README's anchors and the error links; action.yml is checked against it by a test.
import { SEVERITIES, SOURCES } from '../model.js';

export const MODES = ['report', 'check', 'accept'] as const;
export type Mode = (typeof MODES)[number];

export interface InputSpec {
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
      'AWS regions to read, comma-separated, or `all`: per account, the regions enabled for it. Defaults to AWS_REGION, then AWS_DEFAULT_REGION. For source securityhub, the regions to cover (default and `all`: the regions linked to the finding aggregator); Security Hub is called in the first of them, or its aggregation region.',
  },
  accounts: {
    description:
      'The account ids to read, comma-separated, or `all`: the active accounts of the AWS Organization (organizations:ListAccounts, from the management account or a delegated administrator). Defaults to the account of the credentials; for source securityhub, to it and the enabled Security Hub member accounts. Without member-role, security-groups and inspector-classic read only the account of the credentials and refuse other accounts (exit 2).',
  },
  'exclude-accounts': { description: 'Account ids left out of accounts (sandboxes, accounts about to close), comma-separated.' },
  'member-role': {
    description:
      'A read-only role in every member account, assumed from the base credentials once per account: a role name (`PortwardenReadOnly`) or an ARN template with `{account}`. With it, every source and the EC2 facts are read in every account.',
  },
  'member-role-external-id': { description: "The ExternalId the member role's trust policy requires, if any." },
  concurrency: { description: '(Account, region) units read at once.', default: '8' },
  shard: {
    description:
      "k/n (e.g. `2/4`): read only this job's share of the accounts, chosen by a hash of the account id, for matrix jobs over a very large organization. Other shards' accounts are left untouched.",
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
