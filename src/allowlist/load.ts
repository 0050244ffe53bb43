// allowlist.json text -> Allowlist, or every problem in it with file:line:column and a fix.
// Strict JSON (no comments, no trailing commas) because GitHub, editors and `jq` must all
// read the same file the same way.
import { Ajv, type ErrorObject } from 'ajv';
import { getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { AllowlistError, type Problem } from '../errors.js';
import type { AllowRule, Allowlist, PortRange, Protocol, RuleMatch } from '../model.js';
import { parsePortSpec, PortError } from '../ports.js';
import { closest } from '../suggest.js';
import { clip } from '../report/text.js';
import { isCalendarDate } from '../dates.js';
import { describePath, keyNodeOf, LineIndex, nodeAt, pointerToPath, type JsonPath } from './positions.js';
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

type ProblemAt = (offset: number, message: string) => Problem;

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

function schemaProblems(errors: ErrorObject[], root: JsonNode, value: unknown, problemAt: ProblemAt): Problem[] {
  const problems: Problem[] = [];
  // `"alow"` makes two errors: an unknown key and a missing `allow`. The first says it all.
  const explainedByTypo = new Set(
    errors
      .filter((e) => e.keyword === 'additionalProperties')
      .map(
        (e) =>
          `${e.instancePath}|${closest(String(e.params.additionalProperty), Object.keys((e.parentSchema?.properties as object | undefined) ?? {})) ?? ''}`,
      ),
  );
  for (const error of errors) {
    if (error.keyword === 'required' && explainedByTypo.has(`${error.instancePath}|${String(error.params.missingProperty)}`)) continue;
    const path = pointerToPath(error.instancePath);
    const where = `${describePath(path)}${ruleLabel(value, path)}`;
    const node = nodeAt(root, path);
    const hint = typeof error.parentSchema?.description === 'string' ? ` ${error.parentSchema.description}` : '';
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(error.params.additionalProperty);
        const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
        const guess = closest(key, known);
        problems.push(
          problemAt(
            (keyNodeOf(node, key) ?? node).offset,
            `unknown key "${key}" in ${where}${guess ? `: did you mean "${guess}"?` : '.'} Allowed keys: ${known.join(', ')}.`,
          ),
        );
        break;
      }
      case 'required': {
        const missing = String(error.params.missingProperty);
        problems.push(problemAt(node.offset, `${where} has no "${missing}": add "${missing}": ${exampleFor(missing)}`));
        break;
      }
      case 'maximum':
      case 'minimum':
        problems.push(
          problemAt(
            node.offset,
            `port ${JSON.stringify(error.data)} at ${where} is outside 0-65535: use a port from 0 to 65535, or a range such as "32768-60999".`,
          ),
        );
        break;
      case 'type':
        problems.push(problemAt(node.offset, `${where} must be ${typeWords(error.params.type)}, not ${jsonType(error.data)}.${hint}`));
        break;
      case 'maxLength':
        problems.push(
          problemAt(
            node.offset,
            `${where} has ${String(error.data).length} characters, more than ${String(error.params.limit)}: shorten it.${hint}`,
          ),
        );
        break;
      case 'pattern':
        if (path.at(-1) === 'reason') {
          problems.push(problemAt(node.offset, `${where} is only white space: say why these ports are expected.${hint}`));
          break;
        }
        problems.push(
          problemAt(
            node.offset,
            `${where} ${clip(JSON.stringify(error.data), 80)} is not valid (${error.message ?? error.keyword}).${hint}`,
          ),
        );
        break;
      default:
        problems.push(
          problemAt(
            node.offset,
            `${where} ${clip(JSON.stringify(error.data) ?? '', 80)} is not valid (${error.message ?? error.keyword}).${hint}`,
          ),
        );
    }
  }
  return problems;
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

function ruleLabel(value: unknown, path: JsonPath): string {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return '';
  const rule = (value as { rules: unknown[] }).rules[path[1]] as { id?: unknown } | undefined;
  return typeof rule?.id === 'string' ? ` (rule "${rule.id}")` : '';
}

function exampleFor(key: string): string {
  const examples: Record<string, string> = {
    reason: '"why these ports are expected"',
    id: '"a-unique-id"',
    match: '{ "name": "web-*" } (or {} for every resource)',
    allow: '{ "tcp": [443] }',
    rules: '[]',
  };
  return examples[key] ?? '...';
}

function typeWords(type: unknown): string {
  const words: Record<string, string> = { integer: 'a whole number', string: 'a string', array: 'a list', object: 'an object' };
  return String(type)
    .split(',')
    .map((t) => words[t] ?? t)
    .join(' or ');
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the fraction ${value}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
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
