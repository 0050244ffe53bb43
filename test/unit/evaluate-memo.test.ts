// Property: on random estates and allowlists, evaluate's memoised path (rules matched once per
// resource, looked up through the index) returns exactly the verdicts of the plain scan.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/allowlist/evaluate.js';
import type { AllowRule, Exposure, PortRange, Protocol } from '../../src/core/model.js';
import { evalOptions } from '../support/builders.js';

/** mulberry32: small, seeded, and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(seed: number): { exposures: Exposure[]; rules: AllowRule[]; allowTagKey?: string } {
  const r = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
  const accounts = ['111122223333', '444455556666'];
  const regions = ['eu-west-1', 'us-east-1'];
  const names = ['web-1', 'web-2', 'db-1', 'vpn', undefined];
  const ports = [22, 80, 443, 1194, 5432, 8080];
  const range = (): PortRange => (r() < 0.2 ? { from: 32768, to: 60999 } : ((p) => ({ from: p, to: r() < 0.2 ? p + 10 : p }))(pick(ports)));
  const resources = Array.from({ length: 1 + Math.floor(r() * 8) }, (_, i) => {
    const name = pick(names);
    const tags: Record<string, string> = {};
    if (name !== undefined && r() < 0.8) tags.Name = name;
    if (r() < 0.5) tags.Team = pick(['a', 'b']);
    if (r() < 0.3) tags['portwarden:allow'] = pick(['tcp:80,443', 'udp:1194', 'tcp:22-25', 'nonsense']);
    return {
      accountId: pick(accounts),
      region: pick(regions),
      resource: {
        type: 'ec2-instance' as const,
        id: `i-${(i % 5).toString(16).padStart(17, '0')}`,
        ...(name && r() < 0.5 ? { name } : {}),
        tags,
      },
    };
  });
  const exposures = Array.from({ length: 1 + Math.floor(r() * 30) }, (): Exposure => {
    const place = pick(resources);
    return {
      ...place,
      protocol: pick<Protocol>(['tcp', 'udp']),
      ports: range(),
      severity: pick(['low', 'medium', 'high'] as const),
      title: 't',
      reachability: r() < 0.1 ? 'private' : 'internet',
      path: [],
      sources: ['inspector2'],
      findingIds: [],
    };
  });
  const field = <T>(values: readonly T[]) => (r() < 0.4 ? [pick(values)] : undefined);
  const rules = Array.from({ length: Math.floor(r() * 12) }, (_, i): AllowRule => {
    const match: AllowRule['match'] = {};
    const accountsMatch = field([...accounts, '1111*']);
    if (accountsMatch) match.accounts = accountsMatch;
    const regionsMatch = field([...regions, 'eu-*']);
    if (regionsMatch) match.regions = regionsMatch;
    const ids = field(['i-00000000000000000', 'i-00000000000000001', 'i-0*']);
    if (ids) match.instanceIds = ids;
    const name = field(['web-1', 'web-*', 'db-?', '*']);
    if (name) match.name = name;
    if (r() < 0.3) match.tags = { Team: [pick(['a', 'b', '*'])] };
    const allow: AllowRule['allow'] = {};
    if (r() < 0.8) allow.tcp = [range(), ...(r() < 0.3 ? [range()] : [])];
    if (r() < 0.4) allow.udp = [range()];
    return { id: `rule-${i}`, match, allow, reason: 'property', line: i + 2, ...(r() < 0.15 ? { expires: '2026-01-01' } : {}) };
  });
  return { exposures, rules, ...(r() < 0.5 ? { allowTagKey: 'portwarden:allow' } : {}) };
}

describe('memoised evaluate', () => {
  it('gives the plain scan its exact verdicts on 3,000 seeded random estates', () => {
    let verdicts = 0;
    let covered = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const { exposures, rules, allowTagKey } = generate(seed);
      const options = evalOptions({ today: '2026-12-02', ...(allowTagKey ? { allowTagKey } : {}) });
      const allowlist = { file: 'allowlist.json', rules };
      const memoised = evaluate(exposures, allowlist, options);
      const plain = evaluate(exposures, allowlist, options, { indexed: false });
      expect(memoised, `seed ${seed}`).toEqual(plain);
      verdicts += plain.verdicts.length;
      covered += plain.verdicts.filter((v) => v.rules.length > 0).length;
    }
    // The generator must exercise both outcomes, or the property proves little.
    expect(verdicts).toBeGreaterThan(30_000);
    expect(covered / verdicts).toBeGreaterThan(0.1);
  });
});

describe('fingerprints', () => {
  it('stay the values earlier releases wrote into markers, from an identity or straight from an exposure', async () => {
    const { exposureFingerprint, fingerprintOf, identityOf } = await import('../../src/core/findings/fingerprint.js');
    const { exposure } = await import('../support/builders.js');
    const e = exposure({ accountId: '111122223333', region: 'eu-west-1', instanceId: 'i-0abc', ports: { from: 22, to: 22 } });
    // sha256("111122223333|eu-west-1|i-0abc|tcp|22|22"), first 20 hex digits, as createHash made it.
    expect(fingerprintOf(identityOf(e))).toBe('3cf8f5697ff982d036ed');
    expect(exposureFingerprint(e)).toBe('3cf8f5697ff982d036ed');
  });
});
