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
    const options = parseOptions((name: InputName) => core.getInput(name), now.toISOString().slice(0, 10));
    const result = await run(options, now);
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
    if (result.exitCode !== 0) core.setFailed(`${result.report.summary.unexpected} unexpected open port(s) and fail-on-unexpected is true.`);
  } catch (error) {
    if (error instanceof AllowlistError) {
      for (const p of error.problems) core.error(p.message, { file: p.file, startLine: p.line, startColumn: p.column, title: 'Allowlist' });
    }
    core.setFailed(messageOf(error));
  }
}
