// Stage "enrich": EC2 facts (Name, tags, state) for the caller's account, one batched lookup
// per region. Other accounts' instances cannot be described with these credentials: their
// findings' own tags are used. A failed lookup makes its scopes incomplete (returned, not
// mutated), so a stopped instance is never mistaken for a closed port.
import type { AwsContext } from '../../aws/clients.js';
import { describeInstances } from '../../aws/ec2-facts.js';
import { applyInstanceFacts } from '../../core/findings/apply-facts.js';
import type { ExistingIssue, Exposure, InstanceFacts, Scope } from '../../core/model.js';

export interface Enriched {
  exposures: Exposure[];
  instances: Map<string, InstanceFacts>;
  scopes: Scope[];
}

export async function enrichWithEc2(
  found: { exposures: Exposure[]; scopes: Scope[] },
  issues: readonly ExistingIssue[],
  regions: readonly string[],
  context: AwsContext,
): Promise<Enriched> {
  let { exposures, scopes } = found;
  const instances = new Map<string, InstanceFacts>();
  const openIssueInstances = issues.filter((i) => i.state === 'open').map((i) => i.identity);
  // Security Hub's scopes can name regions beyond the configured ones.
  const all = [...new Set([...regions, ...scopes.filter((s) => s.source !== 'file').map((s) => s.region)])];
  for (const region of all) {
    const ours = (i: { accountId: string; region: string }) => i.region === region && i.accountId === context.callerAccountId;
    // One batched lookup covers the exposures and the open issues whose port is absent, so
    // stopped and terminated instances are told apart from closed ports.
    const ids = [...exposures.filter(ours).map((e) => e.resource.id), ...openIssueInstances.filter(ours).map((i) => i.resourceId)];
    const lookup = await describeInstances(region, ids, context);
    if (lookup.ok) {
      exposures = applyInstanceFacts(exposures, lookup.facts);
      for (const [id, facts] of lookup.facts) instances.set(id, facts);
    } else {
      const reason = `${lookup.reason}; instance tags and states are unknown`;
      scopes = scopes.map((s) => (ours(s) && s.status === 'complete' ? { ...s, status: 'incomplete', reason } : s));
    }
  }
  return { exposures, instances, scopes };
}
