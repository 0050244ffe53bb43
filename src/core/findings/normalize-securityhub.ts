// Security Hub (ASFF) findings of Amazon Inspector -> exposures. Security Hub only relays what
// Inspector found, so each finding is turned back into the Inspector shape it came from and
// read by that version's normaliser: the same exposures, with the same fingerprints, as when
// Inspector is read directly. Only the origin (`securityhub`) and the finding ids differ.
//
// Classic findings carry their attributes as `ProductFields["attributes/<KEY>"]` (verified on
// real findings). v2 findings are marked `ProductFields["aws/inspector/ProductVersion"] = "2"`
// and carry the port range and protocol in the ASFF `Network` or `NetworkPath` fields, the title
// ("Port 22 is reachable from an Internet Gateway - TCP", "Port range 8000 - 8100 is ...") or
// the description ("the port range 22-22 is reachable from"): every place is read, and they
// must agree (see V2_PORT_PLACES).
import { FindingShapeError } from '../errors.js';
import type { Exposure, SecurityHubFindingRef } from '../model.js';
import { normalizeClassicFinding } from './normalize-classic.js';
import { normalizeInspector2Finding } from './normalize-inspector2.js';
import { asText, isObject, optionalString, type Json } from './normalize-shared.js';

export type SecurityHubResult =
  { kind: 'exposures'; exposures: Exposure[]; ref: SecurityHubFindingRef } | { kind: 'skipped'; reason: string };

const CLASSIC_SEVERITY: Record<string, string> = {
  CRITICAL: 'High',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
  INFORMATIONAL: 'Informational',
};
const NETWORK_TITLE = /reachable from/i;

export function normalizeSecurityHubFinding(finding: unknown): SecurityHubResult {
  if (!isObject(finding)) throw new FindingShapeError('finding is not an object');
  const id = optionalString(finding.Id);
  if (!id) throw new FindingShapeError('Id is missing');
  const productArn = optionalString(finding.ProductArn);
  if (!productArn) throw new FindingShapeError(`${id}: ProductArn is missing`);
  if (finding.RecordState !== undefined && finding.RecordState !== 'ACTIVE')
    return { kind: 'skipped', reason: `record state ${asText(finding.RecordState)}` };
  const fields = isObject(finding.ProductFields) ? finding.ProductFields : {};
  const product = optionalString(finding.ProductName) ?? optionalString(fields['aws/securityhub/ProductName']);
  if (product !== undefined && product !== 'Inspector') return { kind: 'skipped', reason: `product ${product}` };
  const resource = (Array.isArray(finding.Resources) ? finding.Resources : []).find(isObject);
  if (!resource) throw new FindingShapeError(`${id}: Resources is empty`);
  if (resource.Type !== 'AwsEc2Instance') return { kind: 'skipped', reason: `resource type ${asText(resource.Type)}` };
  // Inspector's own status: a finding Inspector suppressed or closed is not read directly either.
  const inspectorStatus = optionalString(fields['aws/inspector/FindingStatus']);
  if (inspectorStatus !== undefined && inspectorStatus !== 'ACTIVE')
    return { kind: 'skipped', reason: `Inspector status ${inspectorStatus}` };
  const note = isObject(finding.Note) ? finding.Note : {};
  const ref = {
    id,
    productArn,
    workflowStatus: optionalString(isObject(finding.Workflow) ? finding.Workflow.Status : undefined) ?? 'NEW',
    ...(optionalString(note.UpdatedBy) ? { noteBy: asText(note.UpdatedBy) } : {}),
  };

  try {
    if (asText(fields['aws/inspector/ProductVersion'] ?? '') === '2') {
      const result = normalizeInspector2Finding(asInspector2(finding, fields, resource));
      return result.kind === 'skipped' ? result : { kind: 'exposures', exposures: [relayed(result.exposure, id)], ref };
    }
    if (Object.keys(fields).some((key) => key.startsWith('attributes/'))) {
      const result = normalizeClassicFinding(asClassic(finding, fields, resource));
      return result.kind === 'skipped' ? result : { kind: 'exposures', exposures: result.exposures.map((e) => relayed(e, id)), ref };
    }
  } catch (error) {
    if (error instanceof FindingShapeError) throw new FindingShapeError(`${id}: ${error.message}`);
    throw error;
  }
  // It passed the server's filter for network findings: an unknown shape must not pass as "no ports".
  throw new FindingShapeError(
    `${id}: an Inspector finding with neither ProductFields["aws/inspector/ProductVersion"] = "2" nor "attributes/*" keys`,
  );
}

