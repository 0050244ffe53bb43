// Allowlist text matching: exact unless the pattern holds `*` or `?`. Every other character
// is literal, so names such as `webapps (Prod)` or `a.b+c` need no escaping.
//
// Whoever can tag an instance chooses the text (a Name of 256 characters is AWS's limit), so
// matching must not backtrack: a regular expression such as /^.*a.*a.*a.*$/ takes exponential
// time on a long non-matching name. The pattern is split at `*` into segments; the first is
// anchored at the start, the last at the end, and each middle one is taken at its leftmost
// place, which is always safe because a later `*` can absorb whatever follows. Work is
// O(text x pattern) at worst, with no state kept between calls.

export type TextMatcher = (text: string | undefined) => boolean;

export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

export function compileMatcher(patterns: readonly string[]): TextMatcher {
  const literals = new Set(patterns.filter((p) => !hasWildcard(p)));
  const globs = patterns.filter(hasWildcard).map(compileGlob);
  return (text) => text !== undefined && (literals.has(text) || globs.some((glob) => glob(text)));
}

/** One wildcard pattern as a matcher; exported for the adversarial tests. */
export function compileGlob(pattern: string): (text: string) => boolean {
  const segments = pattern.split('*');
  if (segments.length === 1) return (text) => text.length === pattern.length && segmentAt(text, pattern, 0);
  const head = segments[0]!;
  const tail = segments[segments.length - 1]!;
  const middle = segments.slice(1, -1).filter((s) => s !== '');
  const fixed = head.length + tail.length;
  return (text) => {
    if (text.length < fixed || !segmentAt(text, head, 0) || !segmentAt(text, tail, text.length - tail.length)) return false;
    let from = head.length;
    const end = text.length - tail.length;
    for (const segment of middle) {
      const at = findSegment(text, segment, from, end);
      if (at < 0) return false;
      from = at + segment.length;
    }
    return true;
  };
}

/** Whether `segment` (where `?` is any one character) stands in `text` at `at`. */
function segmentAt(text: string, segment: string, at: number): boolean {
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch !== '?' && text[at + i] !== ch) return false;
  }
  return true;
}

/** The leftmost place in [from, end) where the whole segment fits, or -1. */
function findSegment(text: string, segment: string, from: number, end: number): number {
  for (let at = from; at + segment.length <= end; at++) if (segmentAt(text, segment, at)) return at;
  return -1;
}
