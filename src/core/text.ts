// Text that came from AWS (tags, names, titles) is attacker-controllable: anyone who can tag
// an instance chooses what our terminal table, log and markdown show. Neutralise it here.

const ZWSP = '\u200b';

/** Cuts to at most `maxLength` UTF-16 units, marking the cut, without splitting a surrogate pair. */
export function clip(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let end = Math.max(0, maxLength - 1);
  if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1]!)) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** For terminals and logs: no control characters (ANSI escapes, newlines, `::` workflow commands). */
export function plainText(text: string, maxLength = 80): string {
  // Control characters, and the bidirectional overrides that can make "i-1 in A" read as
  // something else (U+202A-202E, U+2066-2069, LRM/RLM, ALM).
  return clip(text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '?'), maxLength);
}

/**
 * GitHub turns `@name` into a mention, `#12` and `GH-12` into issue links, and bare
 * `https://…` and `www.…` into links, after it has decoded entities: only a zero-width space
 * inside the trigger stops each of them.
 */
export function withoutAutolinks(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    .replace(/\b(gh)-(\d)/gi, `$1-${ZWSP}$2`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

/**
 * For GitHub markdown (job summary, issues, comments): no HTML, no markdown structure, no
 * @-mentions, no #123 cross-references, no autolinks, no table-breaking pipes.
 */
export function markdownText(text: string, maxLength = 200): string {
  // Autolinks first: the entities written next contain `#` themselves.
  return withoutAutolinks(plainText(text, maxLength))
    .replace(/[\\`*_{}[\]()<>+!|~&]/g, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(/^([-=]+)/, '\\$1');
}

/**
 * Untrusted text as an inline code span inside a table cell. In code spans GitHub decodes no
 * entities and links nothing, so only backticks (which would end the span), pipes (which end
 * the cell even there, unless escaped) and control characters need care.
 */
export function codeSpan(text: string, maxLength = 100): string {
  return `\`${plainText(text, maxLength).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
