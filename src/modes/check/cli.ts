// `portwarden check`: the same check as the pull-request one, from files.
import { checkAllowlist } from '../../core/allowlist/check.js';
import { ConfigError, messageOf } from '../../core/errors.js';
import { exposuresFromReport } from '../../core/findings/known-exposures.js';
import type { Options } from '../../core/options/parse.js';
import { renderCheckText } from '../../core/report/check-render.js';
import { markdownText } from '../../core/text.js';
import { readText } from '../../files/read-text.js';

export interface CheckFiles {
  allowlist: string;
  base?: string;
  report?: string;
}

export async function checkCommand(options: Readonly<Options>, files: CheckFiles): Promise<number> {
  const read = (path: string, what: string) => readText(path, (code) => new ConfigError(`${what}: cannot read "${path}" (${code})`));
  const result = checkAllowlist({
    headFile: files.allowlist,
    headText: await read(files.allowlist, 'allowlist'),
    ...(files.base === undefined ? {} : { baseText: await read(files.base, '--base') }),
    ...(files.report === undefined
      ? {}
      : { exposures: { from: markdownText(files.report), list: await reportExposures(files.report, read) } }),
    lint: options.lint,
    strict: options.check.strict,
  });
  process.stdout.write(`${renderCheckText(result)}\n`);
  return result.exitCode;
}

async function reportExposures(path: string, read: (path: string, what: string) => Promise<string>) {
  const text = await read(path, '--report');
  try {
    return exposuresFromReport(JSON.parse(text));
  } catch (error) {
    throw new ConfigError(`--report: ${path} ${messageOf(error)}`);
  }
}
