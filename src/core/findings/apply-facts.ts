// Pure: EC2's current facts onto exposures. EC2 wins over tags copied into findings, which
// are as old as the scan; a tag removed in EC2 must stop matching allowlist rules.
import type { Exposure, InstanceFacts } from '../model.js';

export function applyInstanceFacts(exposures: readonly Exposure[], facts: ReadonlyMap<string, InstanceFacts>): Exposure[] {
  return exposures.map((exposure) => {
    const known = facts.get(exposure.resource.id);
    if (!known) return exposure;
    if (known.state === 'missing') return { ...exposure, instanceState: 'missing' };
    const { name: _stale, ...resource } = exposure.resource;
    return {
      ...exposure,
      resource: { ...resource, tags: { ...known.tags }, ...(known.name === undefined ? {} : { name: known.name }) },
      instanceState: known.state,
    };
  });
}
