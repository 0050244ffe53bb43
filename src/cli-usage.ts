// `portwarden --help`. Every flag here is an input of core/options/inputs.ts (a test checks it).
import { VERSION } from './core/version.js';

export const USAGE = `Usage: portwarden report [--source SOURCES] [options]
       portwarden check ALLOWLIST [--base OLD_ALLOWLIST] [--report REPORT_JSON] [--strict]
       portwarden --version

Read open-port findings (live from AWS, or saved Inspector exports), check them against
the allowlist and print the open ports that nothing allows.

Sources:
  --source LIST               inspector2, inspector-classic, security-groups,
                              securityhub and/or file, comma-separated
                              (default: inspector2; file when --findings is given)
  --findings FILE...          saved Inspector v2 ListFindings or Classic DescribeFindings
                              JSON; several may follow one flag
  --regions LIST|all          AWS regions (default: AWS_REGION, then AWS_DEFAULT_REGION;
                              securityhub: the aggregator's linked regions); all: each
                              account's enabled regions
  --accounts LIST|all         accounts to read (default: the caller's; securityhub: and
                              the hub's members); all: the organization's active accounts
  --exclude-accounts LIST     accounts left out
  --member-role NAME|ARN      read-only role assumed in every other account (a name, or
                              an ARN template with {account})
  --member-role-external-id ID
                              the ExternalId the member role requires
  --concurrency N             (account, region) units read at once (default: 8)
  --shard K/N                 read only this job's share of the accounts (matrix jobs)
  --securityhub-workflow-sync set Security Hub workflow: NOTIFIED with the issue link,
                              SUPPRESSED with the rule (needs --repo)
  --role-arn ARN              assume this role from the current credentials first
  --role-duration-seconds N   session length, 900-43200 (default: 3600)
  --role-session-name NAME    (default: portwarden-cli)
  --audience AUD              OIDC audience, used by the action only (default: sts.amazonaws.com)
  --assessment-template-arns LIST
                              Inspector Classic templates (default: all)
  --max-scan-age DAYS         Classic runs older than this are stale (default: 8)

Evaluation and output:
  --allowlist FILE            the allowlist (default: allowlist.json)
  --min-severity LEVEL        ignore exposures below LEVEL: informational, low, medium,
                              high, critical (default: informational)
  --include-private-paths     also count ports reachable only through VPC peering or a VPN
  --allow-tag-key KEY         opt-in: an instance tag KEY with a value such as
                              "tcp:80,443;udp:1194" allows those ports on that instance
  --fail-on-unexpected        exit 1 when anything unexpected is found
  --fail-on-incomplete BOOL   exit 1 when a scope is incomplete or stale (default: true)
  --dry-run                   print the issue plan, write nothing
  --repo OWNER/NAME           manage the issues of this repository (token: GITHUB_TOKEN;
                              GitHub Enterprise: GITHUB_API_URL)
  --bot-login LIST            the login(s) the token writes issues as (default: read from
                              the token); only issues these accounts opened count
  --labels LIST               extra labels for every issue
  --assignees LIST            users assigned to new issues
  --max-new-issues N          at most N new issues per run (default: 25)
  --max-writes N              at most N GitHub write requests per run (default: 100)
  --max-closes N              refuse to close more than N, and more than half (default: 20)
  --allow-mass-close          accept a mass close once
  --reopen-manually-closed BOOL
                              reopen issues a person closed (default: true)
  --allow-public-repository   allow issues in a public repository
  --expiry-warning-days N     warn about rules expiring within N days (default: 14)
  --json                      print the JSON report on stdout, logs on stderr
  --today YYYY-MM-DD          the date rules expire against (default: today, UTC)
  -h, --help                  this text
  -V, --version               print the version

Check (validate an allowlist change, as the pull-request check does):
  --base FILE                 the allowlist before the change, for the rule diff
  --report FILE               a report (--json output) whose exposures preview the impact
  --strict                    warnings fail the check too (exit 2)
  --max-ports-per-rule N      warn above N ports in one rule (default: 1024)
  --max-expiry-days N         warn when expires is further ahead (default: 365)

AWS credentials come from the SDK's default chain (environment, profile, SSO);
AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> are honoured.

Exit codes: 0 done, 1 unexpected exposures with --fail-on-unexpected or an incomplete
scan with --fail-on-incomplete, 2 bad input or configuration.
Docs: README.md (portwarden ${VERSION})`;
