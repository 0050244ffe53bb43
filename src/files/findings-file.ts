// The file source: saved Inspector exports, read from disk. The parsing lives in
// findings-document.ts so the same rules apply to files, tests and future event payloads.
import { readText } from './read-text.js';
import { FindingShapeError, FindingsFileError } from '../core/errors.js';
import { exposuresFromDocument, type DocumentExposures } from '../core/findings/findings-document.js';
import { parseLazily } from '../core/findings/lazy-json.js';

/** Files larger than this are read a finding at a time. */
const LAZY_FROM_CHARS = 8_000_000;

export interface FileExposures extends DocumentExposures {
  file: string;
}

export async function readFindingsFile(file: string): Promise<FileExposures> {
  // The text and the parsed document are each as large as the file: neither is kept longer
  // than needed, and the document's findings are let go as they are read (a 200,000-finding
  // export would otherwise be held three times over).
  const document = parseDocument(
    file,
    await readText(file, (code) => new FindingsFileError(`${file}: cannot read findings file (${code}): check the path`)),
  );
  try {
    return { file, ...exposuresFromDocument(document, { consume: true }) };
  } catch (error) {
    if (error instanceof FindingShapeError) throw new FindingsFileError(`${file}: ${error.message}`);
    throw error;
  }
}

function parseDocument(file: string, text: string): unknown {
  if (text.trim() === '')
    throw new FindingsFileError(
      `${file}: the file is empty: save the output of "aws inspector2 list-findings" (or another accepted shape) into it`,
    );
  try {
    // Large exports: the findings list is parsed a finding at a time (see lazy-json.ts).
    return text.length > LAZY_FROM_CHARS ? parseLazily(text) : JSON.parse(text);
  } catch (error) {
    throw new FindingsFileError(
      `${file}: not JSON (${(error as Error).message}): save the output of "aws inspector2 list-findings" or "aws inspector describe-findings" as is`,
    );
  }
}
