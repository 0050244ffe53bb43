// The `portwarden` command: flags -> the same parseOptions() and mode functions as the action.
// A mode is loaded only when it runs, so --help and check start without the AWS SDK.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, InputError, messageOf } from './core/errors.js';
import { INPUTS, type InputName } from './core/options/inputs.js';
import { parseOptions, type OptionsContext } from './core/options/parse.js';
import { closest } from './core/suggest.js';
import { USAGE } from './cli-usage.js';
import { VERSION } from './core/version.js';

type FlagSpecs = NonNullable<ParseArgsConfig['options']>;
type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

function flagSpecs(): FlagSpecs {
  const options: FlagSpecs = {
    json: { type: 'boolean' },
    base: { type: 'string' },
    report: { type: 'string' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
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

export function flagOf(name: InputName): string | null {
  const spec = INPUTS[name];
  return 'flag' in spec ? spec.flag : name;
}

/** Input errors name the action input; on the command line, name the flag instead. */
function cliMessage(error: unknown): string {
  if (!(error instanceof InputError) || !(error.input in INPUTS)) return messageOf(error);
  const flag = flagOf(error.input as InputName);
  return flag === null ? error.message : `--${flag}${error.message.slice(error.input.length)}`;
}

export async function main(argv: string[], now = new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: flagSpecs(), allowPositionals: true, strict: true });
  } catch (error) {
    const unknown = /Unknown option '(--?[^']+)'/.exec(messageOf(error))?.[1];
    const guess = unknown ? closest(unknown.replace(/^--?/, ''), Object.keys(flagSpecs())) : undefined;
    const problem = unknown ? `unknown option ${unknown}${guess ? `: did you mean --${guess}?` : ''}` : messageOf(error);
    process.stderr.write(`portwarden: ${problem}\nRun "portwarden --help" for every option.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`portwarden ${VERSION}\n`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const [command, ...files] = positionals;
  if (command !== 'check' && command !== 'report') {
    process.stderr.write(`portwarden: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return command === 'check' ? await check(values, files, now) : await report(values, files, now);
  } catch (error) {
    process.stderr.write(`portwarden: ${cliMessage(error)}\n`);
    return error instanceof ConfigError ? 2 : 1;
  }
}

async function report(values: FlagValues, files: string[], now: Date): Promise<number> {
  const env: OptionsContext['env'] = {
    AWS_REGION: process.env.AWS_REGION,
    AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION,
    GITHUB_API_URL: process.env.GITHUB_API_URL,
    GITHUB_TOKEN: process.env.GITHUB_TOKEN,
  };
  const read = (name: InputName): string | undefined => {
    if (name === 'findings') return [...((flagValue(values, name, true) as string[] | undefined) ?? []), ...files].join('\n');
    return flagValue(values, name) as string | undefined;
  };
  const options = parseOptions(read, { today: todayOf(values, now), env });
  const { reportCommand } = await import('./modes/report/cli.js');
  return reportCommand(options, values.json === true, now);
}

async function check(values: FlagValues, files: string[], now: Date): Promise<number> {
  const [allowlist, ...extra] = files;
  if (!allowlist || extra.length > 0) {
    process.stderr.write(
      'portwarden: check takes one allowlist file: portwarden check allowlist.json [--base old.json] [--report report.json]\n',
    );
    return 2;
  }
  const read = (name: InputName) => (name === 'mode' ? 'check' : (flagValue(values, name) as string | undefined));
  const options = parseOptions(read, { today: todayOf(values, now), env: {} });
  const { checkCommand } = await import('./modes/check/cli.js');
  const text = (flag: string) => (typeof values[flag] === 'string' ? { [flag]: values[flag] } : {});
  return checkCommand(options, { allowlist, ...text('base'), ...text('report') });
}

function todayOf(values: FlagValues, now: Date): string {
  return typeof values.today === 'string' ? values.today : now.toISOString().slice(0, 10);
}

function flagValue(values: FlagValues, name: InputName, asList = false): string | string[] | undefined {
  const flag = flagOf(name);
  const value = flag === null ? undefined : values[flag];
  if (value === undefined) return undefined;
  return asList ? (value as string[]) : String(value);
}
