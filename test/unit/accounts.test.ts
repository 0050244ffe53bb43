import { describe, expect, it } from 'vitest';
import { accountsInScope, memberRoleArn, reportArtifactName, shardOfAccount, wholeReportArtifacts } from '../../src/core/accounts.js';
import { renewing } from '../../src/aws/member-access.js';

const ids = (n: number, from = 100000000000) => Array.from({ length: n }, (_, i) => String(from + i * 7919));

describe('shards', () => {
  it('split the accounts into disjoint shards that together hold every account, roughly evenly', () => {
    const accounts = ids(400);
    const shards = [1, 2, 3, 4].map((index) => accountsInScope(accounts, [], { index, count: 4 }));
    expect(shards.flat().sort()).toEqual([...accounts].sort());
    for (const shard of shards) expect(shard.length).toBeGreaterThan(60);
  });

  it('keep every account in its shard when another account joins the organization', () => {
    const before = ids(50);
    const after = [...before.slice(0, 20), '999999999999', ...before.slice(20)];
    for (const index of [1, 2, 3]) {
      const was = accountsInScope(before, [], { index, count: 3 });
      const now = accountsInScope(after, [], { index, count: 3 });
      expect(now.filter((a) => a !== '999999999999')).toEqual(was);
    }
    expect(shardOfAccount('999999999999', 3)).toBe(shardOfAccount('999999999999', 3));
  });

  it('leave excluded and duplicate accounts out, sorted', () => {
    expect(accountsInScope(['333333333333', '111111111111', '333333333333', '222222222222'], ['222222222222'], undefined)).toEqual([
      '111111111111',
      '333333333333',
    ]);
  });
});

describe('the member role', () => {
  it('is a name in the caller partition, or a template with {account}', () => {
    expect(memberRoleArn('audit/PortwardenReadOnly', '111122223333', 'aws-us-gov')).toBe(
      'arn:aws-us-gov:iam::111122223333:role/audit/PortwardenReadOnly',
    );
    expect(memberRoleArn('arn:aws-cn:iam::{account}:role/Reader', '111122223333', 'aws')).toBe('arn:aws-cn:iam::111122223333:role/Reader');
  });

  it('is assumed again once, shared by concurrent callers, when its session nears its end', async () => {
    let calls = 0;
    const soon = { accessKeyId: 'A1', secretAccessKey: 's', expiration: new Date(Date.now() + 60_000) };
    const later = { accessKeyId: 'A2', secretAccessKey: 's', expiration: new Date(Date.now() + 3_600_000) };
    const provider = renewing(soon, async () => {
      calls++;
      return later;
    });
    const keys = await Promise.all([provider(), provider(), provider()]);
    expect(keys.map((k) => k.accessKeyId)).toEqual(['A2', 'A2', 'A2']);
    expect(calls).toBe(1);
    expect((await provider()).accessKeyId).toBe('A2');
    expect(calls).toBe(1);
    const fresh = renewing(later, async () => {
      calls++;
      return soon;
    });
    expect((await fresh()).accessKeyId).toBe('A2');
    expect(calls).toBe(1);
  });
});

describe('shard report artifacts', () => {
  it('are named per shard and merged only as a complete set', () => {
    const base = 'portwarden-report';
    expect(reportArtifactName(base, { index: 2, count: 4 })).toBe('portwarden-report-2-of-4');
    expect(wholeReportArtifacts(['portwarden-report', 'portwarden-report-1-of-2'], base)).toEqual({ names: ['portwarden-report'] });
    const all = [1, 2, 3].map((i) => `${base}-${i}-of-3`);
    expect(wholeReportArtifacts(['other', ...[...all].reverse()], base)).toEqual({ names: all });
    expect(wholeReportArtifacts([`${base}-1-of-3`, `${base}-3-of-3`], base)).toEqual({
      missing: 'shard(s) 2 of 3 have no "portwarden-report-k-of-3" artifact',
    });
    expect(wholeReportArtifacts([`${base}-5-of-3`, `${base}x-1-of-1`, 'portwarden-report-1-of-1.json'], base)).toBeUndefined();
  });
});
