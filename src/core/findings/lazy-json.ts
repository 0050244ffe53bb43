// A large findings file without holding it twice. JSON.parse of a 128 MB export builds every
// finding at once (about 520 MB with the text); instead the text is scanned once for the
// elements of its findings list, which are parsed one by one as they are read and dropped.
// Everything else in the document (tokens, failed items, small pages) is parsed as usual.

/** One element of a list, not parsed yet. */
export class RawJson {
  constructor(readonly text: string) {}

  parse(): unknown {
    return JSON.parse(this.text);
  }
}

const FINDINGS_KEYS = new Set(['findings', 'Findings']);

/**
 * The document with its findings list(s) left as RawJson elements: a top-level list's elements,
 * or the elements of a top-level object's "findings"/"Findings" list. Throws SyntaxError as
 * JSON.parse would for what it cannot read.
 */
export function parseLazily(text: string): unknown {
  const spans: [number, number][] = [];
  let listStart = -1;
  let listEnd = -1;
  let depth = 0;
  let listDepth = -1;
  let elementStart = -1;
  let lastString = '';
  let key = '';
  let top = '';
  let listKey = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      const start = i;
      for (i += 1; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i += 1;
      // Keys are short; only those at the top object's level matter.
      if (depth === 1 && i - start < 20) lastString = text.slice(start + 1, i);
      if (elementStart < 0 && depth === listDepth) elementStart = start;
      continue;
    }
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') continue;
    if (top === '') top = ch;
    if (depth === 1 && ch === ':') key = lastString;
    if (elementStart < 0 && depth === listDepth && ch !== ',' && ch !== ']') elementStart = i;
    if (ch === '{' || ch === '[') {
      depth += 1;
      // The list of findings: the top-level list itself, or the top object's findings list.
      if (listDepth < 0 && ch === '[' && ((depth === 1 && top === '[') || (depth === 2 && top === '{' && FINDINGS_KEYS.has(key)))) {
        listDepth = depth;
        listStart = i;
        listKey = key;
      }
    } else if (ch === '}' || ch === ']') {
      if (depth === listDepth && elementStart >= 0) {
        spans.push([elementStart, i]);
        elementStart = -1;
      }
      if (depth === listDepth && ch === ']') {
        listEnd = i;
        listDepth = -2;
      }
      depth -= 1;
    } else if (ch === ',' && depth === listDepth && elementStart >= 0) {
      spans.push([elementStart, i]);
      elementStart = -1;
    }
  }
  if (listStart < 0 || listEnd < 0) return JSON.parse(text);
  const elements = spans.map(([from, to]) => new RawJson(text.slice(from, to)));
  if (top === '[') return elements;
  const skeleton = JSON.parse(`${text.slice(0, listStart)}[]${text.slice(listEnd + 1)}`) as Record<string, unknown>;
  skeleton[listKey] = elements;
  return skeleton;
}
