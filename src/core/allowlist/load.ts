// allowlist.json text -> Allowlist, or every problem in it with file:line:column and a fix.
// Strict JSON (no comments, no trailing commas) because GitHub, editors and `jq` must all
// read the same file the same way.
import { Ajv } from 'ajv';
import { getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { AllowlistError, type Problem } from '../errors.js';
import type { AllowRule, Allowlist, PortRange, Protocol, RuleMatch } from '../model.js';
import { parsePortSpec, PortError } from '../ports.js';
import { isCalendarDate } from '../dates.js';
import { LineIndex, nodeAt, type JsonPath } from './positions.js';
import { schemaProblems, type ProblemAt } from './schema-problems.js';
import schema from './schema.json' with { type: 'json' };

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, verbose: true, strict: true });
const validateSchema = ajv.compile(schema);

interface RawRule {
  id: string;
  match: Record<string, string | string[] | Record<string, string | string[]>>;
  allow: Partial<Record<Protocol, (number | string)[]>>;
  reason: string;
  owner?: string;
  expires?: string;
}

/** Deeper than any allowlist needs; past it the parsers below would overflow the stack. */
const MAX_DEPTH = 32;

export function parseAllowlist(input: string, file: string): Allowlist {
  const text = input.replace(/^\uFEFF/, '');
  const lines = new LineIndex(text);
  const problemAt = (offset: number, message: string): Problem => ({ file, ...lines.at(offset), message });
  if (text.trim() === '') throw new AllowlistError([problemAt(0, 'the file is empty: write {"rules": []}')]);
  const deep = offsetPastDepth(text, MAX_DEPTH);
  if (deep !== undefined)
    throw new AllowlistError([
      problemAt(deep, `nested more than ${MAX_DEPTH} levels deep: an allowlist is {"rules": [{...}]}; see README#allowlist-format`),
    ]);

  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (syntaxErrors.length > 0 || !root) {
    const first = syntaxErrors[0];
    // After the first syntax error the parser's guesses cascade; one precise message beats five.
    throw new AllowlistError([
      problemAt(first?.offset ?? 0, first ? syntaxMessage(first, text) : 'the file is empty: write {"rules": []}'),
    ]);
  }

  const value: unknown = getNodeValue(root);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AllowlistError([
      problemAt(
        root.offset,
        `the document is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not an object: write {"rules": [...]}`,
      ),
    ]);
  }
  const problems = [...duplicateKeyProblems(root, problemAt)];
  if (!validateSchema(value)) {
    problems.push(...schemaProblems(validateSchema.errors ?? [], root, value, problemAt));
  }
  const rulesNode = nodeAt(root, ['rules']);
  const rawRules = Array.isArray((value as { rules?: unknown }).rules) ? (value as { rules: unknown[] }).rules : [];
  problems.push(...semanticProblems(rawRules, root, problemAt));
  if (problems.length > 0) throw new AllowlistError(sortProblems(problems));

  return {
    file,
    rules: (rawRules as RawRule[]).map((raw, index) => toRule(raw, lines.at(nodeAt(rulesNode, [index]).offset).line)),
  };
}

function toRule(raw: RawRule, line: number): AllowRule {
  const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
  const match: RuleMatch = {};
  for (const key of ['accounts', 'regions', 'instanceIds', 'name'] as const) {
    const v = raw.match[key] as string | string[] | undefined;
    if (v !== undefined) match[key] = list(v);
  }
  const tags = raw.match.tags as Record<string, string | string[]> | undefined;
  if (tags) match.tags = Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, list(v)]));
  const allow: Partial<Record<Protocol, PortRange[]>> = {};
  for (const protocol of ['tcp', 'udp'] as const) {
    const ports = raw.allow[protocol];
    if (ports) allow[protocol] = ports.map((p) => parsePortSpec(p));
  }
  return {
    id: raw.id,
    match,
    allow,
    reason: raw.reason,
    ...(raw.owner === undefined ? {} : { owner: raw.owner }),
    ...(raw.expires === undefined ? {} : { expires: raw.expires }),
    line,
  };
}

