// Every input, once. This table drives the action's input parsing, the CLI's flags, the
// README's anchors and the error links; action.yml is checked against it by a test.
import { InputError } from './errors.js';
import { SEVERITIES, isSeverity, type Severity } from './model.js';

export const MODES = ['report'] as const;
export type Mode = (typeof MODES)[number];

interface InputSpec {
  description: string;
  /** What action.yml declares; `undefined` means no default (the input is optional). */
  default?: string;
  /** The CLI flag, when it differs from `--<name>`; `null` for action-only inputs. */
  flag?: string | null;
  boolean?: boolean;
  multiple?: boolean;
}

export const INPUTS = {
  mode: { description: 'What to do: `report` (evaluate findings against the allowlist).', default: 'report', flag: null },
  findings: {
    description: 'Saved Inspector findings files (v2 ListFindings or Classic DescribeFindings JSON), one path per line or comma-separated.',
    multiple: true,
  },
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
    description: 'Opt-in: an instance tag with this key (e.g. `portwarden:allow`, value `tcp:80,443;udp:1194`) allows those ports on that instance. Anyone who can tag the instance can then silence its alerts.',
  },
  'fail-on-unexpected': { description: 'Fail (exit 1) when any unexpected exposure is found.', default: 'false', boolean: true },
  'dry-run': { description: 'Compute and print everything, write nothing.', default: 'false', boolean: true },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;

export interface Options {
  mode: Mode;
  findings: readonly string[];
  allowlist: string;
  minSeverity: Severity;
  includePrivatePaths: boolean;
  allowTagKey?: string;
  failOnUnexpected: boolean;
  dryRun: boolean;
  /** YYYY-MM-DD (UTC): the day rules expire against. */
  today: string;
}

/** Reads an input as given, or `undefined`/'' when not set; defaults are applied here. */
export type InputReader = (name: InputName) => string | undefined;

export function parseOptions(read: InputReader, today: string): Readonly<Options> {
  const text = (name: InputName): string => {
    const value = read(name)?.trim();
    const spec: InputSpec = INPUTS[name];
    return value === undefined || value === '' ? (spec.default ?? '') : value;
  };
  const mode = oneOf('mode', text('mode'), MODES);
  const minSeverity = text('min-severity').toLowerCase();
  if (!isSeverity(minSeverity)) throw inputError('min-severity', `must be one of ${SEVERITIES.join(', ')}, got "${text('min-severity')}"`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new InputError('today', `must be YYYY-MM-DD, got "${today}"`);
  const allowTagKey = text('allow-tag-key');
  const findings = list(text('findings'));
  if (findings.length === 0) throw inputError('findings', 'give at least one findings file (Inspector v2 or Classic JSON)');
  return Object.freeze({
    mode,
    findings: Object.freeze(findings),
    allowlist: text('allowlist'),
    minSeverity,
    includePrivatePaths: bool('include-private-paths', text('include-private-paths')),
    ...(allowTagKey === '' ? {} : { allowTagKey }),
    failOnUnexpected: bool('fail-on-unexpected', text('fail-on-unexpected')),
    dryRun: bool('dry-run', text('dry-run')),
    today,
  });
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

function list(value: string): string[] {
  return value.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');
}
