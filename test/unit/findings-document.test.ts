import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exposuresFromDocument } from '../../src/core/findings/findings-document.js';
import { mergeExposures } from '../../src/core/findings/merge.js';
import { fingerprintOf, identityOf } from '../../src/core/findings/fingerprint.js';
import type { Exposure } from '../../src/core/model.js';

const examples = (name: string) => JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
const v2Doc = () => examples('inspector2-findings.json');
const classicDoc = () => examples('classic-findings.json');

const brief = (e: Exposure) => `${e.resource.id} ${e.protocol} ${e.ports.from}-${e.ports.to} ${e.severity}`;

function v2Finding(overrides: Record<string, unknown> = {}) {
  return { ...structuredClone(v2Doc().findings[0]), ...overrides };
}

describe('Inspector v2 ListFindings', () => {
  it('turns each network-reachability finding into one exposure with its identity and facts', () => {
    const { format, exposures } = exposuresFromDocument(v2Doc());
    expect(format).toBe('inspector2');
    expect(exposures).toHaveLength(11);
    const ecs = exposures.find((e) => e.ports.from === 32768)!;
    expect(ecs).toMatchObject({
      accountId: '111122223333',
      region: 'eu-west-1',
      resource: { id: 'i-0d4e5f60718293a4b', tags: { 'aws:autoscaling:groupName': 'ecs-prod-workers' } },
      protocol: 'tcp',
      ports: { from: 32768, to: 60999 },
      severity: 'medium',
      reachability: 'internet',
      sources: ['inspector2'],
    });
    expect(ecs.resource.name).toBeUndefined();
    expect(ecs.path[0]).toMatch(/^igw-/);
  });

  it('reads an array of raw API pages and a bare array of findings the same way', () => {
    const findings = v2Doc().findings;
    const pages = [{ findings: findings.slice(0, 4), nextToken: 'x' }, { findings: findings.slice(4) }];
    const expected = exposuresFromDocument(v2Doc()).exposures;
    expect(exposuresFromDocument(pages).exposures).toEqual(expected);
    expect(exposuresFromDocument(findings).exposures).toEqual(expected);
  });

  it('counts and skips findings that are not active network reachability on EC2', () => {
    const doc = {
      findings: [
        v2Finding({ type: 'PACKAGE_VULNERABILITY' }),
        v2Finding({ status: 'SUPPRESSED' }),
        v2Finding({ status: 'CLOSED' }),
        v2Finding(),
      ],
    };
    const result = exposuresFromDocument(doc);
    expect(result.exposures).toHaveLength(1);
    expect(result.skipped).toEqual({ 'type PACKAGE_VULNERABILITY': 1, 'status SUPPRESSED': 1, 'status CLOSED': 1 });
  });

  it('marks peered-VPC paths private and unknown paths internet', () => {
    const { exposures } = exposuresFromDocument(v2Doc());
    expect(exposures.find((e) => e.resource.name === 'orders-db')!.reachability).toBe('private');
    const noPath = v2Finding();
    delete (noPath.networkReachabilityDetails as { networkPath?: unknown }).networkPath;
    expect(exposuresFromDocument({ findings: [noPath] }).exposures[0]!.reachability).toBe('internet');
  });

  it.each([
    ['CRITICAL', 'critical'],
    ['HIGH', 'high'],
    ['LOW', 'low'],
    ['INFORMATIONAL', 'informational'],
    ['UNTRIAGED', 'informational'],
  ])('normalises severity %s to %s', (severity, expected) => {
    expect(exposuresFromDocument({ findings: [v2Finding({ severity })] }).exposures[0]!.severity).toBe(expected);
  });

  it('accepts epoch-second timestamps as the wire sends them', () => {
    const finding = v2Finding({ firstObservedAt: 1730711551.402 });
    expect(exposuresFromDocument({ findings: [finding] }).exposures[0]!.firstSeen).toBe('2024-11-04T09:12:31.402Z');
  });

  it('names the finding when a network finding lacks what an exposure needs', () => {
    const broken = v2Finding();
    delete (broken as { networkReachabilityDetails?: unknown }).networkReachabilityDetails;
    expect(() => exposuresFromDocument({ findings: [v2Finding(), broken] })).toThrow(
      /^finding 1 \(arn:aws:inspector2:eu-west-1:111122223333:finding\/[0-9a-f]+\): networkReachabilityDetails is missing\. Remove it from the file/,
    );
    const badRange = v2Finding({ networkReachabilityDetails: { protocol: 'TCP', openPortRange: { begin: 90, end: 80 } } });
    expect(() => exposuresFromDocument({ findings: [badRange] })).toThrow(/openPortRange .* is not a range/);
  });
});

