// Check mode in the action: the pull request's allowlist against its base, annotated on the
// exact lines, summarised, and kept in one sticky comment.
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { checkAllowlist, type CheckResult } from '../../core/allowlist/check.js';
import type { Options } from '../../core/options/parse.js';
import { CHECK_COMMENT_MARKER, renderCheckMarkdown } from '../../core/report/check-render.js';
import { readAllowlistText } from '../../files/allowlist-file.js';
import { ensureStickyComment } from '../../github/comments.js';
import { readCheckContext, type CheckContext } from './preview.js';

interface PullRequestEvent {
  pull_request?: { number: number; base: { sha: string; repo: { full_name: string } }; head: { repo: { full_name: string } | null } };
}

export async function checkAction(options: Readonly<Options>, eventPath: string | undefined): Promise<void> {
  const event = eventPath ? (JSON.parse(await readFile(eventPath, 'utf8')) as PullRequestEvent) : {};
  const pr = event.pull_request;
  const headText = await readAllowlistText(options.allowlist, 'check out the pull request first');
  const log = { info: (m: string) => core.info(m), warning: (m: string) => core.warning(m) };
  const settings = { allowlist: options.allowlist, reportArtifact: options.check.reportArtifact, ...(pr ? { baseSha: pr.base.sha } : {}) };
  const context: CheckContext = options.github ? await readCheckContext(options.github, settings, log) : {};
  const result = checkAllowlist({
    headFile: options.allowlist,
    headText,
    ...(context.baseText === undefined ? {} : { baseText: context.baseText }),
    ...(context.exposures ? { exposures: context.exposures } : {}),
    lint: options.lint,
    strict: options.check.strict,
  });
  annotate(result, options);
  const markdown = renderCheckMarkdown(result, options.check.strict);
  await core.summary.addRaw(markdown).write();
  if (context.session && pr && options.check.comment) {
    const { github, target, own } = context.session;
    const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    const comment = await ensureStickyComment(github, target, pr.number, { marker: CHECK_COMMENT_MARKER, body: markdown }, own, sleep);
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

/** GitHub shows at most 10 annotations of each kind per step; the summary and the log have all. */
function annotate(result: CheckResult, options: Readonly<Options>): void {
  const file = options.allowlist;
  for (const p of result.errors) core.error(p.message, { file, startLine: p.line, startColumn: p.column, title: 'Allowlist error' });
  for (const w of result.warnings) {
    const annotateAs = options.check.strict ? core.error : core.warning;
    annotateAs(w.message, { file, startLine: w.line, title: `Risky allowlist rule (${w.id})` });
  }
}
