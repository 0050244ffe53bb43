// Which accounts a run reads, and the role it reads each member account with. Pure: the
// organization's account list and the caller's identity come in as data.
import { createHash } from 'node:crypto';

/** `shard: 2/4` is `{ index: 2, count: 4 }`: this job reads one quarter of the accounts. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * An account's shard hangs on its id, not its position in a list: an account joining the
 * organization moves no other account to another shard (another job, another inbox scope).
 */
export function shardOfAccount(accountId: string, count: number): number {
  return (createHash('sha256').update(accountId).digest().readUInt32BE(0) % count) + 1;
}

/** `portwarden-report`, or `portwarden-report-2-of-4` for a shard: check mode merges a run's complete set. */
export function reportArtifactName(base: string, shard: Shard | undefined): string {
  return shard ? `${base}-${shard.index}-of-${shard.count}` : base;
}

/**
 * The artifacts of one run that make a whole report: the plain name, or every shard of one
 * matrix (all of 1..n, none missing: a missing shard would preview its accounts as empty).
 */
export function wholeReportArtifacts(names: readonly string[], base: string): { names: string[] } | { missing: string } | undefined {
  if (names.includes(base)) return { names: [base] };
  const shards = new Map<number, Set<number>>();
  for (const name of names) {
    const match = /^(\d+)-of-(\d+)$/.exec(name.startsWith(`${base}-`) ? name.slice(base.length + 1) : '');
    if (!match) continue;
    const [index, count] = [Number(match[1]), Number(match[2])];
    if (index >= 1 && index <= count) shards.set(count, (shards.get(count) ?? new Set()).add(index));
  }
  const [count, present] = [...shards].sort((a, b) => b[1].size / b[0] - a[1].size / a[0])[0] ?? [];
  if (count === undefined || !present) return undefined;
  const all = Array.from({ length: count }, (_, i) => i + 1);
  const absent = all.filter((i) => !present.has(i));
  if (absent.length > 0) return { missing: `shard(s) ${absent.join(', ')} of ${count} have no "${base}-k-of-${count}" artifact` };
  return { names: all.map((i) => reportArtifactName(base, { index: i, count })) };
}

/** The accounts listed (or the organization's), minus exclusions, in this shard, sorted. */
export function accountsInScope(accounts: readonly string[], exclude: readonly string[], shard: Shard | undefined): string[] {
  const excluded = new Set(exclude);
  return [...new Set(accounts)].filter((a) => !excluded.has(a) && (!shard || shardOfAccount(a, shard.count) === shard.index)).sort();
}

/** `member-role` as given: a role name (with an optional path) or an ARN template with `{account}`. */
export const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
export const ROLE_ARN_TEMPLATE = /^arn:aws[a-z-]*:iam::\{account\}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

/** The member role's ARN in one account; a bare name takes the caller's partition (aws, aws-cn, aws-us-gov). */
export function memberRoleArn(memberRole: string, accountId: string, partition: string): string {
  return memberRole.startsWith('arn:')
    ? memberRole.replace('{account}', accountId)
    : `arn:${partition}:iam::${accountId}:role/${memberRole}`;
}
