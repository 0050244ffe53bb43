// Port ranges in every notation we meet, and the inclusive-range arithmetic the allowlist needs.
import type { PortRange } from './model.js';

export const MAX_PORT = 65535;

export class PortError extends Error {
  override name = 'PortError';
}

function checkPort(port: number, text: string): number {
  if (!Number.isInteger(port)) throw new PortError(`port ${port} in "${text}" is not a whole number`);
  if (port < 0 || port > MAX_PORT) throw new PortError(`port ${port} in "${text}" is outside 0-${MAX_PORT}`);
  return port;
}

function rangeOf(from: number, to: number, text: string): PortRange {
  checkPort(from, text);
  checkPort(to, text);
  if (from > to) throw new PortError(`range "${text}" is reversed: write "${to}-${from}"`);
  return { from, to };
}

const SINGLE_OR_RANGE = /^\s*(\d{1,6})\s*(?:-\s*(\d{1,6})\s*)?$/;

/** An allowlist or tag value: `443`, `"443"`, `"32768-60999"`. */
export function parsePortSpec(value: number | string): PortRange {
  if (typeof value === 'number') return rangeOf(value, value, String(value));
  const match = SINGLE_OR_RANGE.exec(value);
  if (!match) throw new PortError(`"${value}" is not a port or a range: write 443 or "8000-8100"`);
  const from = Number(match[1]);
  return rangeOf(from, match[2] === undefined ? from : Number(match[2]), value.trim());
}

/** A bare Classic `PORT` attribute such as `"22"`. */
export function parsePort(text: string): PortRange {
  if (!/^\s*\d{1,6}\s*$/.test(text)) throw new PortError(`"${text}" is not a port number`);
  const port = Number(text);
  return rangeOf(port, port, text.trim());
}

const CLASSIC_RANGE = /^\s*\[\s*(\d{1,6})\s*-\s*(\d{1,6})\s*\]\s*,?/;

/**
 * A Classic `TCP_PORTS`/`UDP_PORTS` value: `[[80 - 80], [443 - 443]]`, `[]`. Real exports
 * have been seen with and without `, ` between ranges, so separators are optional, but
 * anything that is not a range is an error rather than skipped.
 */
export function parseClassicPortList(text: string): PortRange[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) {
    throw new PortError(`"${text}" is not a list of port ranges like "[[80 - 80], [443 - 443]]"`);
  }
  let rest = trimmed.slice(1, -1);
  const ranges: PortRange[] = [];
  while (rest.trim() !== '') {
    const match = CLASSIC_RANGE.exec(rest);
    if (!match) {
      throw new PortError(`"${text}" has "${rest.trim()}" where a range like "[80 - 80]" belongs`);
    }
    ranges.push(rangeOf(Number(match[1]), Number(match[2]), match[0].replace(/,$/, '').trim()));
    rest = rest.slice(match[0].length);
  }
  return ranges;
}

export function portCount(range: PortRange): number {
  return range.to - range.from + 1;
}

export function contains(outer: PortRange, inner: PortRange): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

export function overlaps(a: PortRange, b: PortRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Sorted, with overlapping and adjacent ranges merged: the canonical form of a port set. */
export function unionRanges(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: PortRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to + 1) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

/** The parts of `range` that none of `removed` covers. */
export function subtractRanges(range: PortRange, removed: readonly PortRange[]): PortRange[] {
  const left: PortRange[] = [];
  let next = range.from;
  for (const cut of unionRanges(removed)) {
    if (cut.to < next) continue;
    if (cut.from > range.to) break;
    if (cut.from > next) left.push({ from: next, to: cut.from - 1 });
    next = cut.to + 1;
    if (next > range.to) return left;
  }
  left.push({ from: next, to: range.to });
  return left.filter((r) => r.from <= r.to);
}

/** The parts of `range` that `ranges` cover. */
export function intersectRanges(range: PortRange, ranges: readonly PortRange[]): PortRange[] {
  return unionRanges(ranges)
    .filter((r) => overlaps(r, range))
    .map((r) => ({ from: Math.max(r.from, range.from), to: Math.min(r.to, range.to) }));
}

export function formatRange(range: PortRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}

export function formatRanges(ranges: readonly PortRange[]): string {
  return ranges.map(formatRange).join(', ');
}
