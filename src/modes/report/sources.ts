// Stage "sources": saved exports and every AWS source, each region read in parallel. The AWS
// SDK is loaded only when an AWS source is asked for, so reading exports stays light.
import { fileSource, type InputRow } from '../../core/findings/file-scopes.js';
import type { SourceResult } from '../../core/model.js';
import type { Options } from '../../core/options/parse.js';
import type { RunNote } from '../../core/report/notes.js';
import { readFindingsFile } from '../../files/findings-file.js';
import type { AwsRun } from './aws-sources.js';
import type { ReportDeps } from './report-mode.js';

export interface SourcesRead {
  results: SourceResult[];
  inputs: InputRow[];
  notes: RunNote[];
  /** Set when an AWS source was read: later stages (EC2 facts, Security Hub) reuse its context. */
  aws?: AwsRun;
}

export async function readSources(options: Readonly<Options>, deps: ReportDeps): Promise<SourcesRead> {
  const read: SourcesRead = { results: [], inputs: [], notes: [] };
  if (options.read.sources.includes('file')) {
    for (const file of (await Promise.all(options.read.findings.map(readFindingsFile))).map(fileSource)) {
      read.results.push(file.result);
      read.inputs.push(file.input);
      read.notes.push(...file.warnings.map((text) => ({ kind: 'message' as const, text })));
    }
  }
  if (options.read.sources.some((s) => s !== 'file')) {
    const { readAwsSources } = await import('./aws-sources.js');
    const aws = await readAwsSources(options, deps);
    read.results.push(...aws.results);
    read.notes.push(...aws.notes);
    read.aws = aws.run;
  }
  return read;
}
