// Whether accept mode may write the issue's branch. A branch is reused only when Portwarden's
// account opened its pull request and the branch's head is the commit Portwarden recorded
// there when it last pushed: commit author names and e-mails can be forged, the account that
// opened a pull request cannot.
import type { OwnAccounts } from '../../github/identity.js';
import { isOwn } from '../../github/identity.js';
import type { GitHubSession } from '../../github/session.js';
import { branchHead, pullsForBranch } from '../../github/pull-requests.js';

export const ACCEPT_MARKER = '<!-- portwarden-accept:';

export type BranchPlan = { kind: 'create' } | { kind: 'reset' } | { kind: 'update'; pull: number } | { kind: 'refuse'; why: string };

export async function branchPlan(session: GitHubSession, branch: string, writers: OwnAccounts): Promise<BranchPlan> {
  const { github, target } = session;
  const pulls = await pullsForBranch(github, target, branch);
  const open = pulls.find((p) => p.state === 'open');
  if (open) {
    if (!isOwn(open.user, writers))
      return {
        kind: 'refuse',
        why: `its open pull request #${open.number} was opened by ${open.user?.login ?? 'another account'}, not by Portwarden`,
      };
    const pushed = recordedHead(open.body);
    if (open.headSha !== pushed)
      return {
        kind: 'refuse',
        why: `pull request #${open.number} has commits Portwarden did not make (its head is ${open.headSha.slice(0, 12)}, Portwarden last pushed ${pushed?.slice(0, 12) ?? 'nothing it recorded'})`,
      };
    return { kind: 'update', pull: open.number };
  }
  const head = await branchHead(github, target, branch);
  if (head === undefined) return { kind: 'create' };
  // A branch left by Portwarden's own closed pull request is started again from the base.
  const left = pulls.some((p) => isOwn(p.user, writers) && recordedHead(p.body) === head);
  return left
    ? { kind: 'reset' }
    : { kind: 'refuse', why: `the branch exists and its last commit ${head.slice(0, 12)} is not one Portwarden pushed` };
}

export function headRecord(issue: number, head: string): string {
  return `${ACCEPT_MARKER}${JSON.stringify({ issue, head })} -->`;
}

function recordedHead(body: string | null | undefined): string | undefined {
  const start = body?.lastIndexOf(ACCEPT_MARKER) ?? -1;
  if (!body || start < 0) return undefined;
  try {
    const value = JSON.parse(body.slice(start + ACCEPT_MARKER.length, body.indexOf(' -->', start))) as { head?: unknown };
    return typeof value.head === 'string' ? value.head : undefined;
  } catch {
    return undefined;
  }
}

export function mergeAccounts(a: OwnAccounts, b: OwnAccounts): OwnAccounts {
  return { ids: new Set([...a.ids, ...b.ids]), logins: [...new Set([...a.logins, ...b.logins])] };
}
