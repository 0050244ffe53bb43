// Report mode in the action: the report file, the log, annotations at the allowlist's lines,
// the step's outputs and summary, and the step's failure.
import * as core from '@actions/core';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Options } from '../../core/options/parse.js';
import { reportJson } from '../../core/report/json.js';
import { noteText } from '../../core/report/notes.js';
import { reportArtifactName } from '../../core/accounts.js';
import { renderSummary } from '../../core/report/summary.js';
import { renderTextReport } from '../../core/report/table.js';
import { writeAll } from '../../files/write-all.js';
import { runReport, type ReportOutcome } from './report-mode.js';

export async function reportAction(options: Readonly<Options>, now: Date): Promise<void> {
  const outcome = await runReport(options, {
    now,
    // The runner sets the request URL only for jobs with `permissions: id-token: write`.
    oidc: { available: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL), getIdToken: (audience) => core.getIDToken(audience) },
    mask: (secret) => core.setSecret(secret),
    warn: (message) => core.warning(message),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  const reportDir = process.env.RUNNER_TEMP ?? process.cwd();
  await mkdir(reportDir, { recursive: true });
  // A shard's report is named for it, so a matrix's artifacts sit side by side and check mode finds them all.
  const artifactName = reportArtifactName(options.check.reportArtifact, options.read.org.shard);
  const reportPath = join(reportDir, `${artifactName}.json`);
  await writeAll(createWriteStream(reportPath), reportJson(outcome.report), true);

  core.info(renderTextReport(outcome.report));
  annotate(outcome);
  const { report } = outcome;
  core.setOutput('unexpected', report.summary.unexpected);
  core.setOutput('artifact-name', artifactName);
  const count = (kind: string) => String(report.plan?.filter((r) => r.kind === kind && r.status === 'applied').length ?? 0);
  for (const [output, kind] of [
    ['created', 'create'],
    ['updated', 'update'],
    ['closed', 'close'],
    ['reopened', 'reopen'],
  ] as const)
    core.setOutput(output, count(kind));
  core.setOutput('report-path', reportPath);
  await core.summary.addRaw(renderSummary(report)).write();
  if (outcome.failures.length > 0) core.setFailed(`${outcome.failures.join('; ')}.`);
}

/** Rules at their lines; every other note and each scope that is not complete, once. */
function annotate(outcome: ReportOutcome): void {
  const file = outcome.allowlistFile;
  for (const rule of outcome.expiredRules) {
    core.warning(`Rule "${rule.id}" expired on ${rule.expires}: it allows nothing until renewed or removed.`, {
      file,
      startLine: rule.line,
      title: 'Expired allowlist rule',
    });
  }
  for (const note of outcome.notes) {
    if (note.kind !== 'expiring-rule') core.warning(noteText(note));
    else
      core.warning(`Rule "${note.rule.id}" expires on ${note.rule.expires}: renew it in a pull request, or let it lapse on purpose.`, {
        file,
        startLine: note.rule.line,
        title: 'Allowlist rule expires soon',
      });
  }
  for (const s of outcome.report.scopes.filter((x) => x.status !== 'complete'))
    core.warning(`${s.source} ${s.accountId}/${s.region} is ${s.status}: ${s.reason ?? 'no reason given'}`);
}
