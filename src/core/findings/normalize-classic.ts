// Inspector Classic DescribeFindings items -> exposures. Classic reports per reachability
// route and per rule type; the per-port types carry `PORT`, the aggregate `NetworkExposure`
// carries `TCP_PORTS`/`UDP_PORTS` (and a misleading `PROTOCOL: TCP`, ignored here).
import { FindingShapeError } from '../errors.js';
import type { Exposure, PortRange, Protocol, Severity } from '../model.js';
import { parseClassicPortList, parsePort, PortError } from '../ports.js';
import { tagMap } from '../tags.js';
import { arnParts, asText, isObject, isoTime, optionalString, requireString } from './normalize-shared.js';

const NETWORK_RULE_TYPES = new Set([
  'RecognizedPortWithListener',
  'RecognizedPortNoListener',
  'RecognizedPortNoAgent',
  'UnrecognizedPortWithListener',
  'NetworkExposure',
]);

const SEVERITY: Record<string, Severity> = {
  High: 'high',
  Medium: 'medium',
  Low: 'low',
  Informational: 'informational',
  Undefined: 'informational',
};

/** Path components in the order traffic meets them, edge first. */
const PATH_KEYS = ['IGW', 'VGW', 'PCX', 'ELB', 'ELB2', 'ACL', 'SECURITY_GROUP', 'ENI'];

export type ClassicResult = { kind: 'exposures'; exposures: Exposure[] } | { kind: 'skipped'; reason: string };

export function isClassicFinding(value: unknown): boolean {
  return isObject(value) && typeof value.arn === 'string' && value.arn.includes(':inspector:') && 'attributes' in value;
}

export function normalizeClassicFinding(finding: unknown): ClassicResult {
  if (!isObject(finding)) throw new FindingShapeError('finding is not an object');
  const arn = requireString(finding.arn, 'arn');
  const attributes = readAttributes(finding.attributes);
  const ruleType = attributes.get('RULE_TYPE');
  if (!ruleType || !NETWORK_RULE_TYPES.has(ruleType)) {
    return { kind: 'skipped', reason: ruleType ? `rule type ${ruleType}` : 'not a network reachability finding' };
  }
  const location = arnParts(arn);
  if (!location) throw new FindingShapeError(`arn "${arn}" has no region and account`);
  const asset = isObject(finding.assetAttributes) ? finding.assetAttributes : {};
  const instanceId = attributes.get('INSTANCE_ID') ?? optionalString(asset.agentId);
  if (!instanceId) throw new FindingShapeError('INSTANCE_ID attribute is missing');
  // Own keys only: a severity of "constructor" must not find Object's.
  const label = asText(finding.severity);
  const severity = Object.hasOwn(SEVERITY, label) ? SEVERITY[label] : undefined;
  if (!severity) throw new FindingShapeError(`severity "${label}" is not one of ${Object.keys(SEVERITY).join(', ')}`);
  const tags = readTags(asset.tags);

  const base = {
    accountId: location.accountId,
    region: location.region,
    resource: { type: 'ec2-instance' as const, id: instanceId, name: tags.Name, tags },
    severity,
    title: optionalString(finding.title) ?? optionalString(finding.id) ?? arn,
    reachability: reachabilityOf(attributes.get('REACHABILITY_TYPE'), optionalString(finding.id)),
    path: PATH_KEYS.flatMap((key) => attributes.get(key) ?? []),
    sources: ['inspector-classic' as const],
    findingIds: [arn],
    firstSeen: isoTime(finding.createdAt),
    lastSeen: isoTime(finding.updatedAt),
  };
  const exposures = openPorts(ruleType, attributes).map(({ protocol, ports }) => ({ ...base, protocol, ports }));
  return { kind: 'exposures', exposures };
}

function openPorts(ruleType: string, attributes: Map<string, string>): { protocol: Protocol; ports: PortRange }[] {
  try {
    if (ruleType === 'NetworkExposure') {
      const listed = (['tcp', 'udp'] as const).flatMap((protocol) => {
        const text = attributes.get(`${protocol.toUpperCase()}_PORTS`);
        return text === undefined ? [] : parseClassicPortList(text).map((ports) => ({ protocol, ports }));
      });
      if (!attributes.has('TCP_PORTS') && !attributes.has('UDP_PORTS')) {
        throw new FindingShapeError('NetworkExposure finding has neither TCP_PORTS nor UDP_PORTS');
      }
      return listed;
    }
    const port = attributes.get('PORT');
    if (port === undefined) throw new FindingShapeError(`${ruleType} finding has no PORT attribute`);
    return [{ protocol: readProtocol(attributes.get('PROTOCOL')), ports: parsePort(port) }];
  } catch (error) {
    if (error instanceof PortError) throw new FindingShapeError(error.message);
    throw error;
  }
}

function reachabilityOf(type: string | undefined, id: string | undefined): 'internet' | 'private' {
  if (type !== undefined) return type.toLowerCase() === 'internet' ? 'internet' : 'private';
  // Older exports lack REACHABILITY_TYPE; the finding id names the route. Unknown is internet:
  // a false alarm costs less than a hidden exposure.
  return id && /peered vpc|virtual private gateway/i.test(id) ? 'private' : 'internet';
}

function readProtocol(value: string | undefined): Protocol {
  const protocol = (value ?? '').toLowerCase();
  if (protocol !== 'tcp' && protocol !== 'udp') throw new FindingShapeError(`PROTOCOL "${value ?? ''}" is not TCP or UDP`);
  return protocol;
}

function readAttributes(value: unknown): Map<string, string> {
  if (!Array.isArray(value)) throw new FindingShapeError('attributes is not a list');
  const map = new Map<string, string>();
  for (const item of value) {
    if (isObject(item) && typeof item.key === 'string' && typeof item.value === 'string') map.set(item.key, item.value);
  }
  return map;
}

function readTags(value: unknown): Record<string, string> {
  const pairs = Array.isArray(value)
    ? value.flatMap((tag) => (isObject(tag) && typeof tag.key === 'string' ? [[tag.key, asText(tag.value ?? '')] as const] : []))
    : [];
  return tagMap(pairs);
}
