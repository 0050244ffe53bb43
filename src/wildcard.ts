// Allowlist text matching: exact unless the pattern holds `*` or `?`. Every other character
// is literal, so names such as `webapps (Prod)` or `a.b+c` need no escaping.

export type TextMatcher = (text: string | undefined) => boolean;

export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

export function compileMatcher(patterns: readonly string[]): TextMatcher {
  const literals = new Set(patterns.filter((p) => !hasWildcard(p)));
  const wildcards = patterns.filter(hasWildcard).map(wildcardRegExp);
  return (text) => text !== undefined && (literals.has(text) || wildcards.some((re) => re.test(text)));
}

function wildcardRegExp(pattern: string): RegExp {
  const source = [...pattern]
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's');
}
