// Report mode on the command line: the table (or --json) on stdout, the rest on stderr.
import type { Options } from '../../core/options/parse.js';
import { reportJson } from '../../core/report/json.js';
import { renderTextReport } from '../../core/report/table.js';
import { writeAll } from '../../files/write-all.js';
import { runReport } from './report-mode.js';

export async function reportCommand(options: Readonly<Options>, json: boolean, now: Date): Promise<number> {
  const outcome = await runReport(options, {
    now,
    mask: () => undefined,
    warn: (message) => process.stderr.write(`portwarden: ${message}\n`),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  if (json) await writeAll(process.stdout, reportJson(outcome.report));
  else process.stdout.write(`${renderTextReport(outcome.report)}\n`);
  for (const failure of outcome.failures) process.stderr.write(`portwarden: ${failure}\n`);
  return outcome.exitCode;
}
