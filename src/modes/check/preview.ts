// What check mode reads from GitHub: the base allowlist of the pull request, and the current
// exposures that preview the change's impact (the latest trusted report, else the open issues).
import { messageOf } from '../../core/errors.js';
import { exposuresFromIssues } from '../../core/findings/known-exposures.js';
import type { Exposure } from '../../core/model.js';
import type { GitHubOptions } from '../../core/options/parse.js';
import { createGitHub } from '../../github/client.js';
import { resolveOwnAccounts, type OwnAccounts } from '../../github/identity.js';
import { listPortwardenIssues } from '../../github/issues.js';
import { latestReportExposures } from '../../github/report-artifact.js';
import { readFileAt } from '../../github/repository.js';
import type { GitHubSession } from '../../github/session.js';

export interface Log {
  info: (message: string) => void;
  warning: (message: string) => void;
}

export interface CheckContext {
  baseText?: string;
  exposures?: { from: string; list: Exposure[] };
  /** Absent when Portwarden's own account is unknown: then no sticky comment either. */
  session?: GitHubSession;
}

export async function readCheckContext(
  options: GitHubOptions,
  settings: { allowlist: string; reportArtifact: string; baseSha?: string },
  log: Log,
): Promise<CheckContext> {
  const github = createGitHub(options.token, options.apiUrl, log.warning);
  const { target } = options;
  const base =
    settings.baseSha === undefined ? undefined : await readFileAt(github, target, settings.allowlist, settings.baseSha, 'absent');
  let own: OwnAccounts | undefined;
  try {
    own = await resolveOwnAccounts(github, options.botLogins);
  } catch (error) {
    log.warning(`${messageOf(error)}. Without it, no sticky comment and no preview from the open issues.`);
  }
  const session = own ? { github, target, own } : undefined;
  const exposures = await previewExposures(github, session, settings.reportArtifact, options, log);
  return { ...(base ? { baseText: base.text } : {}), ...(exposures ? { exposures } : {}), ...(session ? { session } : {}) };
}

async function previewExposures(
  github: GitHubSession['github'],
  session: GitHubSession | undefined,
  artifactName: string,
  options: GitHubOptions,
  log: Log,
): Promise<CheckContext['exposures']> {
  const { target } = options;
  const artifact = await latestReportExposures(github, target, artifactName, new Date());
  if (artifact.ok) return { from: artifact.from, list: artifact.list };
  log.info(`Impact preview from the open issues: ${artifact.why}.`);
  if (!session) return undefined;
  try {
    const listing = await listPortwardenIssues(github, target, session.own);
    return { from: `the open Portwarden issues of ${target.owner}/${target.repo}`, list: exposuresFromIssues(listing.issues) };
  } catch (error) {
    log.warning(`No impact preview: cannot list the Portwarden issues (${messageOf(error)}).`);
    return undefined;
  }
}
