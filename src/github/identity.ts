// Which GitHub account Portwarden writes as. Trust in an issue comes from its author, never
// from its text: anyone who may open an issue can paste a marker, so only issues (and pull
// requests and comments) created by these accounts are Portwarden's. Accounts are compared
// by numeric id, which, unlike a login, cannot be renamed onto someone else.
import { ConfigError, messageOf } from '../core/errors.js';
import { statusOf, type GitHub } from './client.js';

export interface OwnAccounts {
  /** Numeric ids of the token's account and of the former identities named in bot-login. */
  ids: ReadonlySet<number>;
  /** Their logins, for search qualifiers (`author:`) and messages. */
  logins: readonly string[];
}

/**
 * GraphQL `viewer` answers for personal, GitHub App installation and job tokens alike (REST
 * `GET /user` refuses the last two). `bot-login` adds former identities, so a team moving from
 * the job token to an App keeps its issues, and states the login when `viewer` cannot answer.
 */
export async function resolveOwnAccounts(github: GitHub, botLogins: readonly string[]): Promise<OwnAccounts> {
  const ids = new Set<number>();
  const logins: string[] = [];
  let viewerProblem: string | undefined;
  try {
    const { viewer } = await github.graphql<{ viewer: { login: string; databaseId: number | null } }>(
      'query { viewer { login databaseId } }',
    );
    if (typeof viewer.databaseId !== 'number') throw new Error('the answer has no databaseId');
    ids.add(viewer.databaseId);
    logins.push(viewer.login);
  } catch (error) {
    viewerProblem = `${statusOf(error) ?? ''} ${messageOf(error)}`.replace(/\s+/g, ' ').trim();
  }
  for (const login of botLogins) {
    if (logins.includes(login)) continue;
    try {
      const { data } = await github.rest.users.getByUsername({ username: login });
      ids.add(data.id);
      logins.push(data.login);
    } catch (error) {
      throw new ConfigError(
        `bot-login: cannot find the GitHub account "${login}" (${statusOf(error) ?? ''} ${messageOf(error)}): give the exact login, e.g. github-actions[bot] or my-app[bot]. Nothing was changed`,
      );
    }
  }
  if (ids.size === 0) {
    throw new ConfigError(
      `bot-login: cannot tell which account this token writes as (GraphQL viewer: ${viewerProblem ?? 'no answer'}), so Portwarden cannot tell its own issues from forged ones. ` +
        "Set bot-login to the token's login: github-actions[bot] for the job token, <app-slug>[bot] for a GitHub App. Nothing was changed",
    );
  }
  return { ids, logins };
}

export function isOwn(user: { id?: number } | null | undefined, own: OwnAccounts): boolean {
  return typeof user?.id === 'number' && own.ids.has(user.id);
}
