// A saved findings document -> exposures. Accepts what people actually save:
// - the AWS CLI's output of `aws inspector2 list-findings` / `aws inspector describe-findings`
//   (one object, pages merged), an array of raw API pages, or a bare array of findings;
// - `aws securityhub get-findings` output (`{"Findings": [...]}`, ASFF, Inspector v2 or Classic);
// - an EventBridge "Inspector2 Finding" event as the console shows it, or one finding alone.
// The formats are told apart by the findings' shape; a file that mixes them is refused.
import { FindingShapeError } from '../errors.js';
import type { Exposure } from '../model.js';
import { isClassicFinding, normalizeClassicFinding } from './normalize-classic.js';
import { isInspector2Finding, normalizeInspector2Finding } from './normalize-inspector2.js';
import { normalizeSecurityHubFinding } from './normalize-securityhub.js';
import { isObject, isoTime } from './normalize-shared.js';
import { RawJson } from './lazy-json.js';

export type DocumentFormat = 'inspector2' | 'inspector-classic' | 'securityhub' | 'empty';

export interface DocumentExposures {
  format: DocumentFormat;
  exposures: Exposure[];
  /** Findings that are not open ports (other types, suppressed, closed), counted by reason. */
  skipped: Record<string, number>;
  /** Classic DescribeFindings `failedItems`: the export is incomplete. */
  failedItems: string[];
  /** A page with a next-page token: the export stops before the last page. */
  truncated: boolean;
  /** What was read but not understood, for the report's warnings (never a reason to guess). */
  warnings: string[];
}

/** Where each format keeps its first and last seen times. */
const TIME_FIELDS = ['firstObservedAt', 'lastObservedAt', 'createdAt', 'updatedAt', 'FirstObservedAt', 'LastObservedAt'];

const ACCEPTED =
  'expected the output of "aws inspector2 list-findings", "aws inspector describe-findings" or "aws securityhub get-findings" ({"findings": [...]} or {"Findings": [...]}), ' +
  'a list of such pages or of findings, an EventBridge "Inspector2 Finding" event, or one finding';

function isAsffFinding(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.Id === 'string' &&
    typeof value.ProductArn === 'string' &&
    (value.SchemaVersion !== undefined || Array.isArray(value.Resources))
  );
}

function isFinding(value: unknown): boolean {
  return isInspector2Finding(value) || isClassicFinding(value) || isAsffFinding(value);
}

function isEvent(value: unknown): value is Record<string, unknown> & { detail: unknown } {
  return isObject(value) && typeof value['detail-type'] === 'string' && isObject(value.detail);
}

interface Collected {
  findings: unknown[];
  failedItems: string[];
  tokens: unknown[];
}

/**
 * Every finding of the document, whichever of the accepted shapes holds them. With `consume`,
 * the document's own lists are emptied as they are taken, so each finding can be freed once read.
 */
function collect(document: unknown, consume: boolean): Collected {
  const out: Collected = { findings: [], failedItems: [], tokens: [] };
  const take = (raw: unknown, where: string) => {
    const part = raw instanceof RawJson ? raw.parse() : raw;
    if (isObject(part) && (Array.isArray(part.findings) || Array.isArray(part.Findings))) {
      const list = (Array.isArray(part.findings) ? part.findings : part.Findings) as unknown[];
      // A loop, not push(...list): a spread of 200,000 findings overflows the call stack.
      for (const finding of list as unknown[]) out.findings.push(finding);
      if (consume) list.length = 0;
      out.tokens.push(part.nextToken ?? part.NextToken);
      if (isObject(part.failedItems)) out.failedItems.push(...Object.keys(part.failedItems));
    } else if (isEvent(part)) {
      if (part['detail-type'] !== 'Inspector2 Finding')
        throw new FindingShapeError(
          `${where} is an EventBridge event of "${String(part['detail-type']).slice(0, 80)}", not "Inspector2 Finding"`,
        );
      out.findings.push(part.detail);
    } else if (isFinding(part)) {
      // A finding of a lazily read list stays unparsed until it is normalised.
      out.findings.push(raw instanceof RawJson ? raw : part);
    } else {
      throw new FindingShapeError(`${where} is ${describe(part)}: ${ACCEPTED}`);
    }
  };
  if (Array.isArray(document)) {
    document.forEach((part, index) => take(part, `element ${index}`));
    if (consume) document.length = 0;
  } else take(document, 'the document');
  return out;
}

