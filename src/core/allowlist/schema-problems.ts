// Schema errors (ajv) as problems a person can fix: the key or value, the rule, the fix.
import type { ErrorObject } from 'ajv';
import type { Node as JsonNode } from 'jsonc-parser';
import type { Problem } from '../errors.js';
import { closest } from '../suggest.js';
import { clip } from '../text.js';
import { describePath, keyNodeOf, nodeAt, pointerToPath, type JsonPath } from './positions.js';

export type ProblemAt = (offset: number, message: string) => Problem;

/** Each schema error once, worded for the person editing the file, at its key or value. */
export function schemaProblems(errors: ErrorObject[], root: JsonNode, value: unknown, problemAt: ProblemAt): Problem[] {
  // `"alow"` makes two errors: an unknown key and a missing `allow`. The first says it all.
  const explainedByTypo = new Set(
    errors
      .filter((e) => e.keyword === 'additionalProperties')
      .map((e) => `${e.instancePath}|${closest(String(e.params.additionalProperty), knownKeys(e)) ?? ''}`),
  );
  return errors
    .filter(
      (error) => !(error.keyword === 'required' && explainedByTypo.has(`${error.instancePath}|${String(error.params.missingProperty)}`)),
    )
    .map((error) => {
      const path = pointerToPath(error.instancePath);
      const node = nodeAt(root, path);
      const message = schemaMessage(error, `${describePath(path)}${ruleLabel(value, path)}`, path.at(-1) === 'reason');
      const at = error.keyword === 'additionalProperties' ? (keyNodeOf(node, String(error.params.additionalProperty)) ?? node) : node;
      return problemAt(at.offset, message);
    });
}

function knownKeys(error: ErrorObject): string[] {
  return Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
}

function schemaMessage(error: ErrorObject, where: string, isReason: boolean): string {
  const hint = typeof error.parentSchema?.description === 'string' ? ` ${error.parentSchema.description}` : '';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const guess = closest(key, knownKeys(error));
      return `unknown key "${key}" in ${where}${guess ? `: did you mean "${guess}"?` : '.'} Allowed keys: ${knownKeys(error).join(', ')}.`;
    }
    case 'required': {
      const missing = String(error.params.missingProperty);
      return `${where} has no "${missing}": add "${missing}": ${exampleFor(missing)}`;
    }
    case 'maximum':
    case 'minimum':
      return `port ${JSON.stringify(error.data)} at ${where} is outside 0-65535: use a port from 0 to 65535, or a range such as "32768-60999".`;
    case 'type':
      return `${where} must be ${typeWords(error.params.type)}, not ${jsonType(error.data)}.${hint}`;
    case 'maxLength':
      return `${where} has ${String(error.data).length} characters, more than ${String(error.params.limit)}: shorten it.${hint}`;
    case 'pattern':
      if (isReason) return `${where} is only white space: say why these ports are expected.${hint}`;
      return `${where} ${clip(JSON.stringify(error.data), 80)} is not valid (${error.message ?? error.keyword}).${hint}`;
    default:
      return `${where} ${clip(JSON.stringify(error.data) ?? '', 80)} is not valid (${error.message ?? error.keyword}).${hint}`;
  }
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
