// Validates requests and responses against GitHub's published OpenAPI description
// (@octokit/openapi, generated/api.github.com.json). OpenAPI 3.0's `nullable` is mapped to
// JSON Schema before ajv sees it; formats are not checked (the spec's are informal).
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Json = Record<string, unknown>;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  spec: Json;
}

let loaded: { spec: Json; raw: Json; operations: Operation[]; ajv: Ajv; params: Ajv } | undefined;
const compiled = new Map<string, ValidateFunction>();

function load() {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Json;
  const spec = toJsonSchema(raw) as Json;
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
  ajv.addSchema({ $id: 'gh', components: (spec as { components: Json }).components });
  const params = new Ajv({ strict: false, coerceTypes: true, validateFormats: false });
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(spec.paths as Record<string, Json>)) {
    const names: string[] = [];
    const pattern = new RegExp(`^${template.replace(/\{([^}]+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`);
    for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
      if (item[method]) operations.push({ method: method.toUpperCase(), template, pattern, names, spec: item[method] as Json });
    }
  }
  loaded = { spec, raw, operations, ajv, params };
  return loaded;
}

/** nullable -> type/null union; '#/components' refs -> the registered 'gh' document. */
function toJsonSchema(node: unknown, isPropertyMap = false): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n));
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    // Annotations, unless they are the names of properties being defined.
    if (!isPropertyMap && (key === 'example' || key === 'examples' || key === 'discriminator')) continue;
    out[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#/components')
        ? `gh${value}`
        : toJsonSchema(value, key === 'properties');
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    } else {
      return { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}

export interface Matched {
  operation: Operation;
  pathParams: Record<string, string>;
}

export function matchOperation(method: string, path: string): Matched | undefined {
  const { operations } = load();
  // Literal segments beat parameters: /issues/comments must not match /issues/{issue_number}.
  const candidates = operations.filter((o) => o.method === method && o.pattern.test(path));
  candidates.sort((a, b) => a.names.length - b.names.length);
  const operation = candidates[0];
  if (!operation) return undefined;
  const values = operation.pattern.exec(path)!.slice(1);
  return { operation, pathParams: Object.fromEntries(operation.names.map((n, i) => [n, decodeURIComponent(values[i]!)])) };
}

function resolveParam(param: Json): Json {
  const ref = param.$ref;
  if (typeof ref !== 'string') return param;
  const name = ref.split('/').pop()!;
  return ((load().spec.components as Json).parameters as Record<string, Json>)[name]!;
}

function validator(key: string, schema: unknown, ajv: Ajv): ValidateFunction {
  let fn = compiled.get(key);
  if (!fn) {
    fn = ajv.compile(schema as Json);
    compiled.set(key, fn);
  }
  return fn;
}

export function validateRequest(matched: Matched, query: URLSearchParams, body: unknown): string[] {
  const { params, ajv } = load();
  const problems: string[] = [];
  const op = matched.operation;
  const declared = ((op.spec.parameters as Json[] | undefined) ?? []).map(resolveParam);
  for (const [name] of query) {
    if (!declared.some((p) => p.in === 'query' && p.name === name)) problems.push(`unknown query parameter "${name}"`);
  }
  for (const param of declared) {
    const raw =
      param.in === 'query' ? query.get(String(param.name)) : param.in === 'path' ? matched.pathParams[String(param.name)] : undefined;
    if (raw === null || raw === undefined) {
      if (param.required) problems.push(`missing ${String(param.in)} parameter "${String(param.name)}"`);
      continue;
    }
    const check = validator(
      `param:${op.method}:${op.template}:${String(param.name)}`,
      { type: 'object', properties: { v: param.schema } },
      params,
    );
    if (!check({ v: raw }))
      problems.push(`${String(param.in)} parameter "${String(param.name)}"=${raw}: ${params.errorsText(check.errors)}`);
  }
  const bodySchema = ((op.spec.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.['application/json']?.schema;
  if (bodySchema) {
    const check = validator(`body:${op.method}:${op.template}`, bodySchema, ajv);
    if (!check(body)) problems.push(`request body: ${ajv.errorsText(check.errors)}`);
  } else if (body !== undefined) {
    problems.push('a body was sent to an operation that takes none');
  }
  return problems;
}

export function validateResponse(matched: Matched, status: number, body: unknown): string[] {
  const { ajv } = load();
  const op = matched.operation;
  const response = (op.spec.responses as Record<string, Json>)[String(status)];
  if (!response) return [`status ${status} is not a documented response of ${op.method} ${op.template}`];
  const schema = (response.content as Record<string, Json> | undefined)?.['application/json']?.schema;
  if (!schema) return [];
  const check = validator(`response:${op.method}:${op.template}:${status}`, schema, ajv);
  return check(body) ? [] : [`response ${status} body: ${ajv.errorsText(check.errors)}`];
}

export function example(name: string): Json {
  return structuredClone(((load().raw.components as Json).examples as Record<string, { value: Json }>)[name]!.value);
}
