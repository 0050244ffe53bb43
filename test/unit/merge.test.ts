import { describe, expect, it } from 'vitest';
import { mergeExposures } from '../../src/core/findings/merge.js';
import { exposure, range } from '../support/builders.js';

describe('one port, one exposure', () => {
  it('merges the same port seen by two sources into one exposure naming both', () => {
    const merged = mergeExposures([
      exposure({ sources: ['inspector2'], findingIds: ['a'], severity: 'low' }),
      exposure({ sources: ['inspector-classic'], findingIds: ['b'], severity: 'medium' }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ sources: ['inspector-classic', 'inspector2'], findingIds: ['a', 'b'], severity: 'medium' });
  });

  it('folds a port into a wider reported range of the same instance and protocol, keeping the higher severity', () => {
    const merged = mergeExposures([
      exposure({ ports: range(40000), severity: 'high', findingIds: ['port'] }),
      exposure({ ports: range(32768, 60999), severity: 'informational', findingIds: ['range'] }),
    ]);
    expect(merged).toEqual([expect.objectContaining({ ports: range(32768, 60999), severity: 'high', findingIds: ['range', 'port'] })]);
  });

  it('keeps overlapping ranges that do not contain each other apart, and other protocols and instances apart', () => {
    const merged = mergeExposures([
      exposure({ ports: range(80, 90) }),
      exposure({ ports: range(85, 100) }),
      exposure({ ports: range(85, 100), protocol: 'udp' }),
      exposure({ ports: range(85, 100), instanceId: 'i-other' }),
    ]);
    expect(merged).toHaveLength(4);
  });

  it('folds a private-path report into the internet exposure without raising its severity', () => {
    const merged = mergeExposures([
      exposure({ reachability: 'private', severity: 'high', findingIds: ['peered'] }),
      exposure({ reachability: 'internet', severity: 'low', findingIds: ['igw'] }),
    ]);
    expect(merged).toEqual([expect.objectContaining({ reachability: 'internet', severity: 'low', findingIds: ['igw', 'peered'] })]);
  });

  it('never folds an internet port into a private-path range', () => {
    const merged = mergeExposures([
      exposure({ reachability: 'private', ports: range(0, 65535) }),
      exposure({ reachability: 'internet', ports: range(443) }),
    ]);
    expect(merged.map((e) => [e.reachability, e.ports])).toEqual([
      ['private', range(0, 65535)],
      ['internet', range(443)],
    ]);
  });

  it('keeps the earliest first-seen and the latest last-seen', () => {
    const merged = mergeExposures([
      exposure({ firstSeen: '2026-02-01T00:00:00.000Z', lastSeen: '2026-11-01T00:00:00.000Z' }),
      exposure({ firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-10-01T00:00:00.000Z' }),
    ]);
    expect(merged[0]).toMatchObject({ firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-11-01T00:00:00.000Z' });
  });
});

describe('order independence', () => {
  it('chooses the same path whatever order the findings come in', () => {
    const a = exposure({ path: ['igw-1', 'sg-b'], findingIds: ['a'] });
    const b = exposure({ path: ['igw-1', 'sg-a'], findingIds: ['b'] });
    expect(mergeExposures([a, b])[0]!.path).toEqual(mergeExposures([b, a])[0]!.path);
  });
});
