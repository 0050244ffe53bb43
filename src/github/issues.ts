// Reading Portwarden's issues: once per run, by label (state all, 100 per page), plus the
// issues our own account created, so an issue whose label a person removed is still found
// (and its label restored) instead of duplicated. Never one search per finding.
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
  const creator = labelled.find((i) => !i.pull_request && decodeMarker(i.body))?.user?.login ?? (await ownLogin(github));
  take(await github.paginate(github.rest.issues.listForRepo, { ...target, creator, state: 'all', per_page: 100 }));
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
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
