// Comments are POSTs, which are not idempotent: a 5xx or a dropped connection does not say
// whether GitHub made the comment. Every comment Portwarden writes goes through here, so a
// retry never makes a duplicate.
import { messageOf } from '../core/errors.js';
import { statusOf, type GitHub, type GitHubTarget } from './client.js';
import { isOwn, type OwnAccounts } from './identity.js';

export type Sleep = (ms: number) => Promise<void>;

/** POSTs that create something are not idempotent: never retried blindly. */
export const NO_BLIND_RETRY = { request: { retries: 0 } };
const CREATE_ATTEMPTS = 3;

/** Look before trying again, so a retry never makes a duplicate issue or comment. */
export async function createOnce(post: () => Promise<number>, existing: () => Promise<number | undefined>, sleep: Sleep): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await post();
    } catch (error) {
      const status = statusOf(error);
      if (attempt >= CREATE_ATTEMPTS) throw error;
      if (status === 429) {
        // Refused, so certainly not created: wait as told and send it again.
        await sleep(retryAfterMs(error));
        continue;
      }
      if (status !== undefined && status < 500) throw error;
      await sleep(1000 * attempt);
      const found = await existing();
      if (found !== undefined) return found;
    }
  }
}

function retryAfterMs(error: unknown): number {
  const header = (error as { response?: { headers?: Record<string, string> } }).response?.headers?.['retry-after'];
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 120) * 1000 : 1000;
}

/**
 * Posts `body` on an issue or pull request once. Reopen and close comments repeat word for
 * word across cycles: only a comment made since this attempt began can be the one a failed
 * response hid.
 */
export async function postCommentOnce(
  github: GitHub,
  target: GitHubTarget,
  issueNumber: number,
  body: string,
  sleep: Sleep,
): Promise<void> {
  const since = new Date(Date.now() - 60_000).toISOString();
  await createOnce(
    () => github.rest.issues.createComment({ ...target, issue_number: issueNumber, body, ...NO_BLIND_RETRY }).then((r) => r.data.id),
    async () => {
      const recent = await github.rest.issues.listComments({ ...target, issue_number: issueNumber, since, per_page: 100 });
      return recent.data.find((c) => c.body === body)?.id;
    },
    sleep,
  );
}

export type StickyOutcome = { outcome: 'created' | 'updated' | 'unchanged' | 'skipped'; detail?: string };

/**
 * One comment per pull request, found by its marker among our own account's comments (the
 * author can post one that starts with the marker too), edited in place. A fork's pull
 * request gets a read-only token whatever the workflow asks for, so a 403 is `skipped`.
 */
export async function ensureStickyComment(
  github: GitHub,
  target: GitHubTarget,
  pullNumber: number,
  comment: { marker: string; body: string },
  own: OwnAccounts,
  sleep: Sleep,
): Promise<StickyOutcome> {
  try {
    const comments = await github.paginate(github.rest.issues.listComments, { ...target, issue_number: pullNumber, per_page: 100 });
    const mine = comments.find((c) => isOwn(c.user, own) && c.body?.startsWith(comment.marker));
    if (mine?.body === comment.body) return { outcome: 'unchanged' };
    if (mine) {
      await github.rest.issues.updateComment({ ...target, comment_id: mine.id, body: comment.body });
      return { outcome: 'updated' };
    }
    await postCommentOnce(github, target, pullNumber, comment.body, sleep);
    return { outcome: 'created' };
  } catch (error) {
    if (statusOf(error) === 403)
      return { outcome: 'skipped', detail: `the token may not comment (${messageOf(error)}); fork pull requests get a read-only token` };
    throw error;
  }
}
