// The `portwarden` command: flags -> the same parseOptions() and run() as the action.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, messageOf } from './errors.js';
import { INPUTS, parseOptions, type InputName } from './options.js';
import { renderTextReport } from './report/table.js';
import { run } from './run.js';

const USAGE = `Usage: portwarden report --findings FILE... [options]

Evaluate saved Inspector findings (v2 ListFindings or Classic DescribeFindings JSON)
against the allowlist and print the open ports that nothing allows.

Options:
  --findings FILE...          findings files; several may follow one flag
  --allowlist FILE            the allowlist (default: allowlist.json)
  --min-severity LEVEL        ignore exposures below LEVEL: informational, low, medium,
                              high, critical (default: informational)
  --include-private-paths     also count ports reachable only through VPC peering or a VPN
  --allow-tag-key KEY         opt-in: an instance tag KEY with a value such as
                              "tcp:80,443;udp:1194" allows those ports on that instance
  --fail-on-unexpected        exit 1 when anything unexpected is found
  --dry-run                   write nothing (report never writes; accepted for scripts)
  --json                      print the JSON report on stdout, logs on stderr
  --today YYYY-MM-DD          the date rules expire against (default: today, UTC)
  -h, --help                  this text

Exit codes: 0 done, 1 unexpected exposures with --fail-on-unexpected, 2 bad input.
Docs: README.md`;

type FlagSpecs = NonNullable<ParseArgsConfig['options']>;

function flagsFor(): FlagSpecs {
  const options: FlagSpecs = {
    json: { type: 'boolean' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, spec] of Object.entries(INPUTS)) {
    if ('flag' in spec && spec.flag === null) continue;
    options[name] = 'boolean' in spec && spec.boolean ? { type: 'boolean' } : { type: 'string', multiple: 'multiple' in spec && spec.multiple };
  }
  return options;
}

export async function main(argv: string[], now = new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: flagsFor(), allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`portwarden: ${messageOf(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const [command, ...extraFiles] = positionals;
  if (command !== 'report') {
    process.stderr.write(`portwarden: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const read = (name: InputName): string | undefined => {
      const value = values[name];
      if (name === 'findings') return [...((value as string[] | undefined) ?? []), ...extraFiles].join('\n');
      return value === undefined ? undefined : String(value);
    };
    const options = parseOptions(read, typeof values.today === 'string' ? values.today : now.toISOString().slice(0, 10));
    const result = await run(options, now);
    if (values.json) process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
    else process.stdout.write(`${renderTextReport(result.report)}\n`);
    return result.exitCode;
  } catch (error) {
    process.stderr.write(`portwarden: ${messageOf(error)}\n`);
    return error instanceof ConfigError ? 2 : 1;
  }
}

