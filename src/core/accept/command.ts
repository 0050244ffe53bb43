// `/portwarden allow reason: "Contractor VPN, see SEC-123" expires: 2027-03-01 scope: name`
// Comment text is untrusted: parsed strictly into data, never executed or interpolated.

export type AcceptScope = { kind: 'instance' } | { kind: 'name' } | { kind: 'tag'; key: string };

export interface AcceptCommand {
  reason: string;
  expires?: string;
  scope: AcceptScope;
}

export type ParsedComment = { kind: 'none' } | { kind: 'command'; command: AcceptCommand } | { kind: 'invalid'; problem: string };

/** The allowlist schema's limit on `reason`. */
const MAX_REASON = 1000;

const USAGE = 'write: /portwarden allow reason: "why this port is expected" [expires: YYYY-MM-DD] [scope: instance|name|tag:KEY]';

/**
 * The command lines of a comment: lines that start with `/portwarden` at the margin (up to
 * three spaces, as markdown allows), outside fenced and indented code blocks and quotes. A
 * command shown in a code block, or quoted from someone else's comment, is not a command.
 */
function commandLines(body: string): string[] {
  const found: string[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    if (/^ {0,3}\/portwarden(\s|$)/.test(line)) found.push(line.trim());
  }
  return found;
}

export function parseAcceptComment(body: string): ParsedComment {
  const line = commandLines(body)[0];
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
  if (!reason || reason.length < 3) return { kind: 'invalid', problem: `a reason is required (3 to ${MAX_REASON} characters); ${USAGE}` };
  if (reason.length > MAX_REASON)
    return { kind: 'invalid', problem: `the reason has ${reason.length} characters; the allowlist takes at most ${MAX_REASON}` };
  const expires = fields.get('expires');
  if (expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(expires))
    return { kind: 'invalid', problem: `expires "${expires}" is not YYYY-MM-DD` };
  const scopeText = fields.get('scope') ?? 'instance';
  const tag = /^tag:(.+)$/.exec(scopeText);
  const scope: AcceptScope | undefined =
    scopeText === 'instance'
      ? { kind: 'instance' }
      : scopeText === 'name'
        ? { kind: 'name' }
        : tag
          ? { kind: 'tag', key: tag[1]! }
          : undefined;
  if (!scope) return { kind: 'invalid', problem: `scope "${scopeText}" is not instance, name or tag:KEY` };
  return { kind: 'command', command: { reason, ...(expires ? { expires } : {}), scope } };
}