function relayed(exposure: Exposure, id: string): Exposure {
  return { ...exposure, sources: ['securityhub'], findingIds: [id] };
}

/**
 * Where a v2 finding's port range and protocol can stand in ASFF, in the order they are read.
 * No public v2 network finding in ASFF is available to show which of them Security Hub fills
 * (the `Network` object is deprecated in the ASFF reference), so each is read, and two that
 * disagree make the finding unreadable rather than a guess.
 */
export const V2_PORT_PLACES = ['Network', 'NetworkPath', 'Title', 'Description'] as const;
type PortPlace = (typeof V2_PORT_PLACES)[number];
const PLACE_WORDS =
  'Network.OpenPortRange, the NetworkPath ingress port ranges, the title ("Port 22 …", "Port range 8000 - 8100 …") or the description ("the port range 22-22 is reachable from")';
type PortsFound = { place: PortPlace; protocol?: string; begin: unknown; end: unknown };

// "Port 22 is reachable from an Internet Gateway - TCP"; "Port range 8000 - 8100 is reachable ... - TCP"
const TITLE_PORTS = /^Port (?:range )?(\d{1,5})(?:\s*-\s*(\d{1,5}))? is reachable from .+ - (TCP|UDP)$/i;
// "On the instance i-…, the port range 22-22 is reachable from the InternetGateway igw-…"
const DESCRIPTION_PORTS = /\bthe port range (\d{1,5})\s*-\s*(\d{1,5}) is reachable from\b/i;

function portsOf(finding: Json): PortsFound[] {
  const found: PortsFound[] = [];
  const network = isObject(finding.Network) ? finding.Network : {};
  if (isObject(network.OpenPortRange))
    found.push({
      place: 'Network',
      protocol: optionalString(network.Protocol),
      begin: network.OpenPortRange.Begin,
      end: network.OpenPortRange.End,
    });
  const path = (Array.isArray(finding.NetworkPath) ? finding.NetworkPath : []).filter(isObject);
  for (const component of path) {
    const ingress = isObject(component.Ingress) ? component.Ingress : undefined;
    const range =
      ingress && isObject(ingress.Destination) && Array.isArray(ingress.Destination.PortRanges)
        ? ingress.Destination.PortRanges.find(isObject)
        : undefined;
    if (range) {
      found.push({ place: 'NetworkPath', protocol: optionalString(ingress?.Protocol), begin: range.Begin, end: range.End });
      break;
    }
  }
  const title = TITLE_PORTS.exec(optionalString(finding.Title) ?? '');
  if (title) found.push({ place: 'Title', protocol: title[3], begin: Number(title[1]), end: Number(title[2] ?? title[1]) });
  const description = DESCRIPTION_PORTS.exec(optionalString(finding.Description) ?? '');
  if (description) found.push({ place: 'Description', begin: Number(description[1]), end: Number(description[2]) });
  return found;
}

/** The one port range and protocol the places agree on; a disagreement is an unreadable finding. */
function agreedPorts(found: PortsFound[]): { protocol: unknown; openPortRange: Json } | undefined {
  const first = found[0];
  if (!first) return undefined;
  for (const other of found.slice(1)) {
    if (asText(other.begin) !== asText(first.begin) || asText(other.end) !== asText(first.end)) {
      throw new FindingShapeError(
        `${first.place} says ports ${asText(first.begin)}-${asText(first.end)} but ${other.place} says ${asText(other.begin)}-${asText(other.end)}`,
      );
    }
  }
  const protocols = [...new Set(found.flatMap((f) => (f.protocol ? [f.protocol.toUpperCase()] : [])))];
  if (protocols.length > 1) throw new FindingShapeError(`the protocol is given as ${protocols.join(' and ')} in different places`);
  return { protocol: protocols[0], openPortRange: { begin: first.begin, end: first.end } };
}

