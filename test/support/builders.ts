// Builders with named overrides, so each test states only what it is about.
import type { AllowRule, Allowlist, EvaluateOptions, Exposure } from '../../src/core/model.js';

export function exposure(
  overrides: Partial<Exposure> & { name?: string; tags?: Record<string, string>; instanceId?: string } = {},
): Exposure {
  const { name, tags, instanceId, ...rest } = overrides;
  const allTags = { ...(name === undefined ? {} : { Name: name }), ...tags };
  return {
    accountId: '111122223333',
    region: 'eu-west-1',
    resource: {
      type: 'ec2-instance',
      id: instanceId ?? 'i-0abc12345def67890',
      ...(allTags.Name === undefined ? {} : { name: allTags.Name }),
      tags: allTags,
    },
    protocol: 'tcp',
    ports: { from: 22, to: 22 },
    severity: 'medium',
    title: 'Port 22 is reachable from an Internet Gateway - TCP',
    reachability: 'internet',
    path: ['igw-1', 'sg-1', 'eni-1'],
    sources: ['inspector2'],
    findingIds: ['arn:aws:inspector2:eu-west-1:111122223333:finding/aaaa'],
    ...rest,
  };
}

export function rule(overrides: Partial<AllowRule> = {}): AllowRule {
  return { id: 'r1', match: {}, allow: { tcp: [{ from: 443, to: 443 }] }, reason: 'test rule', line: 1, ...overrides };
}

export function allowlist(...rules: AllowRule[]): Allowlist {
  return { file: 'allowlist.json', rules };
}

export function evalOptions(overrides: Partial<EvaluateOptions> = {}): EvaluateOptions {
  return { today: '2026-11-23', minSeverity: 'informational', includePrivatePaths: false, ...overrides };
}

export const range = (from: number, to = from) => ({ from, to });
