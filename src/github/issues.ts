// Reading Portwarden's issues: once per run, by label (state all, 100 per page). An issue whose
// label a person removed is found by one search for our account's unlabelled issues (usually
// none), so it is relabelled, closed or reopened instead of duplicated. Never one search per finding.
//
// Only issues that Portwarden's own account opened count, whatever their label or marker: a
// marker is public facts anyone can paste into an issue of their own.
import { ConfigError, messageOf } from '../core/errors.js';
import { readMarker, type IssueMarker } from '../core/issues/marker.js';
import { PORTWARDEN_LABEL } from '../core/issues/plan.js';
import type { ExistingIssue } from '../core/model.js';
import { statusOf, type GitHub, type GitHubTarget } from './client.js';
import { isOwn, type OwnAccounts } from './identity.js';

type IssueItem = Awaited<ReturnType<GitHub['rest']['issues']['listForRepo']>>['data'][number];

export interface IssueListing {
  issues: ExistingIssue[];
  /** Portwarden's own issues it could not read: each is left alone, the run goes on. */
  skipped: { number: number; problem: string }[];
  /** Issues by other accounts that carry a Portwarden marker: ignored. */
  foreign: { number: number; author: string }[];
}

export async function assertPrivateRepository(github: GitHub, target: GitHubTarget, allowPublic: boolean): Promise<void> {
  let isPrivate: boolean;
  try {
    isPrivate = (await github.rest.repos.get({ ...target })).data.private;
  } catch (error) {
    throw new ConfigError(
      `repository: cannot read ${target.owner}/${target.repo} (${statusOf(error) ?? ''} ${messageOf(error)}): check the name and that the token may read it`,
    );
  }
  if (!isPrivate && !allowPublic) {
    throw new ConfigError(
      `allow-public-repository: ${target.owner}/${target.repo} is public, and Portwarden issues describe your attack surface. Use a private repository, or set allow-public-repository: true`,
    );
  }
}

export async function listPortwardenIssues(github: GitHub, target: GitHubTarget, own: OwnAccounts): Promise<IssueListing> {
  const listing: IssueListing = { issues: [], skipped: [], foreign: [] };
  const seen = new Set<number>();
  const labelled = await github.paginate(github.rest.issues.listForRepo, {
    ...target,
    labels: PORTWARDEN_LABEL,
    state: 'all',
    per_page: 100,
  });
  const unlabelled: IssueItem[] = [];
  for (const login of own.logins) unlabelled.push(...(await unlabelledIssuesOf(github, target, login)));
  for (const [item, hasLabel] of [...labelled.map((i) => [i, true] as const), ...unlabelled.map((i) => [i, false] as const)]) {
    if (item.pull_request || seen.has(item.number)) continue;
    seen.add(item.number);
    const read = await readIssue(github, target, item, own, hasLabel);
    if (read.kind === 'issue') listing.issues.push(read.issue);
    else if (read.kind === 'foreign') listing.foreign.push({ number: item.number, author: read.author });
    else if (read.kind === 'skipped') listing.skipped.push({ number: item.number, problem: read.problem });
  }
  listing.issues.sort((a, b) => a.number - b.number);
  return listing;
}

type IssueRead =
  { kind: 'issue'; issue: ExistingIssue } | { kind: 'foreign'; author: string } | { kind: 'skipped'; problem: string } | { kind: 'none' };

type IssueFields = Pick<IssueItem, 'number' | 'state' | 'state_reason' | 'title' | 'body' | 'labels'> & {
  user?: { id?: number; login?: string } | null;
};

/**
 * One issue as Portwarden's, or why not. `hasLabel`: labelled issues without a marker in the
 * body look for it in Portwarden's identity comment; our account's other issues (a personal
 * token's, found by the search) are none of our business.
 */
export async function readIssue(
  github: GitHub,
  target: GitHubTarget,
  item: IssueFields,
  own: OwnAccounts,
  hasLabel = true,
): Promise<IssueRead> {
  const read = readMarker(item.body);
  if (!isOwn(item.user, own))
    return read.kind === 'none' ? { kind: 'none' } : { kind: 'foreign', author: item.user?.login ?? 'an unknown account' };
  if (read.kind === 'valid') return { kind: 'issue', issue: toExistingIssue(item, read.marker, 'body') };
  if (!hasLabel && read.kind === 'none') return { kind: 'none' };
  const restored = await markerFromIdentityComment(github, target, item.number, own);
  if (restored) return { kind: 'issue', issue: toExistingIssue(item, restored, 'comment') };
  return { kind: 'skipped', problem: read.kind === 'invalid' ? read.problem : 'its body has no Portwarden marker' };
}

/** Portwarden's first comment on an issue holds a second copy of the marker. */
async function markerFromIdentityComment(
  github: GitHub,
  target: GitHubTarget,
  issueNumber: number,
  own: OwnAccounts,
): Promise<IssueMarker | undefined> {
  const { data } = await github.rest.issues.listComments({ ...target, issue_number: issueNumber, per_page: 100 });
  for (const comment of data) {
    if (!isOwn(comment.user, own)) continue;
    const read = readMarker(comment.body);
    if (read.kind === 'valid') return read.marker;
  }
  return undefined;
}

/** One line for the log and the summary: which issues were left alone, and why. */
export function listingWarnings(listing: IssueListing): string[] {
  const warnings = listing.skipped.map(
    (s) =>
      `issue #${s.number} was skipped: ${s.problem}. Portwarden leaves it alone; restore its marker from Portwarden's first comment on it, or close it`,
  );
  if (listing.foreign.length > 0) {
    const shown = listing.foreign.slice(0, 10).map((f) => `#${f.number} (by ${f.author})`);
    warnings.push(
      `${listing.foreign.length} issue(s) carry a Portwarden marker but were not opened by Portwarden (${listing.foreign.length > 10 ? `${shown.join(', ')}, …` : shown.join(', ')}): ignored. ` +
        'Only issues Portwarden opened can track or silence a port',
    );
  }
  return warnings;
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

export function toExistingIssue(item: IssueFields, marker: IssueMarker, markerFrom: 'body' | 'comment' = 'body'): ExistingIssue {
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
    ...(markerFrom === 'comment' ? { markerFrom } : {}),
  };
}
