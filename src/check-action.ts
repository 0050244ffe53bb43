// Check mode in the action: the pull request's allowlist against its base, annotated on the
// exact lines, summarised, and kept in one sticky comment.
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { checkAllowlist } from './check.js';
import { readText } from './read-text.js';
import { ConfigError, messageOf } from './errors.js';
import { createGitHub, statusOf, type GitHub, type GitHubTarget } from './github/client.js';
import { listPortwardenIssues } from './github/issues.js';
import { resolveOwnAccounts, type OwnAccounts } from './github/identity.js';
import { latestReportExposures } from './github/report-artifact.js';
import { applyStickyComment } from './issues/apply.js';
import type { Options } from './options.js';
import { CHECK_COMMENT_MARKER, renderCheckMarkdown } from './report/check-render.js';
import { exposuresFromIssues } from './sources/known-exposures.js';

interface PullRequestEvent {
  pull_request?: { number: number; base: { sha: string; repo: { full_name: string } }; head: { repo: { full_name: string } | null } };
}

export async function runCheckAction(options: Readonly<Options>, eventPath: string | undefined): Promise<void> {
  const event = eventPath ? (JSON.parse(await readFile(eventPath, 'utf8')) as PullRequestEvent) : {};
  const pr = event.pull_request;
  const headText = await readText(
    options.allowlist,
    (code) => new ConfigError(`allowlist: cannot read "${options.allowlist}" (${code}): check out the pull request first`),
  );

  let github: GitHub | undefined;
  let target: GitHubTarget | undefined;
  let baseText: string | undefined;
  let own: OwnAccounts | undefined;
  let exposures: { from: string; list: ReturnType<typeof exposuresFromIssues> } | undefined;
  if (options.github) {
    target = { owner: options.github.owner, repo: options.github.repo };
    github = createGitHub(options.github.token, options.github.apiUrl, (m) => core.warning(m));
    if (pr) baseText = await baseAllowlist(github, target, options.allowlist, pr.base.sha);
    try {
      own = await resolveOwnAccounts(github, options.github.botLogins);
    } catch (error) {
      core.warning(`${messageOf(error)}. Without it, no sticky comment and no preview from the open issues.`);
    }
    const artifact = await latestReportExposures(github, target, options.check.reportArtifact, new Date());
    if (artifact.ok) exposures = { from: artifact.from, list: artifact.list };
    else {
      core.info(`Impact preview from the open issues: ${artifact.why}.`);
      try {
        if (own) {
          const listing = await listPortwardenIssues(github, target, own);
          exposures = { from: `the open Portwarden issues of ${target.owner}/${target.repo}`, list: exposuresFromIssues(listing.issues) };
        }
      } catch (error) {
        core.warning(`No impact preview: cannot list the Portwarden issues (${messageOf(error)}).`);
      }
    }
  }

  const result = checkAllowlist({
    headFile: options.allowlist,
    headText,
    ...(baseText === undefined ? {} : { baseText }),
    ...(exposures ? { exposures } : {}),
    lint: { today: options.today, maxPortsPerRule: options.check.maxPortsPerRule, maxExpiryDays: options.check.maxExpiryDays },
    strict: options.check.strict,
  });
  // GitHub shows at most 10 annotations of each kind per step; the summary and the log have all.
  for (const p of result.errors)
    core.error(p.message, { file: options.allowlist, startLine: p.line, startColumn: p.column, title: 'Allowlist error' });
  for (const w of result.warnings) {
    const annotate = options.check.strict ? core.error : core.warning;
    annotate(w.message, { file: options.allowlist, startLine: w.line, title: `Risky allowlist rule (${w.id})` });
  }
  const markdown = renderCheckMarkdown(result, options.check.strict);
  await core.summary.addRaw(markdown).write();

  if (github && target && pr && options.check.comment && own) {
    const comment = await applyStickyComment(github, target, pr.number, CHECK_COMMENT_MARKER, markdown, own);
    if (comment.outcome === 'skipped')
      core.notice(`Portwarden did not comment: ${comment.detail}. The check result is in the job summary.`);
    else core.info(`Sticky comment ${comment.outcome}.`);
  }
  core.setOutput('errors', result.errors.length);
  core.setOutput('warnings', result.warnings.length);
  if (result.exitCode !== 0) {
    core.setFailed(
      result.errors.length > 0
        ? `${result.errors.length} allowlist error(s): see the annotations.`
        : `${result.warnings.length} risky rule(s) and strict is true.`,
    );
  }
}

async function baseAllowlist(github: GitHub, target: GitHubTarget, path: string, ref: string): Promise<string | undefined> {
  try {
    const { data } = await github.rest.repos.getContent({ ...target, path: path.replace(/^\.\//, ''), ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    // The pull request adds the file: every rule is new.
    if (statusOf(error) === 404) return undefined;
    throw new ConfigError(`cannot read the base allowlist ${path} at ${ref}: ${messageOf(error)}`);
  }
}