/** v2: back to the ListFindings shape. */
function asInspector2(finding: Json, fields: Json, resource: Json): Json {
  const title = optionalString(finding.Title) ?? '';
  const types = Array.isArray(finding.Types) ? finding.Types.map(String) : [];
  const path = (Array.isArray(finding.NetworkPath) ? finding.NetworkPath : []).filter(isObject);
  const found = portsOf(finding);
  // Prose alone does not make a finding a network one (a CVE's description may quote ports).
  const isNetwork =
    found.some((f) => f.place !== 'Description') || NETWORK_TITLE.test(title) || types.some((t) => /network reachability/i.test(t));
  const details = isNetwork ? agreedPorts(found) : undefined;
  // A v2 network finding without its ports must fail loudly, never pass as "no ports".
  if (isNetwork && !details) throw new FindingShapeError(`a v2 network reachability finding whose port range is in none of ${PLACE_WORDS}`);
  if (details && details.protocol === undefined)
    throw new FindingShapeError(`a v2 network reachability finding whose protocol is in none of ${PLACE_WORDS}`);
  const instanceId = instanceIdOf(resource, fields);
  return {
    findingArn: finding.Id,
    awsAccountId: finding.AwsAccountId,
    type: isNetwork ? 'NETWORK_REACHABILITY' : `not network reachability (${types.join(', ') || title})`,
    status: 'ACTIVE',
    severity: isObject(finding.Severity) ? finding.Severity.Label : undefined,
    title,
    firstObservedAt: finding.FirstObservedAt,
    lastObservedAt: finding.LastObservedAt,
    resources: [
      {
        type: 'AWS_EC2_INSTANCE',
        id: instanceId,
        region: optionalString(resource.Region) ?? optionalString(finding.Region),
        tags: resource.Tags,
      },
    ],
    ...(details
      ? {
          networkReachabilityDetails: {
            ...details,
            networkPath: { steps: path.map((c) => ({ componentId: c.ComponentId, componentType: c.ComponentType })) },
          },
        }
      : {}),
  };
}

/** Classic: back to the DescribeFindings shape. */
function asClassic(finding: Json, fields: Json, resource: Json): Json {
  const attributes = Object.entries(fields)
    .filter(([key, value]) => key.startsWith('attributes/') && typeof value === 'string')
    .map(([key, value]) => ({ key: key.slice('attributes/'.length), value }));
  const label = isObject(finding.Severity) ? asText(finding.Severity.Label ?? '') : '';
  const tags = isObject(resource.Tags) ? Object.entries(resource.Tags).map(([key, value]) => ({ key, value: asText(value) })) : [];
  const region = optionalString(resource.Region) ?? optionalString(finding.Region);
  const account = optionalString(finding.AwsAccountId);
  // The Classic finding ARN holds its account and region; built from the ASFF fields when absent.
  const arn =
    optionalString(fields['aws/inspector/arn']) ??
    (region && account ? `arn:aws:inspector:${region}:${account}:finding/${asText(finding.Id)}` : asText(finding.Id));
  return {
    arn,
    id: fields['aws/inspector/id'],
    title: finding.Title,
    severity: (Object.hasOwn(CLASSIC_SEVERITY, label) ? CLASSIC_SEVERITY[label] : undefined) ?? label,
    attributes,
    assetAttributes: { tags },
    createdAt: finding.FirstObservedAt ?? finding.CreatedAt,
    updatedAt: finding.LastObservedAt ?? finding.UpdatedAt,
  };
}

/** Resource ids come as instance ARNs, ARNs without `instance/`, or bare ids. */
function instanceIdOf(resource: Json, fields: Json): string | undefined {
  const fromId = /\bi-[0-9a-f]{8,17}\b/.exec(asText(resource.Id ?? ''))?.[0];
  return fromId ?? optionalString(fields['aws/inspector/instanceId']);
}