describe('Inspector Classic DescribeFindings', () => {
  it('splits multi-range TCP_PORTS and UDP_PORTS into one exposure per range, with or without separators', () => {
    const { format, exposures } = exposuresFromDocument(classicDoc());
    expect(format).toBe('inspector-classic');
    const vpn = exposures.filter((e) => e.resource.name === 'vpn-edge').map(brief);
    expect(vpn).toEqual(
      expect.arrayContaining([
        'i-0b2c3d4e5f6aa02b tcp 443-443 informational',
        'i-0b2c3d4e5f6aa02b udp 500-500 informational',
        'i-0b2c3d4e5f6aa02b udp 1194-1194 informational',
        'i-0b2c3d4e5f6aa02b udp 4500-4500 informational',
        'i-0b2c3d4e5f6aa02b udp 1194-1194 low',
      ]),
    );
  });

  it('takes account and region from the finding ARN and tags from the asset', () => {
    const { exposures } = exposuresFromDocument(classicDoc());
    expect(exposures[0]).toMatchObject({ accountId: '111122223333', region: 'us-east-1', resource: { name: 'web-prod-01' } });
    const noName = exposures.find((e) => e.resource.id === 'i-0c3d4e5f6aa03c4d')!;
    expect(noName.resource.name).toBeUndefined();
    expect(noName.resource.tags).toEqual({ Team: 'data' });
  });

  it('folds the per-port finding and the aggregate into one exposure per port, keeping the higher severity', () => {
    const merged = mergeExposures(exposuresFromDocument(classicDoc()).exposures);
    const web = merged.filter((e) => e.resource.name === 'web-prod-01').map(brief);
    expect(web).toEqual([
      'i-0a1b2c3d4e5f6aa01 tcp 22-22 medium',
      'i-0a1b2c3d4e5f6aa01 tcp 80-80 informational',
      'i-0a1b2c3d4e5f6aa01 tcp 443-443 informational',
    ]);
    const ssh = merged.find((e) => e.resource.name === 'web-prod-01' && e.ports.from === 22)!;
    expect(ssh.title).toContain("process 'sshd'");
    expect(ssh.findingIds).toHaveLength(2);
  });

  it('reads the route from REACHABILITY_TYPE and skips other rules packages', () => {
    const finding = structuredClone(classicDoc().findings[0]);
    const peered = structuredClone(finding);
    peered.attributes = peered.attributes.map((a: { key: string; value: string }) =>
      a.key === 'REACHABILITY_TYPE' ? { key: a.key, value: 'PeeredVpc' } : a,
    );
    const cve = {
      ...structuredClone(finding),
      attributes: [
        { key: 'INSTANCE_ID', value: 'i-1' },
        { key: 'CVE_ID', value: 'CVE-2024-1' },
      ],
    };
    const result = exposuresFromDocument({ findings: [peered, cve] });
    expect(result.exposures.map((e) => e.reachability)).toEqual(['private']);
    expect(result.skipped).toEqual({ 'not a network reachability finding': 1 });
  });

  it('rejects a port attribute that is not ranges, naming the finding', () => {
    const finding = structuredClone(classicDoc().findings[1]);
    finding.attributes = finding.attributes.map((a: { key: string; value: string }) =>
      a.key === 'TCP_PORTS' ? { key: a.key, value: '[[22 - 22], ssh]' } : a,
    );
    expect(() => exposuresFromDocument({ findings: [finding] })).toThrow(
      /^finding 0 \(arn:aws:inspector:us-east-1:.*\): .*"ssh\]?" where a range/,
    );
  });

  it('reports the failed items of an incomplete export', () => {
    const doc = {
      ...classicDoc(),
      failedItems: { 'arn:aws:inspector:us-east-1:111122223333:x': { failureCode: 'INTERNAL_ERROR', retryable: true } },
    };
    expect(exposuresFromDocument(doc).failedItems).toEqual(['arn:aws:inspector:us-east-1:111122223333:x']);
  });
});

