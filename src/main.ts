// The action: inputs -> run() -> outputs, summary and annotations. One catch, and it fails
// the step on anything thrown (a thrown string included).
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AllowlistError, messageOf } from './errors.js';
import { parseOptions, type InputName } from './options.js';
import { renderSummary } from './report/summary.js';
import { renderTextReport } from './report/table.js';
import { run } from './run.js';
import { runCheckAction } from './check-action.js';

export async function main(now = new Date()): Promise<void> {
  try {
    const env = {
      AWS_REGION: process.env.AWS_REGION,
      AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION,
      GITHUB_RUN_ID: process.env.GITHUB_RUN_ID,
      GITHUB_REPOSITORY: process.env.GITHUB_REPOSITORY,
      GITHUB_API_URL: process.env.GITHUB_API_URL,
    };
    const options = parseOptions((name: InputName) => core.getInput(name), { today: now.toISOString().slice(0, 10), env });
    if (options.mode === 'check') {
      await runCheckAction(options, process.env.GITHUB_EVENT_PATH);
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
    await writeFile(reportPath, `${JSON.stringify(result.report, null, 2)}\n`);

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
    for (const warning of result.report.warnings.filter((w) => !w.startsWith('rule "'))) core.warning(warning);
    core.setOutput('unexpected', result.report.summary.unexpected);
    const count = (kind: string) => String(result.report.plan?.filter((r) => r.kind === kind && r.status === 'applied').length ?? 0);
    for (const [output, kind] of [['created', 'create'], ['updated', 'update'], ['closed', 'close'], ['reopened', 'reopen']] as const) core.setOutput(output, count(kind));
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
