// The hidden marker in every Portwarden issue body: the identity and the material facts the
// issue was last written with, so planning never parses titles or prose, and a steady state
// can be recognised without re-rendering anything.
//
// A marker is data from an issue body, which people can edit: it is validated against a
// schema, and one that does not fit makes only its own issue skipped, with the problem in
// words. It is also bounded: whatever AWS or an export says (100 kB names, 50 tags of 256
// characters), the marker stays a few kilobytes, so the body fits GitHub's 65,536 characters.
import { Ajv, type ErrorObject } from 'ajv';
import { PROTOCOLS, SEVERITIES, SOURCES, type ExposureIdentity, type FindingOrigin, type MaterialFacts } from '../model.js';
import { clip } from '../text.js';
import { VERSION } from '../version.js';

export interface IssueMarker {
  v: 1;
  fingerprint: string;
  identity: ExposureIdentity;
  sources: FindingOrigin[];
  /** What an update is for: a change in any of these is worth a notification. */
  material: MaterialFacts;
  /** The instance's tags when written, so check mode can evaluate rules that match tags. */
  tags?: Record<string, string>;
  /** The Portwarden that last wrote it ("portwarden 0.2.0"); never compared, so an upgrade edits nothing. */
  by?: string;
}

export type MarkerRead = { kind: 'none' } | { kind: 'invalid'; problem: string } | { kind: 'valid'; marker: IssueMarker };

export const MARKER_PREFIX = '<!-- portwarden:';
const PREFIX = MARKER_PREFIX;
const SUFFIX = ' -->';

/** AWS's own limits: a tag key has at most 128 characters, a value (and so a Name) 256. */
export const LIMITS = {
  id: 256,
  name: 256,
  tagKey: 128,
  tagValue: 256,
  pathComponent: 128,
  pathChars: 2_000,
  tagChars: 6_000,
  uncovered: 2_000,
} as const;

export function encodeMarker(marker: IssueMarker): string {
  const bounded: IssueMarker = {
    ...marker,
    identity: {
      ...marker.identity,
      accountId: clip(marker.identity.accountId, LIMITS.id),
      region: clip(marker.identity.region, LIMITS.id),
      resourceId: clip(marker.identity.resourceId, LIMITS.id),
    },
    material: boundMaterial(marker.material),
    ...(marker.tags ? { tags: boundTags(marker.tags) } : {}),
    by: `portwarden ${VERSION}`,
  };
  return `${PREFIX}${escapeJson(JSON.stringify(bounded))}${SUFFIX}`;
}

/** Escape what could end the HTML comment or be read as markup; JSON.parse undoes it. */
function escapeJson(json: string): string {
  return json.replace(/[<>&@#-]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The material facts as a marker can hold them; planning compares these bounded forms. */
export function boundMaterial(material: MaterialFacts): MaterialFacts {
  const path: string[] = [];
  let used = 0;
  for (const component of material.path) {
    const kept = clip(component, LIMITS.pathComponent);
    used += escapeJson(JSON.stringify(kept)).length;
    if (used > LIMITS.pathChars) break;
    path.push(kept);
  }
  return {
    ...material,
    name: material.name === null ? null : clip(material.name, LIMITS.name),
    path,
    uncovered: clip(material.uncovered, LIMITS.uncovered),
  };
}

/**
 * Tags within AWS's limits, while they fit the budget. A tag is kept whole or not at all: a
 * cut value would make `/portwarden allow scope: tag:KEY` write a rule that matches nothing.
 */
function boundTags(tags: Readonly<Record<string, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  let used = 0;
  for (const [key, value] of Object.entries(tags)) {
    if (key.length > LIMITS.tagKey || value.length > LIMITS.tagValue) continue;
    const size = escapeJson(JSON.stringify(key) + JSON.stringify(value)).length + 2;
    if (used + size > LIMITS.tagChars) continue;
    used += size;
    Object.defineProperty(kept, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return kept;
}

export function readMarker(body: string | null | undefined): MarkerRead {
  if (!body) return { kind: 'none' };
  const start = body.lastIndexOf(PREFIX);
  if (start < 0) return { kind: 'none' };
  const end = body.indexOf(SUFFIX, start);
  if (end < 0) return { kind: 'invalid', problem: 'the marker comment is not closed with "-->"' };
  let value: unknown;
  try {
    value = JSON.parse(body.slice(start + PREFIX.length, end));
  } catch {
    return { kind: 'invalid', problem: 'the marker is not valid JSON' };
  }
  if (!validate(value)) return { kind: 'invalid', problem: describeProblem(validate.errors?.[0]) };
  return { kind: 'valid', marker: value as unknown as IssueMarker };
}

export function decodeMarker(body: string | null | undefined): IssueMarker | undefined {
  const read = readMarker(body);
  return read.kind === 'valid' ? read.marker : undefined;
}

const text = { type: 'string' };
const port = { type: 'integer', minimum: 0, maximum: 65535 };
// Unknown fields are allowed: a newer Portwarden may add some, and an older one must not
// call its markers invalid.
const markerSchema = {
  type: 'object',
  required: ['v', 'fingerprint', 'identity', 'sources', 'material'],
  properties: {
    v: { const: 1 },
    fingerprint: { type: 'string', pattern: '^[0-9a-f]{20}$' },
    identity: {
      type: 'object',
      required: ['accountId', 'region', 'resourceId', 'protocol', 'ports'],
      properties: {
        accountId: text,
        region: text,
        resourceId: text,
        protocol: { enum: [...PROTOCOLS] },
        ports: { type: 'object', required: ['from', 'to'], properties: { from: port, to: port } },
      },
    },
    sources: { type: 'array', items: { enum: SOURCES.filter((s) => s !== 'file') } },
    material: {
      type: 'object',
      required: ['severity', 'uncovered', 'name', 'reachability', 'path'],
      properties: {
        severity: { enum: [...SEVERITIES] },
        uncovered: text,
        name: { type: ['string', 'null'] },
        reachability: { enum: ['internet', 'private'] },
        path: { type: 'array', items: text },
      },
    },
    tags: { type: 'object', additionalProperties: text },
    by: text,
  },
};
const validate = new Ajv({ allErrors: false, strict: false }).compile(markerSchema);

function describeProblem(error: ErrorObject | undefined): string {
  if (!error) return 'the marker does not have the expected shape';
  const field = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const where = field === '' ? 'the marker' : `marker field "${field}"`;
  switch (error.keyword) {
    case 'required':
      return `${where} lacks "${String(error.params.missingProperty)}"`;
    case 'type':
      return `${where} must be ${String(error.params.type).replace(',', ' or ')}`;
    case 'enum':
      return `${where} must be one of ${(error.params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${where} must be ${JSON.stringify(error.params.allowedValue)} (a marker version this Portwarden does not know)`;
    case 'pattern':
      return `${where} is not a Portwarden fingerprint (20 hexadecimal digits)`;
    default:
      return `${where} ${error.message ?? 'is not valid'}`;
  }
}
