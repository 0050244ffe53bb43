// Tolerant readers for the loosely typed parts of findings: exports come from the CLI
// (ISO strings), the console (its own date form), the SDK (Date objects) and the wire
// (epoch seconds).
import { FindingShapeError } from '../errors.js';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new FindingShapeError(`${what} is missing or not a string`);
  }
  return value;
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An instant from its UTC parts, or undefined when a part is out of range (Feb 30, 25:00). */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  const same =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return same ? date : undefined;
}

const fraction = (digits: string | undefined) => (digits ? Math.round(Number(`0.${digits}`) * 1000) : 0);

/**
 * The timestamp forms findings come in, each parsed explicitly and never in the machine's
 * time zone (a form without a zone is UTC, as AWS writes it):
 * - ISO 8601 `2024-09-05T13:06:56.334Z`, with an offset, or without a zone;
 * - the console's `Mar 20, 2023, 6:08:05 PM`;
 * - AWS's `Thu Sep 05 13:06:56.334 UTC 2024`;
 * - epoch seconds (the wire) and Date objects (the SDK).
 * Anything else is `undefined` ("not reported"), never a wrong date.
 */
export function isoTime(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value === 'number')
    return Number.isFinite(value) && value > 0 && value < 1e11 ? new Date(value * 1000).toISOString() : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (m) {
    const date = utc(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0), fraction(m[7]));
    if (!date) return undefined;
    const zone = m[8] && m[8].toUpperCase() !== 'Z' ? /([+-])(\d{2}):?(\d{2})/.exec(m[8]) : null;
    const offsetMinutes = zone ? (zone[1] === '-' ? -1 : 1) * (+zone[2]! * 60 + +zone[3]!) : 0;
    return new Date(date.getTime() - offsetMinutes * 60_000).toISOString();
  }
  m = /^([A-Za-z]{3}) (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2}) ?([AP]M)$/i.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    const hour12 = +m[4]!;
    if (month === 0 || hour12 < 1 || hour12 > 12) return undefined;
    const hour = (hour12 % 12) + (m[7]!.toUpperCase() === 'PM' ? 12 : 0);
    return utc(+m[3]!, month, +m[2]!, hour, +m[5]!, +m[6]!)?.toISOString();
  }
  m = /^(?:[A-Za-z]{3} )?([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))? UTC (\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    if (month === 0) return undefined;
    return utc(+m[7]!, month, +m[2]!, +m[3]!, +m[4]!, +m[5]!, fraction(m[6]))?.toISOString();
  }
  return undefined;
}

/** `arn:partition:service:region:account:resource` */
export function arnParts(arn: string): { region: string; accountId: string } | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn' || !parts[3] || !parts[4]) return undefined;
  return { region: parts[3], accountId: parts[4] };
}

/**
 * Any value as text, for messages and comparisons. `String()` throws on hostile objects such
 * as `{"toString": 1}` ("Cannot convert object to primitive value"); this never does.
 */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
