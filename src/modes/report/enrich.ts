// Stage "enrich": EC2 facts (Name, tags, state) for every (account, region) this run read,
// with that account's credentials: the caller's own, or its member role. One batched lookup
// per place covers the exposures and the open issues whose port is absent, so a stopped
// instance is never mistaken for a closed port. Facts a source already read are not asked
// again. An account without credentials (no member-role) keeps its findings' tags, and the
// plan holds its absent ports; a failed lookup or role makes its scopes incomplete (returned,
// not mutated).
import { mapConcurrently } from '../../aws/batching.js';
import { describeInstances } from '../../aws/ec2-facts.js';
import { applyInstanceFacts } from '../../core/findings/apply-facts.js';
import type { ExistingIssue, Exposure, InstanceFacts, Scope, SourceResult } from '../../core/model.js';
import type { AwsRun } from './aws-sources.js';

export interface Enriched {
  exposures: Exposure[];
  instances: Map<string, InstanceFacts>;
  scopes: Scope[];
}

const placeOf = (accountId: string, region: string) => `${accountId}\u0000${region}`;

export async function enrichWithEc2(
  found: { exposures: Exposure[]; scopes: Scope[]; results: readonly SourceResult[] },
  issues: readonly ExistingIssue[],
  run: AwsRun,
): Promise<Enriched> {
  const instances = new Map<string, InstanceFacts>();
  for (const result of found.results) for (const facts of result.instances ?? []) instances.set(facts.id, facts);
  const wanted = idsByPlace(found.exposures, issues, instances);
  // Every place a source judged (Security Hub's can lie beyond the configured regions).
  const places = new Map<string, { accountId: string; region: string }>();
  for (const s of found.scopes) if (s.source !== 'file' && s.region !== '*') places.set(placeOf(s.accountId, s.region), s);
  const unreadable = new Map<string, string>();
  await mapConcurrently([...places.values()], run.concurrency, async ({ accountId, region }) => {
    const ids = wanted.get(placeOf(accountId, region)) ?? [];
    // Nothing to ask: no member role is assumed only to learn nothing.
    if (ids.length === 0) return;
    const access = await run.accounts.access(accountId);
    if (!access) return;
    if (!access.ok) return void unreadable.set(accountId, access.reason);
    const lookup = await describeInstances(region, ids, access.context);
    if (!lookup.ok) return void unreadable.set(placeOf(accountId, region), `${lookup.reason}; instance tags and states are unknown`);
    for (const [id, facts] of lookup.facts) instances.set(id, facts);
  });
  const why = (s: Scope) => unreadable.get(s.accountId) ?? unreadable.get(placeOf(s.accountId, s.region));
  const scopes = found.scopes.map((s): Scope => {
    const reason = s.status === 'complete' && s.source !== 'file' ? why(s) : undefined;
    return reason ? { ...s, status: 'incomplete', reason } : s;
  });
  return { exposures: applyInstanceFacts(found.exposures, instances), instances, scopes };
}

/** The instance ids to look up per place: exposures' and open issues' not already known. */
function idsByPlace(exposures: readonly Exposure[], issues: readonly ExistingIssue[], known: ReadonlyMap<string, InstanceFacts>) {
  const wanted = new Map<string, Set<string>>();
  const want = (accountId: string, region: string, id: string) => {
    if (known.has(id)) return;
    const key = placeOf(accountId, region);
    const ids = wanted.get(key) ?? new Set<string>();
    ids.add(id);
    wanted.set(key, ids);
  };
  for (const e of exposures) want(e.accountId, e.region, e.resource.id);
  for (const i of issues) if (i.state === 'open') want(i.identity.accountId, i.identity.region, i.identity.resourceId);
  return new Map([...wanted].map(([key, ids]) => [key, [...ids]]));
}
