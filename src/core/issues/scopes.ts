// Which of this run's scopes can speak for an issue's place and sources.
import type { Scope, SourceName } from '../model.js';
import type { PlanInput } from './plan.js';

/**
 * Security Hub relays Inspector's findings: its scope speaks for ports Inspector reported, so
 * issues opened from Inspector can close when a team moves to reading Security Hub.
 */
const RELAYED: Partial<Record<SourceName, readonly SourceName[]>> = { securityhub: ['inspector2', 'inspector-classic'] };

function speaksFor(scope: Scope, sources: readonly string[]): boolean {
  return sources.includes(scope.source) || (RELAYED[scope.source] ?? []).some((origin) => sources.includes(origin));
}

/**
 * The run's scopes by place, built once per scope list: an organisation has hundreds of
 * places and thousands of issues, and scanning every scope for every issue is quadratic.
 */
const byPlace = new WeakMap<readonly Scope[], Map<string, Scope[]>>();

function scopesAt(input: PlanInput, accountId: string, region: string): readonly Scope[] {
  let places = byPlace.get(input.scopes);
  if (!places) {
    places = new Map();
    for (const scope of input.scopes) {
      const key = `${scope.accountId}\u0000${scope.region}`;
      const list = places.get(key);
      if (list) list.push(scope);
      else places.set(key, [scope]);
    }
    byPlace.set(input.scopes, places);
  }
  // A scope of region `*` (an account whose regions could not be listed) covers every region.
  const here = places.get(`${accountId}\u0000${region}`) ?? [];
  const everywhere = places.get(`${accountId}\u0000*`);
  return everywhere ? [...here, ...everywhere] : here;
}

/** Scopes this run looked at for a place and sources that can prove a port gone there. */
export function scopesFor(input: PlanInput, accountId: string, region: string, sources: readonly string[]): Scope[] {
  return scopesAt(input, accountId, region).filter((s) => s.provesAbsence !== false && speaksFor(s, sources));
}

export function partialScopes(input: PlanInput, accountId: string, region: string, sources: readonly string[]): Scope[] {
  // Any scope of the place that is not complete taints what we know there (EC2 facts failed,
  // one of two sources failed): it must not close or rewrite an issue.
  return scopesAt(input, accountId, region).filter((s) => s.status !== 'complete' && (s.source === 'file' || speaksFor(s, sources)));
}

export const partialDetail = (scopes: Scope[]) => scopes.map((s) => `${s.source} ${s.accountId}/${s.region} is ${s.status}`).join('; ');
