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

export async function main(now = new Date()): Promise<void> {
  try {
    const env = { AWS_REGION: process.env.AWS_REGION, AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION, GITHUB_RUN_ID: process.env.GITHUB_RUN_ID };
    const options = parseOptions((name: InputName) => core.getInput(name), { today: now.toISOString().slice(0, 10), env });
    const result = await run(options, {
      now,
      // The runner sets the request URL only for jobs with `permissions: id-token: write`.
      oidc: { available: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL), getIdToken: (audience) => core.getIDToken(audience) },
      mask: (secret) => core.setSecret(secret),
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
    for (const warning of result.report.warnings) core.warning(warning);
    core.setOutput('unexpected', result.report.summary.unexpected);
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
