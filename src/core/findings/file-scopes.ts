// A saved export as a source: its exposures, the scopes it speaks for, and what to tell.
// An export is a snapshot of unknown completeness (a page, a filter, an old day): its scopes
// never prove a port gone, and a truncated or partly failed export says so.
import type { Scope, SourceResult } from '../model.js';
import type { DocumentExposures } from './findings-document.js';

export interface InputRow {
  file: string;
  format: string;
  exposures: number;
  skipped: Record<string, number>;
}

export interface FileSource {
  result: SourceResult;
  input: InputRow;
  warnings: string[];
}

export function fileSource(read: DocumentExposures & { file: string }): FileSource {
  const problem = read.truncated
    ? `${read.file}: the export ends with a next-page token, so later pages are missing; save every page (the AWS CLI does unless --max-items is given)`
    : read.failedItems.length > 0
      ? `${read.file}: ${read.failedItems.length} finding(s) failed to describe (failedItems); the export is incomplete`
      : undefined;
  const status = problem ? 'incomplete' : 'complete';
  const seen = new Map(read.exposures.map((e) => [`${e.accountId}|${e.region}`, e]));
  const scopes: Scope[] = [...seen.values()].map((e) => ({
    source: 'file',
    accountId: e.accountId,
    region: e.region,
    status,
    provesAbsence: false,
    ...(problem ? { reason: problem } : {}),
  }));
  if (problem && scopes.length === 0)
    scopes.push({ source: 'file', accountId: '-', region: '-', status, provesAbsence: false, reason: problem });
  return {
    result: { scopes, exposures: read.exposures },
    input: { file: read.file, format: read.format, exposures: read.exposures.length, skipped: read.skipped },
    warnings: read.warnings.map((warning) => `${read.file}: ${warning}`),
  };
}
