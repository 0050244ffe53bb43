// Accept mode's branch and pull request: one branch and one pull request per issue, written
// only by Portwarden (modes/accept/branch.ts decides whether a branch may be reused).
import { statusOf, type GitHub, type GitHubTarget } from './client.js';
import { readFileAt } from './repository.js';

export type PullSummary = {
  number: number;
  state: string;
  body: string | null;
  headSha: string;
  user: { id?: number; login?: string } | null;
};

/** Every pull request (open or closed) whose head is `branch` in the repository itself. */
export async function pullsForBranch(github: GitHub, target: GitHubTarget, branch: string): Promise<PullSummary[]> {
  const pulls = (await github.rest.pulls.list({ ...target, head: `${target.owner}:${branch}`, state: 'all', per_page: 100 })).data;
  return pulls.map((p) => ({ number: p.number, state: p.state, body: p.body, headSha: p.head.sha, user: p.user }));
}

/** The branch's last commit; `undefined` when there is no such branch. */
export async function branchHead(github: GitHub, target: GitHubTarget, branch: string): Promise<string | undefined> {
  try {
    return (await github.rest.git.getRef({ ...target, ref: `heads/${branch}` })).data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

export interface AcceptChange {
  branch: string;
  /** `create`: a new branch; `reset`: a branch Portwarden left, started again from the base; `update`: the branch of the open pull request. */
  branchAction: 'create' | 'reset' | 'update';
  baseBranch: string;
  baseSha: string;
  path: string;
  text: string;
  commitMessage: string;
  title: string;
  /** The pull request's description, given the commit Portwarden pushed (recorded in it). */
  body: (head: string) => string;
  /** The open pull request for this issue, when `update`. */
  existingPull?: number;
}

/** Accept mode's pull request: the branch, the edited allowlist committed there, one pull request per issue. */
export async function openOrUpdatePullRequest(
  github: GitHub,
  target: GitHubTarget,
  change: AcceptChange,
): Promise<{ number: number; url: string; created: boolean }> {
  const ref = `heads/${change.branch}`;
  if (change.branchAction === 'create') await github.rest.git.createRef({ ...target, ref: `refs/${ref}`, sha: change.baseSha });
  if (change.branchAction === 'reset') await github.rest.git.updateRef({ ...target, ref, sha: change.baseSha, force: true });
  const sha = (await readFileAt(github, target, change.path, change.branch))?.sha;
  const commit = await github.rest.repos.createOrUpdateFileContents({
    ...target,
    path: change.path,
    branch: change.branch,
    message: change.commitMessage,
    content: Buffer.from(change.text).toString('base64'),
    ...(sha ? { sha } : {}),
  });
  const body = change.body(commit.data.commit.sha ?? '');
  if (change.existingPull !== undefined) {
    const pull = await github.rest.pulls.update({ ...target, pull_number: change.existingPull, title: change.title, body });
    return { number: pull.data.number, url: pull.data.html_url, created: false };
  }
  try {
    const pull = await github.rest.pulls.create({ ...target, title: change.title, head: change.branch, base: change.baseBranch, body });
    return { number: pull.data.number, url: pull.data.html_url, created: true };
  } catch (error) {
    // A branch with Portwarden's commit but no pull request would be refused next time (its
    // head is recorded nowhere): take it away, so the command can simply be repeated.
    await github.rest.git.deleteRef({ ...target, ref }).catch(() => undefined);
    throw error;
  }
}
