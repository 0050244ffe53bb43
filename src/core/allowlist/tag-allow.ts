// The opt-in instance tag allowlist: `tcp:80,443;udp:1194`. Anyone who may tag an instance
// can use it to silence an alert, so it is off unless a key is configured, and the report
// marks every exposure it allowed.
import type { PortRange, Protocol } from '../model.js';
import { parsePortSpec, PortError } from '../ports.js';

export type TagAllow = { ok: true; allow: Partial<Record<Protocol, PortRange[]>> } | { ok: false; problem: string };

export function parseTagAllow(value: string): TagAllow {
  const allow: Partial<Record<Protocol, PortRange[]>> = {};
  const clauses = value
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (clauses.length === 0) return { ok: false, problem: `"${value}" names no ports: write e.g. "tcp:80,443;udp:1194"` };
  for (const clause of clauses) {
    const match = /^(tcp|udp)\s*:\s*(.+)$/i.exec(clause);
    if (!match) return { ok: false, problem: `"${clause}" in "${value}" is not "tcp:PORTS" or "udp:PORTS"` };
    const protocol = match[1]!.toLowerCase() as Protocol;
    try {
      const ranges = match[2]!.split(',').map((p) => parsePortSpec(p.trim()));
      allow[protocol] = [...(allow[protocol] ?? []), ...ranges];
    } catch (error) {
      if (error instanceof PortError) return { ok: false, problem: `${error.message} (tag value "${value}")` };
      throw error;
    }
  }
  return { ok: true, allow };
}
