// The pipeline, wired once for the action and the CLI:
// sources -> normalise -> merge -> evaluate against the allowlist -> report.
import { readFile } from 'node:fs/promises';
import { parseAllowlist } from './allowlist/load.js';
import { evaluate } from './allowlist/evaluate.js';
import { ConfigError } from './errors.js';
import { mergeExposures } from './exposures/merge.js';
import type { Allowlist } from './model.js';
import type { Options } from './options.js';
import { buildReport, type Report } from './report/report.js';
import { readFindingsFile } from './sources/file.js';

export interface RunResult {
  report: Report;
  allowlist: Allowlist;
  /** 1 when `fail-on-unexpected` is set and something is unexpected. */
  exitCode: 0 | 1;
}

export async function loadAllowlistFile(path: string): Promise<Allowlist> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`allowlist: cannot read "${path}" (${code ?? String(error)}): create it (see README#allowlist-format) or set the allowlist path`);
  }
  return parseAllowlist(text, path);
}

export async function run(options: Readonly<Options>, now: Date): Promise<RunResult> {
  // The allowlist first: a bad one must stop the run before anything else happens.
  const allowlist = await loadAllowlistFile(options.allowlist);
  const files = await Promise.all(options.findings.map(readFindingsFile));
  const warnings = files
    .filter((f) => f.failedItems.length > 0)
    .map((f) => `${f.file}: ${f.failedItems.length} finding(s) failed to describe (failedItems); the export is incomplete, so ports may be missing`);

  const exposures = mergeExposures(files.flatMap((f) => f.exposures));
  const evaluation = evaluate(exposures, allowlist, {
    today: options.today,
    minSeverity: options.minSeverity,
    includePrivatePaths: options.includePrivatePaths,
    ...(options.allowTagKey === undefined ? {} : { allowTagKey: options.allowTagKey }),
  });
  const report = buildReport(evaluation, {
    generatedAt: now.toISOString(),
    inputs: files.map((f) => ({ file: f.file, format: f.format, exposures: f.exposures.length, skipped: f.skipped })),
    warnings,
  });
  return { report, allowlist, exitCode: options.failOnUnexpected && report.summary.unexpected > 0 ? 1 : 0 };
}
