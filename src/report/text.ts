// Text that came from AWS (tags, names, titles) is attacker-controllable: anyone who can tag
// an instance chooses what our terminal table, log and markdown show. Neutralise it here.

/** For terminals and logs: no control characters (ANSI escapes, newlines, `::` workflow commands). */
export function plainText(text: string, maxLength = 80): string {
  // Control characters, and the bidirectional overrides that can make "i-1 in A" read as
  // something else (U+202A-202E, U+2066-2069, LRM/RLM, ALM).
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean;
}

/**
 * For GitHub markdown (job summary, issues, comments): no HTML, no markdown structure, no
 * @-mentions, no #123 cross-references, no table-breaking pipes.
 */
export function markdownText(text: string, maxLength = 200): string {
  return plainText(text, maxLength)
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(/@/g, '@\u200b')
    .replace(/^([-=]+)/, '\\$1');
}
