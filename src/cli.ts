// The `portwarden` command: flags -> the same parseOptions() and run() as the action.
import { markdownText } from './report/text.js';
import { reportJson, writeAll } from './report/json.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, InputError, messageOf } from './errors.js';
import { closest } from './suggest.js';
import { INPUTS, parseOptions, type InputName } from './options.js';
import { renderTextReport } from './report/table.js';
import { run } from './run.js';
import { readText } from './read-text.js';
import { checkAllowlist } from './check.js';
import { renderCheckText } from './report/check-render.js';
import { exposuresFromReport } from './sources/known-exposures.js';

const USAGE = `Usage: portwarden report [--source SOURCES] [options]
       portwarden check ALLOWLIST [--base OLD_ALLOWLIST] [--report REPORT_JSON] [--strict]

Read open-port findings (live from AWS, or saved Inspector exports), check them against
the allowlist and print the open ports that nothing allows.

Sources:
  --source LIST               inspector2, inspector-classic, security-groups,
                              securityhub and/or file, comma-separated
                              (default: inspector2; file when --findings is given)
  --findings FILE...          saved Inspector v2 ListFindings or Classic DescribeFindings
                              JSON; several may follow one flag
  --regions LIST              AWS regions (default: AWS_REGION, then AWS_DEFAULT_REGION;
                              securityhub: the aggregator's linked regions)
  --accounts LIST             Inspector v2 / Security Hub accounts to read (default: the
                              caller's; securityhub: and the hub's member accounts)
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
Docs: README.md`;

type FlagSpecs = NonNullable<ParseArgsConfig['options']>;

function flagsFor(): FlagSpecs {
  const options: FlagSpecs = {
    json: { type: 'boolean' },
    base: { type: 'string' },
    report: { type: 'string' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, spec] of Object.entries(INPUTS)) {
    const flag = flagOf(name as InputName);
    if (flag === null) continue;
    // Boolean inputs that default to true take a value (--fail-on-incomplete false).
    const isSwitch = 'boolean' in spec && spec.boolean && spec.default === 'false';
    options[flag] = isSwitch ? { type: 'boolean' } : { type: 'string', multiple: 'multiple' in spec && spec.multiple };
  }
  return options;
}

/** Input errors name the action input; on the command line, name the flag instead. */
function cliMessage(error: unknown): string {
  if (!(error instanceof InputError) || !(error.input in INPUTS)) return messageOf(error);
  const flag = flagOf(error.input as InputName);
  return flag === null ? error.message : `--${flag}${error.message.slice(error.input.length)}`;
}

export function flagOf(name: InputName): string | null {
  const spec = INPUTS[name];
  return 'flag' in spec ? spec.flag : name;
}

export async function main(argv: string[], now = new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: flagsFor(), allowPositionals: true, strict: true });
  } catch (error) {
    const unknown = /Unknown option '(--?[^']+)'/.exec(messageOf(error))?.[1];
    const guess = unknown ? closest(unknown.replace(/^--?/, ''), Object.keys(flagsFor())) : undefined;
    const problem = unknown ? `unknown option ${unknown}${guess ? `: did you mean --${guess}?` : ''}` : messageOf(error);
    process.stderr.write(`portwarden: ${problem}\nRun "portwarden --help" for every option.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const [command, ...extraFiles] = positionals;
  if (command === 'check') return checkCommand(values, extraFiles, now);
  if (command !== 'report') {
    process.stderr.write(`portwarden: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const read = (name: InputName): string | undefined => {
      const flag = flagOf(name);
      const value = flag === null ? undefined : values[flag];
      if (name === 'findings') return [...((value as string[] | undefined) ?? []), ...extraFiles].join('\n');
      return value === undefined ? undefined : String(value);
    };
    const today = typeof values.today === 'string' ? values.today : now.toISOString().slice(0, 10);
    const env = {
      AWS_REGION: process.env.AWS_REGION,
      AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION,
      GITHUB_API_URL: process.env.GITHUB_API_URL,
      GITHUB_TOKEN: process.env.GITHUB_TOKEN,
    };
    const options = parseOptions(read, { today, env });
    const result = await run(options, {
      now,
      mask: () => undefined,
      warn: (message) => process.stderr.write(`portwarden: ${message}\n`),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
    if (values.json) await writeAll(process.stdout, reportJson(result.report));
    else process.stdout.write(`${renderTextReport(result.report)}\n`);
    for (const failure of result.failures) process.stderr.write(`portwarden: ${failure}\n`);
    return result.exitCode;
  } catch (error) {
    process.stderr.write(`portwarden: ${cliMessage(error)}\n`);
    return error instanceof ConfigError ? 2 : 1;
  }
}

async function checkCommand(values: Record<string, unknown>, files: string[], now: Date): Promise<number> {
  const [file, ...extra] = files;
  if (!file || extra.length > 0) {
    process.stderr.write(
      'portwarden: check takes one allowlist file: portwarden check allowlist.json [--base old.json] [--report report.json]\n',
    );
    return 2;
  }
  try {
    const today = typeof values.today === 'string' ? values.today : now.toISOString().slice(0, 10);
    const options = parseOptions((name: InputName) => (name === 'mode' ? 'check' : flagValue(values, name)), { today, env: {} });
    const read = (path: string, what: string) => readText(path, (code) => new ConfigError(`${what}: cannot read "${path}" (${code})`));
    const reportPath = typeof values.report === 'string' ? values.report : undefined;
    let exposures;
    if (reportPath) {
      try {
        exposures = { from: markdownText(reportPath), list: exposuresFromReport(JSON.parse(await read(reportPath, '--report'))) };
      } catch (error) {
        if (error instanceof ConfigError) throw error;
        throw new ConfigError(`--report: ${reportPath} ${messageOf(error)}`);
      }
    }
    const result = checkAllowlist({
      headFile: file,
      headText: await read(file, 'allowlist'),
      ...(typeof values.base === 'string' ? { baseText: await read(values.base, '--base') } : {}),
      ...(exposures ? { exposures } : {}),
      lint: { today: options.today, maxPortsPerRule: options.check.maxPortsPerRule, maxExpiryDays: options.check.maxExpiryDays },
      strict: options.check.strict,
    });
    process.stdout.write(`${renderCheckText(result)}\n`);
    return result.exitCode;
  } catch (error) {
    process.stderr.write(`portwarden: ${cliMessage(error)}\n`);
    return error instanceof ConfigError ? 2 : 1;
  }
}

function flagValue(values: Record<string, unknown>, name: InputName): string | undefined {
  const flag = flagOf(name);
  const value = flag === null ? undefined : values[flag];
  return value === undefined ? undefined : String(value);
}
