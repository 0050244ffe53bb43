// Inspector v2 findings (ListFindings items, EventBridge `detail`) -> exposures.
// Keyed on `networkReachabilityDetails`, never on the title, whose wording for ranges and
// non-internet paths is undocumented.
import { FindingShapeError } from '../errors.js';
import type { Exposure, Protocol, Severity } from '../model.js';
import { MAX_PORT } from '../ports.js';
import { tagMap } from '../tags.js';
import { arnParts, asText, isObject, isoTime, optionalString, requireString, type Json } from './normalize-shared.js';

const SEVERITY: Record<string, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  INFORMATIONAL: 'informational',
  UNTRIAGED: 'informational',
};

const INTERNET_EDGE = /internet\s*gateway/i;
const PRIVATE_EDGE = /peering|vpn|virtual\s*private\s*gateway|transit\s*gateway|direct\s*connect/i;

export type Inspector2Result = { kind: 'exposure'; exposure: Exposure } | { kind: 'skipped'; reason: string };

export function isInspector2Finding(value: unknown): boolean {
  return isObject(value) && typeof value.findingArn === 'string' && value.findingArn.includes(':inspector2:');
}

export function normalizeInspector2Finding(finding: unknown): Inspector2Result {
  if (!isObject(finding)) throw new FindingShapeError('finding is not an object');
  const arn = requireString(finding.findingArn, 'findingArn');
  if (finding.type !== 'NETWORK_REACHABILITY') return { kind: 'skipped', reason: `type ${asText(finding.type)}` };
  if (finding.status !== undefined && finding.status !== 'ACTIVE') {
    return { kind: 'skipped', reason: `status ${asText(finding.status)}` };
  }
  const resource = (Array.isArray(finding.resources) ? finding.resources : []).find(isObject);
  if (!resource) throw new FindingShapeError('resources is empty');
  if (resource.type !== 'AWS_EC2_INSTANCE') return { kind: 'skipped', reason: `resource type ${asText(resource.type)}` };

  const details = finding.networkReachabilityDetails;
  if (!isObject(details)) throw new FindingShapeError('networkReachabilityDetails is missing');
  const fromArn = arnParts(arn);
  const accountId = optionalString(finding.awsAccountId) ?? fromArn?.accountId;
  const region = optionalString(resource.region) ?? fromArn?.region;
  if (!accountId || !region) throw new FindingShapeError('account or region missing and not in findingArn');
  const tags = readTags(resource.tags);
  const steps = readSteps(details.networkPath);
  const severityText = asText(finding.severity ?? '').toUpperCase();
  const severity = SEVERITY[severityText];
  if (!severity) throw new FindingShapeError(`severity "${asText(finding.severity)}" is not one of ${Object.keys(SEVERITY).join(', ')}`);

  return {
    kind: 'exposure',
    exposure: {
      accountId,
      region,
      resource: { type: 'ec2-instance', id: requireString(resource.id, 'resources[0].id'), name: tags.Name, tags },
      protocol: readProtocol(details.protocol),
      ports: readPortRange(details.openPortRange),
      severity,
      title: optionalString(finding.title) ?? optionalString(finding.description) ?? arn,
      // Private only when the path names a private edge and no internet gateway: no path, or
      // components named otherwise, count as internet (a false alarm costs less than a hidden port).
      reachability: steps.some((s) => INTERNET_EDGE.test(s.type)) || !steps.some((s) => PRIVATE_EDGE.test(s.type)) ? 'internet' : 'private',
      path: steps.map((s) => s.id),
      sources: ['inspector2'],
      findingIds: [arn],
      firstSeen: isoTime(finding.firstObservedAt),
      lastSeen: isoTime(finding.lastObservedAt),
    },
  };
}

function readTags(value: unknown): Record<string, string> {
  return tagMap(
    isObject(value) ? Object.entries(value).flatMap(([key, tag]) => (typeof tag === 'string' ? [[key, tag] as const] : [])) : [],
  );
}

function readSteps(path: unknown): { id: string; type: string }[] {
  const steps = isObject(path) && Array.isArray(path.steps) ? path.steps : [];
  return steps.filter(isObject).map((s: Json) => ({ id: asText(s.componentId ?? ''), type: asText(s.componentType ?? '') }));
}

function readProtocol(value: unknown): Protocol {
  const protocol = asText(value ?? '').toLowerCase();
  if (protocol !== 'tcp' && protocol !== 'udp') {
    throw new FindingShapeError(`networkReachabilityDetails.protocol "${asText(value)}" is not TCP or UDP`);
  }
  return protocol;
}

function readPortRange(value: unknown): { from: number; to: number } {
  if (!isObject(value)) throw new FindingShapeError('networkReachabilityDetails.openPortRange is missing');
  const from = portNumber(value.begin);
  const to = portNumber(value.end);
  if (from === undefined || to === undefined || from > to) {
    throw new FindingShapeError(`openPortRange ${JSON.stringify(value)} is not a range within 0-${MAX_PORT}`);
  }
  return { from, to };
}

/**
 * A port is a whole number 0-65535, or its digits as text (`"22 "`). `Number()` would read
 * `null`, `""`, `false` and `[]` as port 0 and report a range nobody has.
 */
function portNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= MAX_PORT ? value : undefined;
  if (typeof value === 'string' && /^\s*\d{1,5}\s*$/.test(value)) return Number(value) <= MAX_PORT ? Number(value) : undefined;
  return undefined;
}