/** What a value looks like, in a few words, for a message. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (!isObject(value)) return value === null ? 'null' : `a ${typeof value}`;
  const keys = Object.keys(value);
  return keys.length === 0
    ? 'an empty object'
    : `an object with ${keys
        .slice(0, 6)
        .map((k) => JSON.stringify(k.slice(0, 40)))
        .join(', ')}${keys.length > 6 ? `, … (${keys.length} keys)` : ''}`;
}

export function exposuresFromDocument(document: unknown, options: { consume?: boolean } = {}): DocumentExposures {
  const { findings, failedItems, tokens } = collect(document, options.consume ?? false);
  const format = detectFormat(findings);
  // Raw API pages carry the token of the page after them; only the last one's matters.
  const truncated = Boolean(tokens[tokens.length - 1]);
  const result: DocumentExposures = { format, exposures: [], skipped: {}, failedItems, truncated, warnings: [] };
  const oddTimes: string[] = [];
  findings.forEach((item, index) => {
    if (options.consume) findings[index] = undefined;
    const finding = item instanceof RawJson ? item.parse() : item;
    if (isObject(finding)) {
      for (const field of TIME_FIELDS) {
        const raw = finding[field];
        if ((typeof raw === 'string' || typeof raw === 'number') && raw !== '' && isoTime(raw) === undefined)
          oddTimes.push(`${field} ${JSON.stringify(raw).slice(0, 60)}`);
      }
    }
    try {
      const normalized =
        format === 'inspector2'
          ? normalizeInspector2Finding(finding)
          : format === 'securityhub'
            ? normalizeSecurityHubFinding(finding)
            : normalizeClassicFinding(finding);
      if (normalized.kind === 'skipped') result.skipped[normalized.reason] = (result.skipped[normalized.reason] ?? 0) + 1;
      else if (normalized.kind === 'exposure') result.exposures.push(normalized.exposure);
      else for (const exposure of normalized.exposures) result.exposures.push(exposure);
    } catch (error) {
      if (!(error instanceof FindingShapeError)) throw error;
      const id = isObject(finding) ? (finding.findingArn ?? finding.arn ?? finding.Id) : undefined;
      throw new FindingShapeError(
        `finding ${index}${typeof id === 'string' ? ` (${id.slice(0, 200)})` : ''}: ${error.message}. Remove it from the file (or save it again from AWS); a saved export never closes issues, so nothing else is lost`,
      );
    }
  });
  if (oddTimes.length > 0) {
    result.warnings.push(
      `${oddTimes.length} timestamp(s) in a form Portwarden does not read (such as ${oddTimes[0]}): shown as not reported rather than guessed; see README#cli for the forms read`,
    );
  }
  return result;
}

function detectFormat(findings: unknown[]): DocumentFormat {
  if (findings.length === 0) return 'empty';
  let v2 = 0;
  let classic = 0;
  let asff = 0;
  for (const item of findings) {
    const finding = item instanceof RawJson ? item.parse() : item;
    if (isAsffFinding(finding)) asff += 1;
    else if (isInspector2Finding(finding)) v2 += 1;
    else if (isClassicFinding(finding)) classic += 1;
  }
  if (v2 === findings.length) return 'inspector2';
  if (classic === findings.length) return 'inspector-classic';
  if (asff === findings.length) return 'securityhub';
  if (v2 > 0 && classic > 0) throw new FindingShapeError('mixes Inspector v2 and Classic findings: save them as separate files');
  if (asff > 0 && v2 + classic > 0)
    throw new FindingShapeError('mixes Security Hub (ASFF) findings with Inspector findings: save them as separate files');
  const parsed = (f: unknown) => (f instanceof RawJson ? f.parse() : f);
  const bad = findings.findIndex((f) => !isFinding(parsed(f)));
  throw new FindingShapeError(
    `finding ${bad} is ${describe(parsed(findings[bad]))}, neither an Inspector v2 finding (findingArn), a Classic one (arn + attributes) nor a Security Hub one (Id + ProductArn)`,
  );
}
