// Check mode: is this allowlist change safe to merge? Validation errors, risky-rule findings,
// the rule diff against the base, and the impact on the current inbox. Pure: the entries
// fetch the texts and exposures and report the result.
import { diffAllowlists, impactOf, type Impact, type RuleChange } from './diff.js';
import { lintAllowlist, type LintFinding, type LintOptions } from './lint.js';
import { parseAllowlist } from './load.js';
import { AllowlistError, type Problem } from '../errors.js';
import type { Allowlist, Exposure } from '../model.js';

export interface CheckInput {
  headFile: string;
  headText: string;
  /** Absent: the file is new (every rule is added). */
  baseText?: string;
  /** `from`: where the exposures came from, as markdown (escaped by whoever builds it). */
  exposures?: { from: string; list: readonly Exposure[] };
  lint: LintOptions;
  strict: boolean;
}

export interface CheckResult {
  file: string;
  errors: Problem[];
  warnings: LintFinding[];
  changes: RuleChange[];
  impact?: Impact & { from: string };
  /** 0 safe, 2 errors (or warnings with strict). */
  exitCode: 0 | 2;
}

export function checkAllowlist(input: CheckInput): CheckResult {
  let head: Allowlist;
  try {
    head = parseAllowlist(input.headText, input.headFile);
  } catch (error) {
    if (!(error instanceof AllowlistError)) throw error;
    return { file: input.headFile, errors: error.problems, warnings: [], changes: [], exitCode: 2 };
  }
  // A base that no longer parses (or is absent) compares as empty: every head rule is new.
  let base: Allowlist = { file: input.headFile, rules: [] };
  if (input.baseText !== undefined) {
    try {
      base = parseAllowlist(input.baseText, `${input.headFile} (base)`);
    } catch {
      base = { file: input.headFile, rules: [] };
    }
  }
  const warnings = lintAllowlist(head, input.lint);
  const evaluateOptions = { today: input.lint.today, minSeverity: 'informational' as const, includePrivatePaths: false };
  return {
    file: input.headFile,
    errors: [],
    warnings,
    changes: diffAllowlists(base, head),
    ...(input.exposures ? { impact: { ...impactOf(input.exposures.list, base, head, evaluateOptions), from: input.exposures.from } } : {}),
    exitCode: input.strict && warnings.length > 0 ? 2 : 0,
  };
}
