// One port, one exposure. Sources repeat themselves: Classic reports a port in its per-port
// finding and again inside the NetworkExposure aggregate, and several sources may see the
// same port. Identical ranges merge; a range inside a larger reported range of the same
// instance and protocol folds into it, keeping the higher severity, so a port never gets
// two issues.
import { maxSeverity, severityRank, type Exposure } from '../model.js';
import { contains, portCount } from '../ports.js';

export function instanceProtocolKey(e: Exposure): string {
  return `${e.accountId}|${e.region}|${e.resource.id}|${e.protocol}`;
}

export function mergeExposures(exposures: readonly Exposure[]): Exposure[] {
  const groups = new Map<string, Exposure[]>();
  for (const exposure of exposures) {
    const key = instanceProtocolKey(exposure);
    const group = groups.get(key);
    if (group) group.push(exposure);
    else groups.set(key, [exposure]);
  }
  const merged: Exposure[] = [];
  for (const group of groups.values()) for (const exposure of foldGroup(group)) merged.push(exposure);
  return merged;
}

function foldGroup(group: Exposure[]): Exposure[] {
  // Most instances report each port once: nothing to fold, and no copy (200,000 findings
  // would otherwise be held twice).
  if (group.length === 1) return group;
  // Internet exposures first so that a private-path report of the same ports folds into
  // them, never the reverse; then widest first so containers are kept before their parts.
  const ordered = [...group].sort(
    (a, b) =>
      Number(b.reachability === 'internet') - Number(a.reachability === 'internet') ||
      portCount(b.ports) - portCount(a.ports) ||
      a.ports.from - b.ports.from,
  );
  const kept: Exposure[] = [];
  for (const exposure of ordered) {
    const container = kept.find(
      (k) => contains(k.ports, exposure.ports) && (k.reachability === exposure.reachability || k.reachability === 'internet'),
    );
    if (!container) kept.push(cloneExposure(exposure));
    else absorb(container, exposure);
  }
  return kept.sort((a, b) => a.ports.from - b.ports.from || a.ports.to - b.ports.to);
}

function absorb(into: Exposure, part: Exposure): void {
  const sameRange = into.ports.from === part.ports.from && into.ports.to === part.ports.to;
  const sameRoute = into.reachability === part.reachability;
  // A private route says nothing about how bad the internet exposure is.
  if (sameRoute) {
    // The per-port finding names the listening process; prefer its words for the same range.
    if (sameRange && severityRank(part.severity) > severityRank(into.severity)) into.title = part.title;
    into.severity = maxSeverity(into.severity, part.severity);
    // Sources list findings in no fixed order: pick the same path whatever the order.
    if (into.path.length === 0 || (sameRange && part.path.length > 0 && part.path.join(' ') < into.path.join(' ')))
      into.path = [...part.path];
  }
  into.sources = [...new Set([...into.sources, ...part.sources])].sort();
  into.findingIds = [...new Set([...into.findingIds, ...part.findingIds])];
  into.resource.tags = { ...part.resource.tags, ...into.resource.tags };
  into.resource.name ??= part.resource.name;
  into.firstSeen = earliest(into.firstSeen, part.firstSeen);
  into.lastSeen = latest(into.lastSeen, part.lastSeen);
}

function cloneExposure(e: Exposure): Exposure {
  return {
    ...e,
    resource: { ...e.resource, tags: { ...e.resource.tags } },
    ports: { ...e.ports },
    path: [...e.path],
    sources: [...e.sources],
    findingIds: [...e.findingIds],
  };
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  return b !== undefined && b < a ? b : a;
}

function latest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  return b !== undefined && b > a ? b : a;
}
