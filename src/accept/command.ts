// `/portwarden allow reason: "Contractor VPN, see SEC-123" expires: 2027-03-01 scope: name`
// Comment text is untrusted: parsed strictly into data, never executed or interpolated.

export type AcceptScope = { kind: 'instance' } | { kind: 'name' } | { kind: 'tag'; key: string };

export interface AcceptCommand {
  reason: string;
  expires?: string;
  scope: AcceptScope;
}

export type ParsedComment = { kind: 'none' } | { kind: 'command'; command: AcceptCommand } | { kind: 'invalid'; problem: string };

const USAGE = 'write: /portwarden allow reason: "why this port is expected" [expires: YYYY-MM-DD] [scope: instance|name|tag:KEY]';

export function parseAcceptComment(body: string): ParsedComment {
  const line = body.split(/\r?\n/).map((l) => l.trim()).find((l) => l.startsWith('/portwarden'));
  if (!line) return { kind: 'none' };
  const head = /^\/portwarden\s+allow(?:\s+|$)/.exec(line);
  if (!head) return { kind: 'invalid', problem: `only "/portwarden allow" is understood; ${USAGE}` };
  const fields = new Map<string, string>();
  let rest = line.slice(head[0].length);
  while (rest.trim() !== '') {
    const match = /^\s*([a-z]+):\s*("(?:[^"\\]|\\.)*"|[^\s"]+)\s*/.exec(rest);
    if (!match) return { kind: 'invalid', problem: `cannot read "${rest.trim().slice(0, 40)}"; ${USAGE}` };
    const key = match[1]!;
    if (!['reason', 'expires', 'scope'].includes(key)) return { kind: 'invalid', problem: `unknown field "${key}"; ${USAGE}` };
    if (fields.has(key)) return { kind: 'invalid', problem: `"${key}" is given twice` };
    const raw = match[2]!;
    fields.set(key, raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw);
    rest = rest.slice(match[0].length);
  }
  const reason = fields.get('reason')?.trim();
  if (!reason || reason.length < 3) return { kind: 'invalid', problem: `a reason is required; ${USAGE}` };
  const expires = fields.get('expires');
  if (expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(expires)) return { kind: 'invalid', problem: `expires "${expires}" is not YYYY-MM-DD` };
  const scopeText = fields.get('scope') ?? 'instance';
  const tag = /^tag:(.+)$/.exec(scopeText);
  const scope: AcceptScope | undefined = scopeText === 'instance' ? { kind: 'instance' } : scopeText === 'name' ? { kind: 'name' } : tag ? { kind: 'tag', key: tag[1]! } : undefined;
  if (!scope) return { kind: 'invalid', problem: `scope "${scopeText}" is not instance, name or tag:KEY` };
  return { kind: 'command', command: { reason, ...(expires ? { expires } : {}), scope } };
}
