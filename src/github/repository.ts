// Reads of the repository itself: files at a ref, the default branch, a person's role.
import { ConfigError, messageOf } from '../core/errors.js';
import { statusOf, type GitHub, type GitHubTarget } from './client.js';

export interface RepositoryFile {
  text: string;
  /** The blob sha, which an update of the file must name. */
  sha: string;
}

/** A file's text at `ref`; `undefined` when the file (or the ref) does not exist. */
export async function readFileAt(
  github: GitHub,
  target: GitHubTarget,
  path: string,
  ref: string,
  /** Check mode compares with whatever the base had: a directory or submodule there is no allowlist. */
  nonFile: 'error' | 'absent' = 'error',
): Promise<RepositoryFile | undefined> {
  try {
    const { data } = await github.rest.repos.getContent({ ...target, path: path.replace(/^\.\//, ''), ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
      if (nonFile === 'absent') return undefined;
      throw new ConfigError(`${path} is not a file at ${ref}`);
    }
    return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`cannot read ${path} at ${ref}: ${messageOf(error)}`);
  }
}

export async function defaultBranchHead(github: GitHub, target: GitHubTarget): Promise<{ branch: string; sha: string }> {
  const branch = (await github.rest.repos.get({ ...target })).data.default_branch;
  const sha = (await github.rest.git.getRef({ ...target, ref: `heads/${branch}` })).data.object.sha;
  return { branch, sha };
}

/** admin, maintain, write, triage, read or none. */
export async function roleOf(github: GitHub, target: GitHubTarget, login: string): Promise<string> {
  return (await github.rest.repos.getCollaboratorPermissionLevel({ ...target, username: login })).data.role_name;
}
