// A saved findings document -> exposures. Accepts what people actually save: the AWS CLI's
// output (one object, pages merged), an array of raw API pages, or a bare array of findings;
// Inspector v2 ListFindings or Classic DescribeFindings, told apart by the findings' shape.
import { FindingShapeError } from '../errors.js';
import type { Exposure } from '../model.js';
import { isClassicFinding, normalizeClassicFinding } from './normalize-classic.js';
import { isInspector2Finding, normalizeInspector2Finding } from './normalize-inspector2.js';
import { isObject } from './normalize-shared.js';

export type DocumentFormat = 'inspector2' | 'inspector-classic' | 'empty';

export interface DocumentExposures {
  format: DocumentFormat;
  exposures: Exposure[];
  /** Findings that are not open ports (other types, suppressed, closed), counted by reason. */
  skipped: Record<string, number>;
  /** Classic DescribeFindings `failedItems`: the export is incomplete. */
  failedItems: string[];
  /** A page with a next-page token: the export stops before the last page. */
  truncated: boolean;
}

export function exposuresFromDocument(document: unknown): DocumentExposures {
  const pages = Array.isArray(document) ? document : [document];
  const findings: unknown[] = [];
  const failedItems: string[] = [];
  const tokens: unknown[] = [];
  pages.forEach((page, index) => {
    if (isObject(page) && Array.isArray(page.findings)) {
      findings.push(...page.findings);
      tokens.push(page.nextToken ?? page.NextToken);
      if (isObject(page.failedItems)) failedItems.push(...Object.keys(page.failedItems));
    } else if (Array.isArray(document) && isObject(page) && (isInspector2Finding(page) || isClassicFinding(page))) {
      findings.push(page);
    } else {
      throw new FindingShapeError(
        `${Array.isArray(document) ? `element ${index}` : 'the document'} has no "findings" list: expected Inspector2 ListFindings or Classic DescribeFindings output`,
      );
    }
  });

  const format = detectFormat(findings);
  // Raw API pages carry the token of the page after them; only the last one's matters.
  const truncated = Boolean(tokens[tokens.length - 1]);
  const result: DocumentExposures = { format, exposures: [], skipped: {}, failedItems, truncated };
  findings.forEach((finding, index) => {
    try {
      const normalized = format === 'inspector2' ? normalizeInspector2Finding(finding) : normalizeClassicFinding(finding);
      if (normalized.kind === 'skipped') result.skipped[normalized.reason] = (result.skipped[normalized.reason] ?? 0) + 1;
      else if (normalized.kind === 'exposure') result.exposures.push(normalized.exposure);
      else result.exposures.push(...normalized.exposures);
    } catch (error) {
      if (!(error instanceof FindingShapeError)) throw error;
      const id = isObject(finding) ? (finding.findingArn ?? finding.arn) : undefined;
      throw new FindingShapeError(`finding ${index}${typeof id === 'string' ? ` (${id})` : ''}: ${error.message}`);
    }
  });
  return result;
}

function detectFormat(findings: unknown[]): DocumentFormat {
  if (findings.length === 0) return 'empty';
  const v2 = findings.filter(isInspector2Finding).length;
  const classic = findings.filter(isClassicFinding).length;
  if (v2 === findings.length) return 'inspector2';
  if (classic === findings.length) return 'inspector-classic';
  if (v2 > 0 && classic > 0) throw new FindingShapeError('mixes Inspector v2 and Classic findings: save them as separate files');
  const bad = findings.findIndex((f) => !isInspector2Finding(f) && !isClassicFinding(f));
  throw new FindingShapeError(`finding ${bad} is neither an Inspector v2 finding (findingArn) nor a Classic one (arn + attributes)`);
}
