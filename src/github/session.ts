// What every mode needs before it touches GitHub: a client with the rate-limit etiquette, the
// repository, and the accounts Portwarden writes as (only their issues and comments count).
import type { GitHubOptions } from '../core/options/parse.js';
import { createGitHub, type GitHub, type GitHubTarget } from './client.js';
import { resolveOwnAccounts, type OwnAccounts } from './identity.js';
import { assertPrivateRepository } from './issues.js';

export interface GitHubSession {
  github: GitHub;
  target: GitHubTarget;
  own: OwnAccounts;
}

/** Modes that write issues refuse a public repository before anything else is read. */
export async function openSession(
  options: GitHubOptions,
  warn: (message: string) => void,
  requirePrivate: boolean,
): Promise<GitHubSession> {
  const github = createGitHub(options.token, options.apiUrl, warn);
  if (requirePrivate) await assertPrivateRepository(github, options.target, options.allowPublicRepository);
  const own = await resolveOwnAccounts(github, options.botLogins);
  return { github, target: options.target, own };
}
