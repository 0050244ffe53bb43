// The action: inputs -> run() -> outputs, summary and annotations. One catch, and it fails
// the step on anything thrown (a thrown string included).
import * as core from '@actions/core';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { reportJson, writeAll } from './report/json.js';
import { join } from 'node:path';
import { AllowlistError, messageOf } from './errors.js';
import { parseOptions, type InputName } from './options.js';
import { renderSummary } from './report/summary.js';
import { renderTextReport } from './report/table.js';
import { expiryWarning, run } from './run.js';
import { runCheckAction } from './check-action.js';
import { runAcceptAction } from './accept-action.js';
import { runDispatch } from './dispatch.js';
import { DISPATCH_EVENT_TYPE } from './sources/dispatch-event.js';
import { readFile } from 'node:fs/promises';
import type { Options } from './options.js';
import type { PlanAction } from './model.js';

export async function main(now = new Date()): Promise<void> {
  try {
    const env = {
      AWS_REGION: process.env.AWS_REGION,
      AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION,
      GITHUB_RUN_ID: process.env.GITHUB_RUN_ID,
      GITHUB_REPOSITORY: process.env.GITHUB_REPOSITORY,
      GITHUB_API_URL: process.env.GITHUB_API_URL,
    };
    const dispatch = process.env.GITHUB_EVENT_NAME === 'repository_dispatch';
    const options = parseOptions((name: InputName) => core.getInput(name), { today: now.toISOString().slice(0, 10), env, dispatch });
    if (options.mode === 'check') {
      await runCheckAction(options, process.env.GITHUB_EVENT_PATH);
      return;
    }
    if (options.mode === 'accept') {
      await runAcceptAction(options, process.env.GITHUB_EVENT_PATH);
      return;
    }
    if (dispatch) {
      await dispatchMain(options, process.env.GITHUB_EVENT_PATH);
      return;
    }
    const result = await run(options, {
      now,
      // The runner sets the request URL only for jobs with `permissions: id-token: write`.
      oidc: { available: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL), getIdToken: (audience) => core.getIDToken(audience) },
      mask: (secret) => core.setSecret(secret),
      warn: (message) => core.warning(message),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
    const reportDir = process.env.RUNNER_TEMP ?? process.cwd();
    await mkdir(reportDir, { recursive: true });
    const reportPath = join(reportDir, 'portwarden-report.json');
    await writeAll(createWriteStream(reportPath), reportJson(result.report), true);

    core.info(renderTextReport(result.report));
    for (const rule of result.allowlist.rules.filter((r) => result.report.expiredRules.includes(r.id))) {
      core.warning(`Rule "${rule.id}" expired on ${rule.expires}: it allows nothing until renewed or removed.`, {
        file: result.allowlist.file,
        startLine: rule.line,
        title: 'Expired allowlist rule',
      });
    }
    for (const rule of result.expiringRules) {
      core.warning(`Rule "${rule.id}" expires on ${rule.expires}: renew it in a pull request, or let it lapse on purpose.`, {
        file: result.allowlist.file,
        startLine: rule.line,
        title: 'Allowlist rule expires soon',
      });
    }
    // Expiring rules were annotated at their line above; scopes are reported here, once.
    const annotated = new Set(result.expiringRules.map(expiryWarning));
    for (const warning of result.report.warnings.filter((w) => !annotated.has(w))) core.warning(warning);
    for (const s of result.report.scopes.filter((x) => x.status !== 'complete'))
      core.warning(`${s.source} ${s.accountId}/${s.region} is ${s.status}: ${s.reason ?? 'no reason given'}`);
    core.setOutput('unexpected', result.report.summary.unexpected);
    const count = (kind: string) => String(result.report.plan?.filter((r) => r.kind === kind && r.status === 'applied').length ?? 0);
    for (const [output, kind] of [
      ['created', 'create'],
      ['updated', 'update'],
      ['closed', 'close'],
      ['reopened', 'reopen'],
    ] as const)
      core.setOutput(output, count(kind));
    core.setOutput('report-path', reportPath);
    await core.summary.addRaw(renderSummary(result.report)).write();
    if (result.failures.length > 0) core.setFailed(`${result.failures.join('; ')}.`);
  } catch (error) {
    if (error instanceof AllowlistError) {
      for (const p of error.problems) core.error(p.message, { file: p.file, startLine: p.line, startColumn: p.column, title: 'Allowlist' });
    }
    core.setFailed(messageOf(error));
  }
}

async function dispatchMain(options: Readonly<Options>, eventPath: string | undefined): Promise<void> {
  const event = eventPath ? (JSON.parse(await readFile(eventPath, 'utf8')) as { action?: string; client_payload?: unknown }) : {};
  if (event.action !== DISPATCH_EVENT_TYPE) {
    core.notice(`repository_dispatch of type "${String(event.action)}" ignored: Portwarden handles "${DISPATCH_EVENT_TYPE}".`);
    return;
  }
  const outcome = await runDispatch(options, event.client_payload, {
    warn: (message) => core.warning(message),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  if (outcome.kind === 'ignored') {
    core.notice(`Finding ignored: ${outcome.reason}.`);
    return;
  }
  const failed = outcome.applied?.filter((r) => !r.ok) ?? [];
  const what = (action: PlanAction) => `${action.kind} ${action.kind === 'create' ? 'an issue' : `#${action.issue.number}`}`;
  const changes =
    outcome.plan.actions.length === 0
      ? 'nothing to change'
      : outcome.applied
        ? outcome.applied.map((r) => (r.ok ? `${r.action.kind} #${r.issueNumber}` : `${what(r.action)} failed`)).join(', ')
        : `would ${outcome.plan.actions.map(what).join(', ')} (dry run)`;
  core.info(`Finding is ${outcome.status}; ${changes}.`);
  for (const kind of ['create', 'update', 'reopen'] as const) {
    const output = { create: 'created', update: 'updated', reopen: 'reopened' }[kind];
    core.setOutput(output, String(outcome.applied?.filter((r) => r.ok && r.action.kind === kind).length ?? 0));
  }
  if (failed.length > 0) core.setFailed(`${failed.length} issue change(s) failed: ${failed.map((f) => f.error).join('; ')}`);
}