const SYNTAX_HINTS: Record<string, string> = {
  CommaExpected: 'a comma is missing before this: add "," after the previous value',
  ColonExpected: 'a colon is missing: write "key": value',
  PropertyNameExpected: 'a key in double quotes was expected here; if the previous line ends with ",", remove that trailing comma',
  ValueExpected: 'a value was expected here; if this follows a trailing ",", remove it',
  CloseBraceExpected: 'an object is not closed: add "}"',
  CloseBracketExpected: 'a list is not closed: add "]"',
  EndOfFileExpected: 'there is text after the end of the document: remove it',
  InvalidCommentToken: 'JSON has no comments: remove it, or put the note in the rule\'s "reason"',
  UnexpectedEndOfString: 'a string is not closed: add the closing double quote',
  InvalidSymbol: 'this is not JSON: keys and strings take double quotes',
};

function syntaxMessage(error: ParseError, text: string): string {
  const code = printParseErrorCode(error.error);
  const found = text.slice(error.offset, error.offset + Math.max(error.length, 1)).trim();
  const hint = SYNTAX_HINTS[code] ?? 'this is not valid JSON';
  return `invalid JSON (${code}${found ? ` at ${JSON.stringify(found.slice(0, 20))}` : ''}): ${hint}`;
}

function semanticProblems(rules: unknown[], root: JsonNode, problemAt: ProblemAt): Problem[] {
  const problems: Problem[] = [];
  const firstLineOfId = new Map<string, number>();
  rules.forEach((rule, index) => {
    if (typeof rule !== 'object' || rule === null) return;
    const { id, allow, expires } = rule as Partial<RawRule>;
    const here = (path: JsonPath) => nodeAt(root, ['rules', index, ...path]).offset;
    if (typeof id === 'string') {
      const seen = firstLineOfId.get(id);
      const offset = here(['id']);
      if (seen !== undefined)
        problems.push(problemAt(offset, `rule id "${id}" is used twice (first at rules[${seen}]): ids must be unique, rename one.`));
      else firstLineOfId.set(id, index);
    }
    if (typeof expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(expires) && !isCalendarDate(expires)) {
      problems.push(problemAt(here(['expires']), `expires "${expires}" is not a calendar date: write YYYY-MM-DD, e.g. "2027-06-30".`));
    }
    for (const protocol of ['tcp', 'udp'] as const) {
      const ports = typeof allow === 'object' && allow !== null ? allow[protocol] : undefined;
      if (!Array.isArray(ports)) continue;
      ports.forEach((port, i) => {
        if (typeof port !== 'string' && typeof port !== 'number') return;
        try {
          parsePortSpec(port);
        } catch (error) {
          // Out-of-range numbers and non-ranges are the schema's messages already.
          const schemaSaidIt = typeof port === 'number' || !/^\s*\d{1,5}\s*(-\s*\d{1,5}\s*)?$/.test(port);
          if (error instanceof PortError && !schemaSaidIt) {
            problems.push(problemAt(here(['allow', protocol, i]), `${error.message} (rules[${index}].allow.${protocol}[${i}]).`));
          }
        }
      });
    }
  });
  return problems;
}

function duplicateKeyProblems(node: JsonNode, problemAt: ProblemAt): Problem[] {
  const problems: Problem[] = [];
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const member of node.children ?? []) {
      const keyNode = member.children?.[0];
      const key = String(keyNode?.value);
      if (seen.has(key) && keyNode) {
        problems.push(problemAt(keyNode.offset, `key "${key}" appears twice in one object; JSON keeps only the last: merge them.`));
      }
      seen.add(key);
    }
  }
  for (const child of node.children ?? []) problems.push(...duplicateKeyProblems(child, problemAt));
  return problems;
}

function sortProblems(problems: Problem[]): Problem[] {
  const unique = new Map(problems.map((p) => [`${p.line}:${p.column}:${p.message}`, p]));
  return [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The offset where brackets first nest deeper than `limit` (strings skipped), if they do. */
function offsetPastDepth(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      depth += 1;
      if (depth > limit) return i;
    } else if (ch === '}' || ch === ']') depth -= 1;
  }
  return undefined;
}
