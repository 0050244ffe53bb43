// The GitHub side of a run: where issues live, the token, and who Portwarden writes as.
import type { GitHubOptions, OptionsContext, Text } from './parse.js';
import { bool, inputError, list } from './values.js';

export function githubOptions(given: Text, text: Text, context: OptionsContext): GitHubOptions | undefined {
  const repository = given('repository') || context.env.GITHUB_REPOSITORY || '';
  if (repository === '') return undefined;
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(repository);
  if (!match) throw inputError('repository', `"${repository}" is not owner/name`);
  // In the action the input defaults to the job token; the CLI reads GITHUB_TOKEN.
  const input = given('github-token');
  const token = input && !input.startsWith('${{') ? input : (context.env.GITHUB_TOKEN ?? '');
  if (token === '')
    throw inputError('github-token', `no token to write issues to ${repository}: pass github-token (CLI: set GITHUB_TOKEN)`);
  const botLogins = list(given('bot-login'));
  for (const login of botLogins)
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login))
      throw inputError('bot-login', `"${login}" is not a GitHub login such as github-actions[bot]`);
  const prToken = text('pr-token');
  return Object.freeze({
    target: Object.freeze({ owner: match[1]!, repo: match[2]! }),
    token,
    apiUrl: (context.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    botLogins: Object.freeze(botLogins),
    allowPublicRepository: bool('allow-public-repository', text('allow-public-repository')),
    ...(prToken ? { prToken } : {}),
  });
}