describe('documents that are neither', () => {
  it('rejects a document without findings and a mix of both formats', () => {
    expect(() => exposuresFromDocument({ items: [] })).toThrow(
      /^the document is an object with "items": expected the output of "aws inspector2 list-findings"/,
    );
    expect(() => exposuresFromDocument({ findings: [v2Finding(), classicDoc().findings[0]] })).toThrow(/mixes Inspector v2 and Classic/);
  });

  it('reads an empty export as no exposures', () => {
    expect(exposuresFromDocument({ findings: [] })).toMatchObject({ format: 'empty', exposures: [] });
  });
});

describe('fingerprints', () => {
  it('are the same for the same port from Classic, v2 and a file, whatever the finding ARN', () => {
    const fromV2 = exposuresFromDocument({ findings: [v2Finding()] }).exposures[0]!;
    const classicFinding = structuredClone(classicDoc().findings[0]);
    classicFinding.arn = classicFinding.arn.replace('us-east-1', 'eu-west-1').replace(/finding\/.*/, 'finding/0-other');
    classicFinding.attributes = classicFinding.attributes.map((a: { key: string; value: string }) =>
      a.key === 'INSTANCE_ID' ? { key: a.key, value: fromV2.resource.id } : a.key === 'PORT' ? { key: a.key, value: '80' } : a,
    );
    const fromClassic = exposuresFromDocument({ findings: [classicFinding] }).exposures[0]!;
    expect(fromClassic.findingIds).not.toEqual(fromV2.findingIds);
    expect(fingerprintOf(identityOf(fromClassic))).toBe(fingerprintOf(identityOf(fromV2)));

    const otherArn = exposuresFromDocument({
      findings: [v2Finding({ findingArn: 'arn:aws:inspector2:eu-west-1:111122223333:finding/ffff' })],
    });
    expect(fingerprintOf(identityOf(otherArn.exposures[0]!))).toBe(fingerprintOf(identityOf(fromV2)));
  });

  it('differ when any part of the identity differs', () => {
    const base = {
      accountId: '111122223333',
      region: 'eu-west-1',
      resourceId: 'i-1',
      protocol: 'tcp' as const,
      ports: { from: 22, to: 22 },
    };
    const variants = [
      { ...base, accountId: '444455556666' },
      { ...base, region: 'us-east-1' },
      { ...base, resourceId: 'i-2' },
      { ...base, protocol: 'udp' as const },
      { ...base, ports: { from: 22, to: 23 } },
    ];
    const prints = new Set([base, ...variants].map(fingerprintOf));
    expect(prints.size).toBe(6);
  });
});

describe('truncated exports', () => {
  it('are recognised by the next-page token of the last page', () => {
    expect(exposuresFromDocument({ ...v2Doc(), nextToken: 'more' }).truncated).toBe(true);
    expect(exposuresFromDocument([{ ...v2Doc(), nextToken: 'x' }, v2Doc()]).truncated).toBe(false);
    expect(exposuresFromDocument(v2Doc()).truncated).toBe(false);
  });
});
