// Reading Portwarden's issues: once per run, by label (state all, 100 per page). An issue whose
// label a person removed is found by one search for our account's unlabelled issues (usually
// none), so it is relabelled, closed or reopened instead of duplicated. Never one search per finding.
import { ConfigError, messageOf } from '../errors.js';
import { decodeMarker } from '../issues/marker.js';
import { PORTWARDEN_LABEL } from '../issues/plan.js';
import type { ExistingIssue } from '../model.js';
import { statusOf, type GitHub, type GitHubTarget } from './client.js';

/** The GITHUB_TOKEN's identity; /user is not readable with it. */
const ACTIONS_BOT = 'github-actions[bot]';

type IssueItem = Awaited<ReturnType<GitHub['rest']['issues']['listForRepo']>>['data'][number];

export async function assertPrivateRepository(github: GitHub, target: GitHubTarget, allowPublic: boolean): Promise<void> {
  let isPrivate: boolean;
  try {
    isPrivate = (await github.rest.repos.get({ ...target })).data.private;
  } catch (error) {
    throw new ConfigError(`repository: cannot read ${target.owner}/${target.repo} (${statusOf(error) ?? ''} ${messageOf(error)}): check the name and that the token may read it`);
  }
  if (!isPrivate && !allowPublic) {
    throw new ConfigError(
      `allow-public-repository: ${target.owner}/${target.repo} is public, and Portwarden issues describe your attack surface. Use a private repository, or set allow-public-repository: true`,
    );
  }
}

export async function listPortwardenIssues(github: GitHub, target: GitHubTarget): Promise<ExistingIssue[]> {
  const byNumber = new Map<number, ExistingIssue>();
  const take = (items: IssueItem[]) => {
    for (const item of items) {
      if (item.pull_request) continue;
      const issue = toExistingIssue(item);
      if (issue) byNumber.set(issue.number, issue);
    }
  };
  const labelled = await github.paginate(github.rest.issues.listForRepo, { ...target, labels: PORTWARDEN_LABEL, state: 'all', per_page: 100 });
  take(labelled);
  // Everyone who wrote our issues: after a token change (GITHUB_TOKEN to an App) there are two.
  const creators = new Set(labelled.filter((i) => !i.pull_request && decodeMarker(i.body)).flatMap((i) => (i.user?.login ? [i.user.login] : [])));
  if (creators.size === 0) creators.add(await ownLogin(github));
  for (const creator of creators) take(await unlabelledIssuesOf(github, target, creator));
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/**
 * The creator's issues without our label. The search costs one request where listing all of the
 * creator's issues would cost as many pages as the label listing again; when the search cannot
 * answer completely (an error, a timed-out search, over its 1,000-result cap) the exact listing
 * is used at once, without retries. The search index trails writes by seconds: a label removed in the moment before a run
 * is found by the next run, and an issue opened meanwhile is closed then as a duplicate.
 */
async function unlabelledIssuesOf(github: GitHub, target: GitHubTarget, creator: string): Promise<IssueItem[]> {
  const author = creator.endsWith('[bot]') ? `app/${creator.slice(0, -'[bot]'.length)}` : creator;
  const q = `repo:${target.owner}/${target.repo} is:issue -label:${PORTWARDEN_LABEL} author:${author}`;
  try {
    // Page by page: octokit's paginate would drop the per-request `retries` option.
    const found: IssueItem[] = [];
    for (let page = 1; ; page++) {
      const { data } = await github.rest.search.issuesAndPullRequests({ q, per_page: 100, page, request: { retries: 0 } });
      if (data.incomplete_results || data.total_count > 1000) throw new Error('incomplete search');
      found.push(...(data.items as unknown as IssueItem[]));
      if (data.items.length < 100 || found.length >= data.total_count) break;
    }
    return found;
  } catch {
    const all = await github.paginate(github.rest.issues.listForRepo, { ...target, creator, state: 'all', per_page: 100 });
    return all.filter((i) => !i.labels.some((l) => (typeof l === 'string' ? l : l.name) === PORTWARDEN_LABEL));
  }
}

async function ownLogin(github: GitHub): Promise<string> {
  try {
    return (await github.rest.users.getAuthenticated()).data.login;
  } catch {
    return ACTIONS_BOT;
  }
}

export function toExistingIssue(item: Pick<IssueItem, 'number' | 'state' | 'state_reason' | 'title' | 'body' | 'labels'>): ExistingIssue | undefined {
  const marker = decodeMarker(item.body);
  if (!marker) return undefined;
  return {
    number: item.number,
    state: item.state === 'closed' ? 'closed' : 'open',
    stateReason: (item.state_reason ?? null) as ExistingIssue['stateReason'],
    title: item.title,
    body: item.body ?? '',
    labels: item.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    fingerprint: marker.fingerprint,
    identity: marker.identity,
    sources: marker.sources,
    material: marker.material,
    ...(marker.tags ? { tags: marker.tags } : {}),
  };
}
