// The latest known exposures, for check mode's impact preview without AWS credentials (fork
// pull requests get no OIDC token): from a saved report, or from the open issues' markers.
import { FindingShapeError } from '../errors.js';
import { SEVERITIES, type ExistingIssue, type Exposure } from '../model.js';
import { asText, isObject } from './normalize-shared.js';

export function exposuresFromReport(document: unknown): Exposure[] {
  if (!isObject(document) || !Array.isArray(document.exposures))
    throw new FindingShapeError('is not a Portwarden report: it has no "exposures" list');
  return document.exposures.map((item, index) => {
    const e = item as Record<string, unknown> & { resource?: Record<string, unknown>; ports?: { from?: unknown; to?: unknown } };
    const from = Number(e.ports?.from);
    const to = Number(e.ports?.to);
    if (
      typeof e.accountId !== 'string' ||
      typeof e.region !== 'string' ||
      typeof e.resource?.id !== 'string' ||
      (e.protocol !== 'tcp' && e.protocol !== 'udp') ||
      !Number.isInteger(from) ||
      !Number.isInteger(to)
    ) {
      throw new FindingShapeError(`exposure ${index} lacks account, region, instance, protocol or ports`);
    }
    const tags = isObject(e.resource.tags) ? (e.resource.tags as Record<string, string>) : {};
    return {
      accountId: e.accountId,
      region: e.region,
      resource: {
        type: 'ec2-instance',
        id: e.resource.id,
        ...(typeof e.resource.name === 'string' ? { name: e.resource.name } : {}),
        tags,
      },
      protocol: e.protocol,
      ports: { from, to },
      severity: (SEVERITIES as readonly string[]).includes(asText(e.severity)) ? (e.severity as Exposure['severity']) : 'informational',
      title: asText(e.title ?? ''),
      reachability: e.reachability === 'private' ? 'private' : 'internet',
      path: Array.isArray(e.path) ? e.path.map(asText) : [],
      sources: Array.isArray(e.sources) ? (e.sources as Exposure['sources']) : [],
      findingIds: [],
    };
  });
}

/** Open issues are the unexpected exposures as of the last scheduled run. */
export function exposuresFromIssues(issues: readonly ExistingIssue[]): Exposure[] {
  return issues
    .filter((i) => i.state === 'open')
    .map((i) => ({
      accountId: i.identity.accountId,
      region: i.identity.region,
      resource: {
        type: 'ec2-instance',
        id: i.identity.resourceId,
        ...(i.material.name ? { name: i.material.name } : {}),
        tags: { ...(i.material.name ? { Name: i.material.name } : {}), ...i.tags },
      },
      protocol: i.identity.protocol,
      ports: i.identity.ports,
      severity: i.material.severity,
      title: i.title,
      reachability: i.material.reachability,
      path: i.material.path,
      sources: i.sources,
      findingIds: [],
    }));
}
