// Octokit with GitHub's recommended etiquette: the throttling plugin paces writes and waits
// out primary and secondary rate limits (Retry-After); the retry plugin retries 5xx. Creates
// and comments opt out of blind retries (apply.ts checks before repeating them).
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

const PortwardenOctokit = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof PortwardenOctokit>;

export type { GitHubTarget } from '../core/model.js';

/** Rate-limit waits we accept before giving up on a request. */
const MAX_RATE_LIMIT_RETRIES = 4;

export function createGitHub(token: string, baseUrl: string, warn: (message: string) => void): GitHub {
  return new PortwardenOctokit({
    auth: token,
    baseUrl,
    userAgent: 'portwarden',
    log: { debug: () => undefined, info: () => undefined, warn, error: warn },
    throttle: {
      onRateLimit: (retryAfter, options, _octokit, retryCount) => {
        warn(
          `GitHub rate limit on ${options.method} ${options.url}: waiting ${retryAfter}s (retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES})`,
        );
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      },
      onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
        warn(
          `GitHub secondary rate limit on ${options.method} ${options.url}: waiting ${retryAfter}s (retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES})`,
        );
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      },
    },
  });
}

export function statusOf(error: unknown): number | undefined {
  return typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : undefined;
}

/** The web address of an API root: api.github.com -> github.com; GHES /api/v3 -> the host. */
export function webUrlOf(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (url.hostname.startsWith('api.')) return `${url.protocol}//${url.host.slice('api.'.length)}`;
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/api\/v3\/?$/, '').replace(/\/$/, '')}`;
}
