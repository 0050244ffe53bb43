import { maxSeverity, type ExistingIssue, type Exposure } from '../model.js';

/**
 * What a scan wrote stays: the event only proves that this port is open now. Its Name, tags
 * and path (anyone with events:PutEvents or the dispatch token could have written them) are
 * replaced by the issue's, and its severity can only raise the issue's.
 */
export function withScanFacts(exposure: Exposure, issues: readonly ExistingIssue[]): Exposure {
  const issue = issues.find((i) => i.state === 'open') ?? issues[0];
  if (!issue) return exposure;
  const name = issue.material.name ?? undefined;
  const resource = { ...exposure.resource, tags: { ...issue.tags }, ...(name === undefined ? {} : { name }) };
  if (name === undefined) delete resource.name;
  return {
    ...exposure,
    resource,
    path: [...issue.material.path],
    reachability: issue.material.reachability,
    severity: maxSeverity(exposure.severity, issue.material.severity),
    sources: [...new Set([...issue.sources, ...exposure.sources])],
  };
}
